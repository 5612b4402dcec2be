// A CSV reader for what spreadsheets export: RFC 4180 quoting, CRLF or LF line ends, an
// optional UTF-8 byte-order mark, and ',' ';' or tab as the delimiter. It reads from a buffer
// it does not own (a whole small file, or an mmap'd roster) and hands out one record at a
// time, so large files stream in constant memory. Every field knows its line and column, so
// that any later complaint about a value can point at it.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ind::rt::csv {

struct field
{
   std::string_view text; // unquoted, with "" collapsed; valid until the next call to next()
   std::size_t line = 0;   // 1-based line where the field starts
   std::size_t column = 0; // 1-based column (in characters, not bytes) where the field starts
};

struct record
{
   std::vector<field> fields;
   std::size_t line = 0; // 1-based line where the record starts
};

struct error
{
   std::string message; // Indonesian, e.g. "tanda kutip tidak ditutup"
   std::size_t line = 0;
   std::size_t column = 0;
};

// Picks the delimiter from a header line: ';' if it has more ';' than ',' outside quotes, tab
// if it has tabs and neither of the others, ',' otherwise.
char detect_delimiter(std::string_view header_line);

class reader
{
 public:
   // `text` must outlive the reader. A leading UTF-8 BOM is skipped. delimiter 0 = detect from
   // the first line.
   explicit reader(std::string_view text, char delimiter = 0);

   // Reads the next record into `out` (reusing its storage). Returns false at the end of input
   // or on error; then error() tells which. Blank lines (no characters at all) are skipped.
   bool next(record& out);

   const std::optional<struct error>& error() const { return m_error; }
   char delimiter() const { return m_delimiter; }
   // Byte offset in the text where the next record starts.
   std::size_t position() const { return m_pos; }

 private:
   std::string_view m_text;
   std::size_t m_pos = 0;
   std::size_t m_line = 1;
   std::size_t m_line_start = 0; // byte offset where the current line starts
   char m_delimiter = ',';
   std::optional<struct error> m_error;
   std::deque<std::string> m_unescaped; // stable storage for fields that contained ""
};

// Display column (1-based, counting UTF-8 code points) of byte `offset` in a line that starts at
// byte `line_start` of `text`.
std::size_t display_column(std::string_view text, std::size_t line_start, std::size_t offset);

// Appends one cell to a CSV line being written: quoted when it holds the delimiter, a quote or a
// line break. A text cell that a spreadsheet would run as a formula (it starts with '=', '+',
// '-', '@', a tab or a carriage return and is more than that one character) gets a leading
// apostrophe, which spreadsheets show as text. A `number` cell is written as it is: -5 stays -5.
void append_cell(std::string& out, std::string_view text, char delimiter, bool number);

// Whether a cell written by ind reads as a plain number ("-5", "+1.234,50", "12,5 %"), for
// cells whose kind is not known otherwise (the raw columns of --rows).
bool plain_number(std::string_view text);

} // namespace ind::rt::csv
