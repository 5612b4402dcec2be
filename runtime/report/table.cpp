#include "runtime/report/table.hpp"

#include "lang/source.hpp"
#include "runtime/data/csv.hpp"

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

// The finding markers of a cell: " [1]", " [2][4]", or nothing.
std::string markers(const cell& c)
{
   std::string text;
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

// The rows as printed text, each cell's text through `shown` (the format's escaping) followed by
// its finding markers, with a heading row before each group: the group's name in the wrap
// column, in bold when `bold_groups` (Markdown).
std::vector<std::vector<std::string>> printed_rows(const table& t,
                                                   std::string (*shown)(const std::string&),
                                                   bool bold_groups)
{
   std::vector<std::vector<std::string>> out;
   const table_row* previous = nullptr;
   for (const table_row& row : t.rows) {
      if (!row.group.empty() && (!previous || previous->group != row.group)) {
         std::vector<std::string> heading(t.headers.size());
         heading[std::min(t.wrap_column, heading.size() - 1)] =
            bold_groups ? "**" + shown(row.group) + "**" : shown(row.group);
         out.push_back(std::move(heading));
      }
      std::vector<std::string> cells;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
         const bool repeated = t.merged_column && *t.merged_column == c && previous &&
                               c < previous->cells.size() &&
                               previous->cells[c].text == row.cells[c].text;
         cells.push_back(repeated ? std::string{}
                                  : shown(row.cells[c].text) + markers(row.cells[c]));
      }
      out.push_back(std::move(cells));
      previous = &row;
   }
   return out;
}

std::string terminal_text(const std::string& text)
{
   return lang::printable_text(text);
}

} // namespace

std::string marked(const cell& c)
{
   return c.text + markers(c);
}

std::string markdown_text(const std::string& text)
{
   std::string flat = text;
   std::replace(flat.begin(), flat.end(), '\n', ' ');
   std::replace(flat.begin(), flat.end(), '\r', ' ');
   std::string out;
   out.reserve(text.size());
   for (char c : lang::printable_text(flat)) {
      if (c == '|' || c == '<' || c == '&' || c == '\\' || c == '[') {
         out += '\\';
      }
      out += c;
   }
   return out;
}

void print_aligned(std::ostream& out, const table& t)
{
   // Wrap the long text column first; a wrapped cell continues on lines of its own.
   std::vector<std::vector<std::string>> lines;
   for (const auto& row : printed_rows(t, terminal_text, false)) {
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
   std::vector<std::string> headers;
   for (const std::string& h : t.headers) {
      headers.push_back(terminal_text(h));
   }
   std::vector<std::size_t> widths(headers.size(), 0);
   for (std::size_t c = 0; c < headers.size(); ++c) {
      widths[c] = width(headers[c]);
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
      out << terminal_text(t.title) << '\n';
   }
   line(headers);
   std::vector<std::string> rule;
   for (std::size_t w : widths) {
      rule.emplace_back(w, '-');
   }
   line(rule);
   for (const auto& row : lines) {
      line(row);
   }
   if (!t.note.empty()) {
      out << terminal_text(t.note) << '\n';
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
   for (const auto& row : printed_rows(t, markdown_text, true)) {
      out << '|';
      for (const auto& text : row) {
         out << ' ' << text << " |";
      }
      out << '\n';
   }
   if (!t.note.empty()) {
      out << '\n' << markdown_text(t.note) << '\n';
   }
}

void print_csv(std::ostream& out, const table& t, char delimiter)
{
   std::string text;
   const auto end_line = [&] {
      text += '\n';
      out << text;
      text.clear();
   };
   for (std::size_t c = 0; c < t.headers.size(); ++c) {
      text += c ? std::string(1, delimiter) : "";
      csv::append_cell(text, t.headers[c], delimiter, false);
   }
   end_line();
   for (const table_row& row : t.rows) {
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
         text += c ? std::string(1, delimiter) : "";
         csv::append_cell(text, marked(row.cells[c]), delimiter, row.cells[c].value.has_value());
      }
      end_line();
   }
}

} // namespace ind::rt::report
