// A plain table of text cells: the common ground of the text, CSV and Markdown renderers.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace ind::rt::report {

struct text_table
{
   std::string title;
   std::vector<std::string> headers;
   std::vector<bool> right_aligned; // numbers are right-aligned in human formats
   std::size_t wrap_column = 1;     // the long text column, wrapped at wrap_width in print_aligned
   std::size_t wrap_width = 60;
   std::vector<std::vector<std::string>> rows;
};

// Columns padded to their widest cell (in characters), separated by two spaces.
void print_aligned(std::ostream& out, const text_table& t);
// GitHub-flavoured Markdown; '|' in cells is escaped.
void print_markdown(std::ostream& out, const text_table& t);
// One CSV table with the given delimiter; cells quoted when needed.
void print_csv(std::ostream& out, const text_table& t, char delimiter);

} // namespace ind::rt::report
