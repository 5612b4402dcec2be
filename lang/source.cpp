#include "lang/source.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

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
   return file->name() + ":" + std::to_string(file->line_of(begin)) + ":" +
          std::to_string(file->column_of(begin));
}

const source_file& source_manager::add(std::string name, std::string text)
{
   m_files.push_back(std::make_unique<source_file>(std::move(name), std::move(text)));
   return *m_files.back();
}

const source_file* source_manager::load(const std::string& path, std::string& error)
{
   std::ifstream in(path, std::ios::binary);
   if (!in) {
      error = "berkas tidak dapat dibuka";
      return nullptr;
   }
   std::ostringstream content;
   content << in.rdbuf();
   if (in.bad()) {
      error = "berkas tidak dapat dibaca";
      return nullptr;
   }
   return &add(path, std::move(content).str());
}

} // namespace ind::lang
