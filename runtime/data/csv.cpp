#include "runtime/data/csv.hpp"

namespace ind::rt::csv {

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

bool is_continuation_byte(char c)
{
   return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t code_points(std::string_view bytes)
{
   std::size_t count = 0;
   for (const char c : bytes) {
      count += is_continuation_byte(c) ? 0 : 1;
   }
   return count;
}

// The first line, up to a newline outside quotes.
std::string_view first_line(std::string_view text)
{
   bool quoted = false;
   for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '"') {
         quoted = !quoted;
      } else if (text[i] == '\n' && !quoted) {
         return text.substr(0, i);
      }
   }
   return text;
}

} // namespace

char detect_delimiter(std::string_view header_line)
{
   std::size_t commas = 0;
   std::size_t semicolons = 0;
   std::size_t tabs = 0;
   bool quoted = false;
   for (const char c : header_line) {
      if (c == '"') {
         quoted = !quoted;
      } else if (!quoted) {
         commas += c == ',' ? 1 : 0;
         semicolons += c == ';' ? 1 : 0;
         tabs += c == '\t' ? 1 : 0;
      }
   }
   if (semicolons > commas) {
      return ';';
   }
   if (tabs > 0 && semicolons == 0 && commas == 0) {
      return '\t';
   }
   return ',';
}

reader::reader(std::string_view text, char delimiter) : m_text(text)
{
   if (m_text.starts_with(bom)) {
      m_pos = bom.size();
      m_line_start = bom.size();
   }
   m_delimiter = delimiter != 0 ? delimiter : detect_delimiter(first_line(m_text.substr(m_pos)));
}

bool reader::next(record& out)
{
   m_unescaped.clear();
   out.fields.clear();
   if (m_error) {
      return false;
   }
   const std::string_view text = m_text;
   const std::size_t size = text.size();

   // Blank lines carry no record.
   for (;;) {
      std::size_t end = m_pos;
      if (end < size && text[end] == '\r') {
         ++end;
      }
      if (end < size && text[end] == '\n') {
         m_pos = end + 1;
         ++m_line;
         m_line_start = m_pos;
         continue;
      }
      if (end == size) {
         m_pos = size; // a final "\r" alone is a blank line too
      }
      break;
   }
   if (m_pos >= size) {
      return false;
   }

   out.line = m_line;
   // Columns are counted from the last field start rather than from the line start each time,
   // so that a very wide line costs linear time.
   std::size_t counted_to = m_line_start;
   std::size_t counted_column = 1;
   const auto column_at = [&](std::size_t offset) {
      if (counted_to < m_line_start) {
         counted_to = m_line_start;
         counted_column = 1;
      }
      counted_column += code_points(text.substr(counted_to, offset - counted_to));
      counted_to = offset;
      return counted_column;
   };
   const auto fail = [&](std::string message, std::size_t offset) {
      m_error = csv::error{std::move(message), m_line, column_at(offset)};
      out.fields.clear();
      return false;
   };

   for (;;) {
      field f;
      f.line = m_line;
      f.column = column_at(m_pos);
      std::size_t i = m_pos;
      if (i < size && text[i] == '"') {
         const std::size_t open = i;
         const std::size_t open_line = m_line;
         const std::size_t open_column = f.column;
         bool escaped = false;
         ++i;
         for (;;) {
            const std::size_t quote = text.find('"', i);
            // Newlines inside the quotes still advance the line count.
            const std::string_view span = text.substr(
                i, quote == std::string_view::npos ? std::string_view::npos : quote - i);
            for (std::size_t nl = span.find('\n'); nl != std::string_view::npos;
                 nl = span.find('\n', nl + 1)) {
               ++m_line;
               m_line_start = i + nl + 1;
            }
            if (quote == std::string_view::npos) {
               m_error = csv::error{"tanda kutip tidak ditutup", open_line, open_column};
               out.fields.clear();
               return false;
            }
            if (quote + 1 < size && text[quote + 1] == '"') {
               escaped = true;
               i = quote + 2;
               continue;
            }
            i = quote + 1;
            break;
         }
         const std::string_view inner = text.substr(open + 1, i - open - 2);
         if (escaped) {
            std::string& unescaped = m_unescaped.emplace_back();
            unescaped.reserve(inner.size());
            for (std::size_t k = 0; k < inner.size(); ++k) {
               unescaped += inner[k];
               k += inner[k] == '"' ? 1 : 0;
            }
            f.text = unescaped;
         } else {
            f.text = inner;
         }
         const bool at_line_end = i == size || text[i] == '\n' ||
                                  (text[i] == '\r' && (i + 1 == size || text[i + 1] == '\n'));
         if (!at_line_end && text[i] != m_delimiter) {
            return fail("ada karakter sesudah tanda kutip penutup; field berkutip harus diikuti "
                        "pemisah atau akhir baris",
                        i);
         }
      } else {
         const std::size_t start = i;
         while (i < size && text[i] != m_delimiter && text[i] != '\n') {
            if (text[i] == '"') {
               return fail("tanda kutip di tengah field yang tidak dikutip; kutip seluruh field "
                           "dan tulis \"\" untuk tanda kutip di dalamnya",
                           i);
            }
            ++i;
         }
         std::size_t end = i;
         if (end > start && text[end - 1] == '\r' && (end == size || text[end] == '\n')) {
            --end;
         }
         f.text = text.substr(start, end - start);
      }
      out.fields.push_back(f);

      if (i < size && text[i] == '\r') {
         ++i; // only reached when a line end follows, as checked above
      }
      if (i >= size) {
         m_pos = size;
         return true;
      }
      if (text[i] == '\n') {
         m_pos = i + 1;
         ++m_line;
         m_line_start = m_pos;
         return true;
      }
      m_pos = i + 1; // past the delimiter
   }
}

std::size_t display_column(std::string_view text, std::size_t line_start, std::size_t offset)
{
   return 1 + code_points(text.substr(line_start, offset - line_start));
}

void append_cell(std::string& out, std::string_view text, char delimiter, bool number)
{
   const bool formula = !number && text.size() > 1 &&
                        std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
   const std::string_view special{"\"\n\r", 3};
   const bool quote = text.find_first_of(special) != std::string_view::npos ||
                      text.find(delimiter) != std::string_view::npos;
   if (quote) {
      out += '"';
   }
   if (formula) {
      out += '\'';
   }
   for (const char c : text) {
      out += c;
      if (c == '"') {
         out += '"';
      }
   }
   if (quote) {
      out += '"';
   }
}

bool plain_number(std::string_view text)
{
   std::size_t i = 0;
   if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
      ++i;
   }
   bool digit = false;
   for (; i < text.size(); ++i) {
      const char c = text[i];
      if (c >= '0' && c <= '9') {
         digit = true;
      }
      else if (c != '.' && c != ',') {
         break;
      }
   }
   if (i < text.size() && text.substr(i) != "%" && text.substr(i) != " %") {
      return false;
   }
   return digit;
}

} // namespace ind::rt::csv
