// A table of printed cells: the common ground of every renderer. Each cell keeps the text a human
// format prints and, for a number, the exact figure behind it, so that XLSX can store a real
// number and HTML can align it, while all formats show the same digits.
#pragma once

#include "runtime/core.hpp"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ind::rt::report {

struct cell
{
   std::string text;             // as printed: "108,6", "Sangat Baik", "-"
   std::optional<decimal> value; // for an available number: the figure shown, at `places`
   int places = 0;
   // The audit findings about this figure: their numbers in the notes table (from 1), and
   // their text, for a tooltip or a comment.
   std::vector<std::size_t> findings;
   std::string finding_note;
};

enum class row_kind : unsigned char
{
   body,
   total, // a Jumlah line: bold in HTML and XLSX
};

struct table_row
{
   std::vector<cell> cells;
   row_kind kind = row_kind::body;
   std::size_t depth = 0; // nesting (a kegiatan under its program): HTML indents the row header
   // Rows with the same group follow each other; human formats print the group as a heading
   // row. Flat formats (CSV, XLSX) leave it out, so a table that groups its rows must also
   // carry the group in a column of its own.
   std::string group;
};

// Where a table belongs in the report (HTML sections; charts are drawn at the section start).
enum class section : unsigned char
{
   verdict,     // Putusan Audit: what an audit concludes, first in an audited report
   summary,     // Ikhtisar Eksekutif: recapitulations
   performance, // capaian kinerja
   comparison,  // earlier years and Renstra targets
   composite,   // named values and the data behind composite figures
   budget,      // anggaran and efisiensi
   checks,      // Pemeriksaan Data: each syarat of the rule file and its result
   findings,    // notes of audit findings
   provenance,  // Asal Laporan: what produced the report, last in every report
};

struct table
{
   std::string id;    // stable slug: CSV file names, HTML anchors
   std::string title;
   std::string sheet; // XLSX sheet name: at most 31 characters, unique in a report
   section part = section::performance;
   std::vector<std::string> headers;
   std::vector<bool> numeric;    // numbers are right-aligned in human formats
   std::size_t wrap_column = 1;  // the long text column, wrapped at wrap_width in print_aligned
   std::size_t wrap_width = 60;  // and the row header (<th scope="row">) in HTML
   std::vector<table_row> rows;
   // A column whose repeated values human formats print once, on the first of the rows that
   // share it (the indicator of a long-format table); flat formats repeat it on every row.
   std::optional<std::size_t> merged_column;
   std::string note; // one sentence printed under the table, when set
};

// The cell's text with its finding markers: "297,5 [1]", "297,5 [2][4]".
std::string marked(const cell& c);

// Columns padded to their widest cell (in characters), separated by two spaces; control
// characters are shown escaped ("\x1b", "\n") so that no label drives the terminal.
void print_aligned(std::ostream& out, const table& t);
// Text for GitHub-flavoured Markdown that reads as written: '|' would end a cell, '<' start raw
// HTML, '&' an entity, '\\' an escape and '[' a link or an image ("[x](javascript:...)"),
// so each is backslash-escaped; a line break would end the table row, so it becomes a space;
// other control characters are shown escaped ("\x1b").
std::string markdown_text(const std::string& text);
// GitHub-flavoured Markdown, each cell through markdown_text.
void print_markdown(std::ostream& out, const table& t);
// One CSV table with the given delimiter, each cell through csv::append_cell. Group headings
// are left out.
void print_csv(std::ostream& out, const table& t, char delimiter);

} // namespace ind::rt::report
