#include "runtime/report/table.hpp"

#include <algorithm>
#include <ostream>

namespace ind::rt::report {

namespace {

std::size_t width(const std::string& text)
{
   return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
   }));
}

// Splits text into lines of at most `limit` characters at spaces (a longer word stays whole).
std::vector<std::string> wrap(const std::string& text, std::size_t limit)
{
   std::vector<std::string> lines{""};
   std::size_t start = 0;
   while (start <= text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string::npos) {
         end = text.size();
      }
      const std::string word = text.substr(start, end - start);
      if (!lines.back().empty() && width(lines.back()) + 1 + width(word) > limit) {
         lines.emplace_back();
      }
      lines.back() += (lines.back().empty() ? "" : " ") + word;
      start = end + 1;
   }
   return lines;
}

// The rows as printed text, with a heading row before each group: the group's name in the wrap
// column, wrapped by `decorate` (Markdown makes it bold).
std::vector<std::vector<std::string>> printed_rows(const table& t,
                                                   std::string (*decorate)(const std::string&))
{
   std::vector<std::vector<std::string>> out;
   const table_row* previous = nullptr;
   for (const table_row& row : t.rows) {
      if (!row.group.empty() && (!previous || previous->group != row.group)) {
         std::vector<std::string> heading(t.headers.size());
         heading[std::min(t.wrap_column, heading.size() - 1)] = decorate(row.group);
         out.push_back(std::move(heading));
      }
      std::vector<std::string> cells;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
         const bool repeated = t.merged_column && *t.merged_column == c && previous &&
                               c < previous->cells.size() &&
                               previous->cells[c].text == row.cells[c].text;
         cells.push_back(repeated ? std::string{} : marked(row.cells[c]));
      }
      out.push_back(std::move(cells));
      previous = &row;
   }
   return out;
}

std::string plain(const std::string& text)
{
   return text;
}

std::string bold(const std::string& text)
{
   return "**" + text + "**";
}

} // namespace

std::string marked(const cell& c)
{
   std::string text = c.text;
   if (!c.findings.empty()) {
      text += ' ';
   }
   for (std::size_t no : c.findings) {
      // Appended piece by piece: GCC 12 reports a false -Wrestrict for "literal" + temporary.
      text += '[';
      text += std::to_string(no);
      text += ']';
   }
   return text;
}

std::string markdown_text(const std::string& text)
{
   std::string out;
   out.reserve(text.size());
   for (char c : text) {
      if (c == '|' || c == '<' || c == '&' || c == '\\') {
         out += '\\';
      }
      out += c == '\n' || c == '\r' ? ' ' : c;
   }
   return out;
}

void print_aligned(std::ostream& out, const table& t)
{
   // Wrap the long text column first; a wrapped cell continues on lines of its own.
   std::vector<std::vector<std::string>> lines;
   for (const auto& row : printed_rows(t, plain)) {
      const bool wraps = t.wrap_column < row.size();
      const std::vector<std::string> parts =
         wraps ? wrap(row[t.wrap_column], t.wrap_width) : std::vector<std::string>{};
      lines.push_back(row);
      if (wraps) {
         lines.back()[t.wrap_column] = parts.front();
         for (std::size_t i = 1; i < parts.size(); ++i) {
            std::vector<std::string> more(row.size());
            more[t.wrap_column] = parts[i];
            lines.push_back(std::move(more));
         }
      }
   }
   std::vector<std::size_t> widths(t.headers.size(), 0);
   for (std::size_t c = 0; c < t.headers.size(); ++c) {
      widths[c] = width(t.headers[c]);
      for (const auto& row : lines) {
         widths[c] = std::max(widths[c], width(row[c]));
      }
   }
   const auto line = [&](const std::vector<std::string>& cells) {
      std::string text;
      for (std::size_t c = 0; c < cells.size(); ++c) {
         const std::string pad(widths[c] - width(cells[c]), ' ');
         const bool right = c < t.numeric.size() && t.numeric[c];
         text += right ? pad + cells[c] : cells[c] + pad;
         if (c + 1 < cells.size()) {
            text += "  ";
         }
      }
      while (!text.empty() && text.back() == ' ') {
         text.pop_back();
      }
      out << text << '\n';
   };
   if (!t.title.empty()) {
      out << t.title << '\n';
   }
   line(t.headers);
   std::vector<std::string> rule;
   for (std::size_t w : widths) {
      rule.emplace_back(w, '-');
   }
   line(rule);
   for (const auto& row : lines) {
      line(row);
   }
   if (!t.note.empty()) {
      out << t.note << '\n';
   }
}

void print_markdown(std::ostream& out, const table& t)
{
   if (!t.title.empty()) {
      out << "### " << markdown_text(t.title) << "\n\n";
   }
   out << '|';
   for (const auto& h : t.headers) {
      out << ' ' << markdown_text(h) << " |";
   }
   out << "\n|";
   for (std::size_t c = 0; c < t.headers.size(); ++c) {
      const bool right = c < t.numeric.size() && t.numeric[c];
      out << (right ? " ---: |" : " --- |");
   }
   out << '\n';
   for (const auto& row : printed_rows(t, bold)) {
      out << '|';
      for (const auto& text : row) {
         out << ' ' << markdown_text(text) << " |";
      }
      out << '\n';
   }
   if (!t.note.empty()) {
      out << '\n' << markdown_text(t.note) << '\n';
   }
}

void print_csv(std::ostream& out, const table& t, char delimiter)
{
   const auto quoted_cell = [&](const std::string& text) {
      const bool quote = text.find_first_of(std::string("\"\n\r") + delimiter) != std::string::npos;
      if (!quote) {
         return text;
      }
      std::string quoted = "\"";
      for (char c : text) {
         quoted += c;
         if (c == '"') {
            quoted += '"';
         }
      }
      return quoted + "\"";
   };
   const auto line = [&](const std::vector<std::string>& cells) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
         out << (c ? std::string(1, delimiter) : "") << quoted_cell(cells[c]);
      }
      out << '\n';
   };
   line(t.headers);
   for (const table_row& row : t.rows) {
      std::vector<std::string> cells;
      for (const cell& c : row.cells) {
         cells.push_back(marked(c));
      }
      line(cells);
   }
}

} // namespace ind::rt::report
