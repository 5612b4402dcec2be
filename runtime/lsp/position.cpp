#include "runtime/lsp/position.hpp"

#include <algorithm>

namespace ind::rt::lsp {

namespace {

// The length of the UTF-8 sequence a lead byte announces; 1 for a byte that leads none.
std::size_t sequence_length(unsigned char lead)
{
   if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
   }
   if (lead >= 0xE0) {
      return lead <= 0xEF ? 3 : 1;
   }
   return lead >= 0xC2 ? 2 : 1;
}

// The bytes of the character at line[i] and the UTF-16 units it takes.
std::pair<std::size_t, std::size_t> character_at(std::string_view line, std::size_t i)
{
   const std::size_t length = sequence_length(static_cast<unsigned char>(line[i]));
   if (length == 1 || i + length > line.size()) {
      return {1, 1};
   }
   for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(line[i + k]) & 0xC0) != 0x80) {
         return {1, 1};
      }
   }
   return {length, length == 4 ? 2 : 1};
}

std::size_t line_start(const lang::source_file& file, std::size_t line)
{
   return static_cast<std::size_t>(file.line_text(line).data() - file.text().data());
}

} // namespace

std::size_t utf16_units(std::string_view line, std::size_t bytes)
{
   std::size_t units = 0;
   for (std::size_t i = 0; i < std::min(bytes, line.size());) {
      const auto [length, width] = character_at(line, i);
      units += width;
      i += length;
   }
   return units;
}

std::size_t byte_at_units(std::string_view line, std::size_t units)
{
   std::size_t counted = 0;
   std::size_t i = 0;
   while (i < line.size()) {
      const auto [length, width] = character_at(line, i);
      if (counted + width > units) {
         break;
      }
      counted += width;
      i += length;
   }
   return i;
}

position position_of(const lang::source_file& file, std::size_t offset)
{
   offset = std::min(offset, file.text().size());
   const std::size_t line = file.line_of(offset);
   const std::size_t start = line_start(file, line);
   // A line's text excludes its ending: an offset on the '\r' or '\n' is the line's end.
   return {line - 1, utf16_units(file.line_text(line), offset - start)};
}

position position_at(const lang::source_file& file, std::size_t line, std::size_t column)
{
   if (line == 0 || line > file.line_count()) {
      return {line == 0 ? 0 : file.line_count() - 1, 0};
   }
   const std::string_view text = file.line_text(line);
   std::size_t i = 0;
   for (std::size_t c = 1; c < column && i < text.size(); ++c) {
      i += character_at(text, i).first;
   }
   return {line - 1, utf16_units(text, i)};
}

std::size_t offset_of(const lang::source_file& file, const position& at)
{
   if (at.line >= file.line_count()) {
      return file.text().size();
   }
   const std::size_t line = at.line + 1;
   return line_start(file, line) + byte_at_units(file.line_text(line), at.character);
}

} // namespace ind::rt::lsp
