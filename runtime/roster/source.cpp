#include "runtime/roster/source.hpp"

#include "lang/limits.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ind::rt::roster {

// ---------------------------------------------------------------- mapped_file

mapped_file::mapped_file(mapped_file&& other) noexcept
   : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
     m_mapped(std::exchange(other.m_mapped, false)), m_fd(std::exchange(other.m_fd, -1))
{}

mapped_file& mapped_file::operator=(mapped_file&& other) noexcept
{
   if (this != &other) {
      this->~mapped_file();
      m_data = std::exchange(other.m_data, nullptr);
      m_size = std::exchange(other.m_size, 0);
      m_mapped = std::exchange(other.m_mapped, false);
      m_fd = std::exchange(other.m_fd, -1);
   }
   return *this;
}

mapped_file::~mapped_file()
{
   if (m_mapped) {
      ::munmap(const_cast<char*>(m_data), m_size);
   }
   m_mapped = false;
   if (m_fd >= 0) {
      ::close(m_fd);
   }
   m_fd = -1;
}

bool mapped_file::open(const std::filesystem::path& path, std::string& error)
{
   const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
   if (fd < 0) {
      error = "berkas tidak dapat dibuka";
      return false;
   }
   struct stat info{};
   if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
      ::close(fd);
      error = "bukan berkas biasa";
      return false;
   }
   m_size = static_cast<std::size_t>(info.st_size);
   if (m_size == 0) {
      ::close(fd);
      return true;
   }
   void* data = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
   if (data == MAP_FAILED) {
      ::close(fd);
      m_size = 0;
      error = "berkas tidak dapat dipetakan ke memori";
      return false;
   }
   ::madvise(data, m_size, MADV_SEQUENTIAL);
   m_data = static_cast<const char*>(data);
   m_mapped = true;
   m_fd = fd;
   return true;
}

template <typename F> void mapped_file::read_blocks(std::size_t from, std::size_t to, F each) const
{
   to = std::min(to, m_size);
   if (m_fd < 0) {
      if (from < to) {
         each(std::string_view(m_data + from, to - from), from);
      }
      return;
   }
   std::array<char, 64 * 1024> buffer{};
   while (from < to) {
      const std::size_t want = std::min(buffer.size(), to - from);
      const ssize_t got = ::pread(m_fd, buffer.data(), want, static_cast<off_t>(from));
      // A file that cannot be read again is read through the mapping (which then fails alike).
      const std::string_view block = got > 0 ? std::string_view(buffer.data(), static_cast<std::size_t>(got))
                                             : std::string_view(m_data + from, want);
      if (each(block, from)) {
         return;
      }
      from += block.size();
   }
}

std::size_t mapped_file::record_start(std::size_t from, bool inside_quotes) const
{
   std::size_t found = m_size;
   read_blocks(from, m_size, [&](std::string_view block, std::size_t offset) {
      // Line feed to line feed, the quotes between them counted: the loop stays in memchr and
      // std::count, which a long line inside quotes needs.
      for (std::size_t i = 0; i < block.size();) {
         const std::size_t line_feed = std::min(block.find('\n', i), block.size());
         const auto quotes = std::count(block.begin() + static_cast<std::ptrdiff_t>(i),
                                        block.begin() + static_cast<std::ptrdiff_t>(line_feed), '"');
         inside_quotes = inside_quotes != (quotes % 2 == 1);
         if (line_feed < block.size() && !inside_quotes) {
            found = offset + line_feed + 1;
            return true;
         }
         i = line_feed + 1;
      }
      return false;
   });
   return found;
}

void mapped_file::release(std::size_t from, std::size_t to) const
{
   if (!m_mapped) {
      return;
   }
   // In whole 2 MiB blocks of the address space: the kernel maps large page-cache folios of a
   // file with huge page table entries, and keeps a block whose range is given back only in part.
   // Bytes before `to` are not read again (or are read again from the page cache), so the
   // block holding `from` may go too.
   constexpr std::uintptr_t block = 2 * 1024 * 1024;
   const auto base = reinterpret_cast<std::uintptr_t>(m_data);
   const std::uintptr_t begin = std::max(base, (base + from) / block * block);
   const std::uintptr_t end = (base + std::min(to, m_size)) / block * block;
   if (begin < end) {
      ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
   }
}

