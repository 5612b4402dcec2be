#include "lang/source.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>

namespace ind::lang {

source_file::source_file(std::string name, std::string text)
   : m_name(std::move(name)), m_text(std::move(text))
{
   m_line_starts.push_back(0);
   for (std::size_t i = 0; i < m_text.size(); ++i) {
      if (m_text[i] == '\n') {
         m_line_starts.push_back(i + 1);
      }
   }
}

source_file::source_file(std::string name, std::string text, sheet_origin origin)
   : source_file(std::move(name), std::move(text))
{
   m_origin = std::make_shared<const sheet_origin>(std::move(origin));
}

std::string cell_name(std::uint32_t row, std::uint32_t column)
{
   std::string letters;
   for (std::uint32_t c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
   }
   return letters + std::to_string(row);
}

const sheet_origin::cell* sheet_origin::at(std::size_t offset) const
{
   const auto it = std::upper_bound(cells.begin(), cells.end(), offset,
                                    [](std::size_t o, const cell& c) { return o < c.offset; });
   return it == cells.begin() ? nullptr : &*std::prev(it);
}

std::string source_file::location(std::size_t offset) const
{
   if (m_origin) {
      if (const sheet_origin::cell* c = m_origin->at(offset)) {
         return m_name + "!" + cell_name(c->row, c->column);
      }
   }
   return m_name + ":" + std::to_string(line_of(offset)) + ":" + std::to_string(column_of(offset));
}

std::size_t source_file::line_of(std::size_t offset) const
{
   auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
   return static_cast<std::size_t>(it - m_line_starts.begin());
}

std::size_t source_file::column_of(std::size_t offset) const
{
   const std::size_t start = m_line_starts[line_of(offset) - 1];
   std::size_t column = 1;
   for (std::size_t i = start; i < offset && i < m_text.size(); ++i) {
      // Continuation bytes of a UTF-8 sequence do not start a new character.
      if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) {
         ++column;
      }
   }
   return column;
}

std::string_view source_file::line_text(std::size_t line) const
{
   if (line == 0 || line > m_line_starts.size()) {
      return {};
   }
   const std::size_t start = m_line_starts[line - 1];
   std::size_t end = line < m_line_starts.size() ? m_line_starts[line] : m_text.size();
   while (end > start && (m_text[end - 1] == '\n' || m_text[end - 1] == '\r')) {
      --end;
   }
   return std::string_view(m_text).substr(start, end - start);
}

std::string span::location() const
{
   if (!file) {
      return {};
   }
   return file->location(begin);
}

const source_file& source_manager::add(std::string name, std::string text)
{
   m_files.push_back(std::make_unique<source_file>(std::move(name), std::move(text)));
   return *m_files.back();
}

const source_file& source_manager::add(std::string name, std::string text, sheet_origin origin)
{
   m_files.push_back(
      std::make_unique<source_file>(std::move(name), std::move(text), std::move(origin)));
   return *m_files.back();
}

const source_file* source_manager::load(const std::string& path, std::string& error,
                                        std::size_t limit)
{
   std::ifstream in(path, std::ios::binary);
   if (!in) {
      error = "berkas tidak dapat dibuka";
      return nullptr;
   }
   m_opened.push_back(path);
   limit = std::min(limit, max_bytes);
   std::string content;
   std::array<char, 64 * 1024> chunk{};
   while (in) {
      in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      content.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
      if (content.size() > limit) {
         error = "berkas lebih dari " +
                 (limit >= 1024 * 1024 ? std::to_string(limit / (1024 * 1024)) + " MB"
                                       : std::to_string(limit / 1024) + " KB");
         return nullptr;
      }
   }
   if (in.bad()) {
      error = "berkas tidak dapat dibaca";
      return nullptr;
   }
   return &add(path, std::move(content));
}

namespace {

// The length of the well-formed UTF-8 sequence at text[i], or 0.
std::size_t sequence_length(std::string_view text, std::size_t i)
{
   const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
   const unsigned char lead = byte(i);
   if (lead < 0x80) {
      return 1;
   }
   std::size_t length = 0;
   unsigned char low = 0x80;
   unsigned char high = 0xBF;
   if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
   }
   else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
      high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
   }
   else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
   }
   else {
      return 0;
   }
   if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high) {
      return 0;
   }
   for (std::size_t k = 2; k < length; ++k) {
      if ((byte(i + k) & 0xC0) != 0x80) {
         return 0;
      }
   }
   return length;
}

} // namespace

std::size_t invalid_utf8(std::string_view text)
{
   std::size_t i = 0;
   while (i < text.size()) {
      // Runs of ASCII, the common case, eight bytes at a time.
      while (i + 8 <= text.size()) {
         std::uint64_t block = 0;
         std::memcpy(&block, text.data() + i, sizeof block);
         if ((block & 0x8080808080808080u) != 0) {
            break;
         }
         i += 8;
      }
      // The rest of a run byte by byte: short texts such as a data cell are all tail.
      while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) {
         ++i;
      }
      if (i == text.size()) {
         break;
      }
      const std::size_t length = sequence_length(text, i);
      if (length == 0) {
         return i;
      }
      i += length;
   }
   return std::string_view::npos;
}

std::string byte_text(char byte)
{
   constexpr std::string_view hex = "0123456789ABCDEF";
   const auto b = static_cast<unsigned char>(byte);
   return std::string("byte 0x") + hex[b >> 4] + hex[b & 0xF];
}

std::string printable_utf8(std::string_view text)
{
   std::string out;
   out.reserve(text.size());
   for (std::size_t i = 0; i < text.size();) {
      const std::size_t length = sequence_length(text, i);
      if (length == 0) {
         out += "\xEF\xBF\xBD";
         ++i;
         continue;
      }
      out.append(text.substr(i, length));
      i += length;
   }
   return out;
}

std::string printable_text(std::string_view text, bool keep_tabs)
{
   constexpr std::string_view hex = "0123456789abcdef";
   const std::string valid = printable_utf8(text);
   std::string out;
   out.reserve(valid.size());
   for (std::size_t i = 0; i < valid.size(); ++i) {
      const auto b = static_cast<unsigned char>(valid[i]);
      // C1 controls (U+0080..U+009F) are encoded C2 80..C2 9F; some terminals obey them too.
      if (b == 0xC2 && i + 1 < valid.size() && static_cast<unsigned char>(valid[i + 1]) < 0xA0) {
         const auto c = static_cast<unsigned char>(valid[i + 1]);
         out += "\\u00";
         out += hex[c >> 4];
         out += hex[c & 0xF];
         ++i;
      }
      else if (b == '\t' && keep_tabs) {
         out += '\t';
      }
      else if (b == '\n' || b == '\t' || b == '\r') {
         out += b == '\n' ? "\\n" : b == '\t' ? "\\t" : "\\r";
      }
      else if (b < 0x20 || b == 0x7F) {
         out += "\\x";
         out += hex[b >> 4];
         out += hex[b & 0xF];
      }
      else {
         out += valid[i];
      }
   }
   return out;
}

} // namespace ind::lang
