// Source files and positions. Every AST node, data cell and diagnostic points into a
// source_file through a span of byte offsets; line and column are computed on demand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ind::lang {

// "B14": how a spreadsheet names the cell at row 14, column 2 (A is column 1).
std::string cell_name(std::uint32_t row, std::uint32_t column);

// Where the text of a source_file came from when it is a sheet of a workbook written out as the
// rows of a CSV file (one line per row of the sheet), so that it is read like a CSV file:
// places in it are named by the sheet and the cell (data.xlsx:realisasi!B14), not by line and
// column.
struct sheet_origin
{
   struct cell
   {
      std::uint32_t offset = 0; // where the cell's field starts in the text
      std::uint32_t row = 0;
      std::uint32_t column = 0;
      bool number = false; // stored as a number: its text has '.' before decimals
   };
   std::vector<cell> cells; // every field written, empty ones too, by offset

   // The cell whose field holds byte `offset`; nullptr before the first.
   const cell* at(std::size_t offset) const;
};

class source_file
{
 public:
   source_file(std::string name, std::string text);
   // A sheet of a workbook as CSV text, named "book.xlsx:sheet".
   source_file(std::string name, std::string text, sheet_origin origin);

   // Of a sheet of a workbook: where each field came from; nullptr for a file of text.
   const sheet_origin* origin() const { return m_origin.get(); }
   // "file:line:col", or "book.xlsx:sheet!B14" in a sheet.
   std::string location(std::size_t offset) const;

   const std::string& name() const { return m_name; }
   std::string_view text() const { return m_text; }

   // 1-based line of byte `offset`.
   std::size_t line_of(std::size_t offset) const;
   // 1-based column of byte `offset`, counting UTF-8 code points.
   std::size_t column_of(std::size_t offset) const;
   // The text of 1-based line `line`, without its line ending.
   std::string_view line_text(std::size_t line) const;
   std::size_t line_count() const { return m_line_starts.size(); }

 private:
   std::string m_name;
   std::string m_text;
   std::vector<std::size_t> m_line_starts;
   std::shared_ptr<const sheet_origin> m_origin;
};

// A half-open byte range [begin, end) in one source file. A default span points nowhere
// (file == nullptr) and is used for things that have no place in a file.
struct span
{
   const source_file* file = nullptr;
   std::uint32_t begin = 0;
   std::uint32_t end = 0;

   bool valid() const { return file != nullptr; }
   std::string_view text() const
   {
      return file ? file->text().substr(begin, end - begin) : std::string_view{};
   }
   // "file:line:col"
   std::string location() const;
};

// Owns every source file read during one run, so spans stay valid for the run's lifetime.
class source_manager
{
 public:
   // Spans hold 32-bit offsets: no file read as a whole may be larger.
   static constexpr std::size_t max_bytes = 0xFFFFFFFFu;

   const source_file& add(std::string name, std::string text);
   const source_file& add(std::string name, std::string text, sheet_origin origin);
   // Reads a file from disk; nullptr with `error` set when it cannot be read or is larger than
   // `limit` bytes (read no further, so /dev/zero is refused too).
   const source_file* load(const std::string& path, std::string& error,
                           std::size_t limit = max_bytes);
   // Every path load() opened, read whole or not: files an output must never replace.
   const std::vector<std::string>& opened() const { return m_opened; }
   // Every file read whole (or added as text), in reading order.
   const std::vector<std::unique_ptr<source_file>>& files() const { return m_files; }

 private:
   std::vector<std::unique_ptr<source_file>> m_files;
   std::vector<std::string> m_opened;
};

// The offset of the first byte of `text` that is not part of a well-formed UTF-8 sequence
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or npos. Text in
// another encoding (Latin-1 "caf\xE9") is refused rather than passed on into reports.
std::size_t invalid_utf8(std::string_view text);

// "byte 0xE9": how a diagnostic names a byte that is not text.
std::string byte_text(char byte);

// `text` with each byte that invalid_utf8() would refuse replaced by U+FFFD, for showing it.
std::string printable_utf8(std::string_view text);

// printable_utf8(text) with every control character shown escaped ("\x1b", "\n", "\u009b"),
// for text from rule and data files printed where a person reads it: an escape sequence would
// drive their terminal and a line break could forge a diagnostic line. `keep_tabs` leaves tabs
// as they are, where they only indent (a source excerpt).
std::string printable_text(std::string_view text, bool keep_tabs = false);

} // namespace ind::lang