position locate(const mapped_file& file, std::size_t offset)
{
   const std::string_view text = file.text();
   offset = std::min(offset, text.size());
   position out;
   out.line = 1;
   // Counted in windows given back as they are passed: an error near the end of a roster of
   // millions of rows must not map all of it at once.
   constexpr std::size_t window = 64 * 1024 * 1024;
   for (std::size_t at = 0; at < offset; at += window) {
      const std::size_t stop = std::min(offset, at + window);
      out.line += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(at),
                                                      text.begin() + static_cast<std::ptrdiff_t>(stop),
                                                      '\n'));
      file.release(at, stop);
   }
   const std::size_t line_start = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;
   out.column = csv::display_column(text, line_start, offset);
   // A line longer than a row may be is shown by its beginning (the excerpt is cut anyway), and
   // is not read to its end: that would map all of it.
   const std::size_t shown = std::max(offset - line_start, lang::limits::max_roster_row_bytes);
   const std::string_view line = text.substr(line_start, shown);
   std::size_t line_end = line.find('\n');
   line_end = line_start + (line_end == std::string_view::npos ? line.size() : line_end);
   if (line_end > line_start && text[line_end - 1] == '\r') {
      --line_end;
   }
   while (line_end > line_start && line_end < text.size() &&
          (static_cast<unsigned char>(text[line_end]) & 0xC0) == 0x80) {
      --line_end;
   }
   out.line_text = std::string(text.substr(line_start, line_end - line_start));
   return out;
}

// ---------------------------------------------------------------- splitter

splitter::splitter(std::string_view text, char delimiter, std::size_t max_bytes)
   : m_text(text), m_delimiter(delimiter), m_max_bytes(std::max<std::size_t>(max_bytes, 1))
{}

bool splitter::too_long(std::size_t at, bool quoted, split_error& error) const
{
   constexpr std::size_t mebibyte = 1024 * 1024;
   const std::string most = m_max_bytes % mebibyte == 0
                               ? std::to_string(m_max_bytes / mebibyte) + " MiB"
                               : std::to_string(m_max_bytes) + " byte";
   error = {"E-DATA-BATAS", "baris ini lebih panjang dari " + most + ", batas satu baris roster",
            quoted ? "tanda kutip yang dibuka pada baris ini tampaknya tidak ditutup; tutup selnya"
                   : "baris sepanjang ini bukan baris roster: periksa akhir baris dan isi selnya",
            at};
   return false;
}

// One bit per byte of the 64-byte block: set where the byte is the delimiter, a line feed or a
// quote, the only bytes that end a plain field. `high`: set where the byte is not ASCII.
std::uint64_t splitter::structure_mask(std::size_t block, std::uint64_t& high) const
{
   const std::size_t begin = block * 64;
   const char* p = m_text.data() + begin;
   std::uint64_t mask = 0;
   high = 0;
#if defined(__SSE2__)
   if (begin + 64 <= m_text.size()) {
      const __m128i delimiter = _mm_set1_epi8(m_delimiter);
      const __m128i line_feed = _mm_set1_epi8('\n');
      const __m128i quote = _mm_set1_epi8('"');
      for (int i = 0; i < 4; ++i) {
         const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i * 16));
         const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, delimiter),
                                          _mm_or_si128(_mm_cmpeq_epi8(v, line_feed),
                                                       _mm_cmpeq_epi8(v, quote)));
         mask |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(hit)) &
                                            0xFFFFu)
                 << (i * 16);
         high |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(v)) &
                                            0xFFFFu)
                 << (i * 16);
      }
      return mask;
   }
#endif
   const std::size_t n = std::min<std::size_t>(64, m_text.size() - begin);
   for (std::size_t i = 0; i < n; ++i) {
      const char c = p[i];
      if (c == m_delimiter || c == '\n' || c == '"') {
         mask |= std::uint64_t{1} << i;
      }
      if ((static_cast<unsigned char>(c) & 0x80) != 0) {
         high |= std::uint64_t{1} << i;
      }
   }
   return mask;
}

