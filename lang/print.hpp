// print: the canonical layout of a rule file, for `ind fmt`. It works from the grammar's own
// reading of the file (lang/grammar.hpp), so it sees the same tokens, declarations and comments
// as the parser, and it changes only what does not change what the file computes: the space
// between tokens, the indentation, the line breaks that start a declaration, blank lines, and how
// long whole numbers are grouped.
#pragma once

#include "lang/source.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ind::lang {

// The canonical layout of `file`; nullopt for text that parse() refuses (parse it to report why).
// The layout:
//  - two spaces of indentation per block level (`{ ... }`); a line that continues a declaration
//    or a field (a formula on its next line, the `dasar` under an `aturan`) one level more; a
//    line inside parentheses left open one level more than the line that opened them;
//  - every top-level declaration starts a line; an opening `{` stays on the line it belongs to;
//  - one space between tokens, none inside an interval (`[85..100)`), after `(`, before `)`,
//    `,`, `;` and `:`, nor between a function and its arguments; two between target entries;
//  - the labels (and descriptions) of the bands of a scale written one per line line up, as do
//    the entries of consecutive target lines of a block and the comments at the ends of
//    consecutive lines (two spaces after the longest line);
//  - one blank line around a declaration whose block spans lines (above the comments leading
//    into the next declaration); at most one blank line in a row, none at the start or end of
//    the file or of a block; no space at the end of a line; one newline at the end; line ends
//    are "\n"; a UTF-8 byte order mark is kept;
//  - a whole number of five digits or more is grouped by thousands with '.' (1234567 becomes
//    1.234.567, which the grammar reads as the same number); decimals, percent signs, numbers
//    of four digits (a year, 1.000) and every other token are kept as written.
// Comments are kept, each on its line: a comment after code stays after that code, a comment
// on a line of its own stays before what follows it, indented as that is.
std::optional<std::string> format_source(const source_file& file);

// What layout may not change, read the same way: the tokens of `file` in order (whole numbers
// grouped as format_source writes them) and the text of its comments; nullopt for text parse()
// refuses. format_source keeps both: content_of(format_source(x)) == content_of(x).
struct token_content
{
   std::vector<std::string> tokens;
   std::vector<std::string> comments; // without trailing white space
};
std::optional<token_content> content_of(const source_file& file);

} // namespace ind::lang