bool splitter::split(std::size_t at, record& out, split_error& error)
{
   const std::string_view text = m_text;
   const std::size_t size = text.size();
   out.fields.clear();
   out.starts.clear();
   out.begin = at;
   out.blank = false;
   out.ascii = false;
   if (text[at] == '\n' || (text[at] == '\r' && (at + 1 == size || text[at + 1] == '\n'))) {
      out.blank = true;
      out.end = std::min(size, at + (text[at] == '\n' ? 1 : 2));
      return true;
   }
   std::size_t field = at;
   std::size_t pos = at;
   // The non-ASCII bytes of the blocks the record touches (of its neighbours' bytes too: none
   // means the record is plain ASCII).
   std::uint64_t high = 0;
   for (;;) {
      // The next structural byte at or after pos.
      std::size_t block = pos / 64;
      if (block != m_block) {
         m_block = block;
         m_mask = structure_mask(block, m_high);
      }
      high |= m_high;
      std::uint64_t bits = m_mask & (~std::uint64_t{0} << (pos % 64));
      while (bits == 0) {
         ++block;
         if (block * 64 >= size) {
            break;
         }
         if (block * 64 - at > m_max_bytes) {
            return too_long(at, false, error);
         }
         m_block = block;
         m_mask = structure_mask(block, m_high);
         high |= m_high;
         bits = m_mask;
      }
      const std::size_t hit =
         bits == 0 ? size : std::min(size, block * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
      if (hit - at > m_max_bytes) {
         return too_long(at, false, error);
      }
      if (hit < size && text[hit] == '"') {
         return split_quoted(at, out, error);
      }
      if (hit < size && text[hit] == m_delimiter) {
         out.fields.emplace_back(text.data() + field, hit - field); // within the text: no check
         out.starts.push_back(field);
         field = pos = hit + 1;
         continue;
      }
      // A line feed, or the end of the text: the last field, without a '\r' before the end.
      std::size_t end = hit;
      if (end > field && text[end - 1] == '\r') {
         --end;
      }
      out.fields.emplace_back(text.data() + field, end - field);
      out.starts.push_back(field);
      out.end = hit < size ? hit + 1 : size;
      out.ascii = high == 0;
      return true;
   }
}

// A record with quotes: the general reader, from the record's start.
bool splitter::split_quoted(std::size_t at, record& out, split_error& error)
{
   out.fields.clear();
   out.starts.clear();
   m_unescaped.clear();
   // The general reader sees no more than a row may hold: a quote left open does not make it
   // read (and keep) the rest of the file as one cell.
   const bool cut = m_text.size() - at > m_max_bytes + 1;
   const std::string_view rest = m_text.substr(at, m_max_bytes + 1);
   csv::reader reader(rest, m_delimiter);
   csv::record r;
   const bool read = reader.next(r);
   // Cut short: the reader either ran to the window's end in a record that does not end there,
   // or found the quote it opened never closed (the only error it reports at the field's start).
   const bool unclosed = !read && reader.error() &&
                         reader.error()->message.starts_with("tanda kutip tidak ditutup");
   if (cut && ((read && reader.position() == rest.size() && !rest.ends_with('\n')) || unclosed)) {
      return too_long(at, true, error);
   }
   if (!read) {
      const csv::error e = reader.error().value_or(csv::error{"baris tidak terbaca", 1, 1});
      // The reader counts lines and characters from the record's start.
      std::size_t offset = 0;
      for (std::size_t line = 1; line < e.line && offset < rest.size(); ++line) {
         const std::size_t line_feed = rest.find('\n', offset);
         offset = line_feed == std::string_view::npos ? rest.size() : line_feed + 1;
      }
      for (std::size_t column = 1; column < e.column && offset < rest.size(); ++column) {
         ++offset;
         while (offset < rest.size() && (static_cast<unsigned char>(rest[offset]) & 0xC0) == 0x80) {
            ++offset;
         }
      }
      error = {"E-DATA-CSV", e.message, "periksa tanda kutip pada baris ini", at + offset};
      return false;
   }
   m_unescaped.reserve(r.fields.size());
   for (const csv::field& f : r.fields) {
      const char* data = f.text.data();
      if (data >= rest.data() && data <= rest.data() + rest.size()) {
         const auto offset = static_cast<std::size_t>(data - m_text.data());
         const bool quoted = offset > at && m_text[offset - 1] == '"';
         out.fields.push_back(f.text);
         out.starts.push_back(quoted ? offset - 1 : offset);
      }
      else {
         out.fields.push_back(m_unescaped.emplace_back(f.text));
         out.starts.push_back(at);
      }
   }
   out.end = at + reader.position();
   return true;
}

} // namespace ind::rt::roster
