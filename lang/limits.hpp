// Every limit the language imposes, in one place, each with the reason it exists. Each one has a
// golden test in tests/golden/limits/ that shows the diagnostic a user gets when it is reached.
//
// The passes that follow formulas (resolve, check, evaluate, explain) recurse once per level of a
// formula and once per name a formula refers to. The limits below keep that recursion far from
// the native stack's end (8 MiB, also under AddressSanitizer, whose frames are about three times
// larger), so that no rule file, however written, can crash `ind`.
#pragma once

#include <cstddef>

namespace ind::lang::limits {

// Nested brackets in the text of an expression: '(' inside '(' , '-' before '-', 'tidak' before
// 'tidak', 'jika' inside 'jika'. The parser recurses about ten rules deep per level.
inline constexpr std::size_t max_nesting = 200;

// Levels of one formula's tree: every operator of a chain (`a + b + c` is two levels), every call
// and every 'jika' adds one. A longer sum is written flat: jumlah(a; b; c; ...).
inline constexpr std::size_t max_expression_depth = 256;

// Names in a chain of references: a `nilai` that refers to a `nilai` that refers to an indicator
// ... (also across periods while evaluating: realisasi(x; periode - 1)).
inline constexpr std::size_t max_dependency_depth = 128;

// Calls of `aturan` inside `aturan` (and `tetapan` or derived columns read inside them) while one
// figure is computed: rules cannot recurse; this bounds legitimate chains.
inline constexpr std::size_t max_call_depth = 64;

// Nested steps to compute one figure: the levels of its formula, plus those of every formula it
// refers to, along the deepest path. The sum that the three limits above cannot bound alone.
inline constexpr std::size_t max_evaluation_depth = 600;

// Bodies of `aturan` evaluated for one call made outside any rule, counting every call inside it.
// A call repeated with the same arguments is remembered, not counted again; this bounds the rest
// (an explanation, which shows every call, or calls whose arguments are not available).
inline constexpr std::size_t max_rule_calls = 100000;

// Chained `pakai`: a module that uses a module that uses a module ...
inline constexpr std::size_t max_module_depth = 32;

// Levels of a budget code ("A.1.6" has three). Real codes have six: urusan, bidang, program,
// kegiatan, sub kegiatan and its number (1.02.02.2.01.0001, Permendagri 90/2019), twelve with an
// account code (5.1.02.01.01.0024) appended; 64 is five times that. Finding a line's parent costs
// one look-up per level, so the limit keeps reading the budget file linear in its size.
inline constexpr std::size_t max_budget_levels = 64;

// Diagnostics of each severity kept and shown per run; the rest are only counted
// (--max-diagnostics changes it; 0 shows them all).
inline constexpr std::size_t max_diagnostics = 20;

// Rule files larger than this are refused before parsing (a rule file is written by hand).
inline constexpr std::size_t max_rule_file_bytes = 16 * 1024 * 1024;

// Bytes of one row of a streamed roster, line breaks inside its quotes included. The roster
// engine holds a row while it reads it; a roster's rows are a few hundred bytes, and a longer
// one is almost always a quote left open.
inline constexpr std::size_t max_roster_row_bytes = 1024 * 1024;

// Different groups of one `menurut` over a streamed roster, counted over the whole file. Each
// group keeps its own aggregate (a few hundred bytes, per reader thread); a grouped value is a
// table of the report, and a listing per employee is written with --rows instead.
inline constexpr std::size_t max_roster_groups = 100000;

// Steps a period moves by (periode - n): farther names no period a report has, and would overflow
// the year. Such a period is not available.
inline constexpr std::size_t max_period_steps = 100000;

// Decimal places a formula, a derived column or a field may round to (bulat N): beyond this no
// report prints a figure, and the places are read into an int.
inline constexpr int max_decimal_places = 30;

// Bytes of an XLSX workbook, and of each XML part read from it once unpacked (a sheet, the shared
// strings). A sheet of a million cells is about 30 MB of XML; the limit refuses a zip bomb (a few
// kilobytes that unpack to gigabytes) before it is unpacked.
inline constexpr std::size_t max_workbook_part_bytes = 64 * 1024 * 1024;

// Cells of one workbook sheet, counted as the sheet is read as rows of a CSV file would be: every
// cell from column A to the last one of its row (or of the header row), empty ones included. A
// sheet is held in memory while it is read, about a hundred bytes per cell; a roster larger than
// this is read from a CSV file, which is streamed.
inline constexpr std::size_t max_sheet_cells = 4194304;

// Bytes of one sheet's text once its cells are written out as the rows of a CSV file: a shared
// string is stored once in the workbook but counts here at every cell that shows it.
inline constexpr std::size_t max_sheet_text_bytes = 128 * 1024 * 1024;

// Characters of a workbook sheet's name (`lembar "..."`): Excel refuses a longer name, so a rule
// file naming one could never be filled in by a spreadsheet program, and `ind template` could
// not write it.
inline constexpr std::size_t max_sheet_name_chars = 31;

} // namespace ind::lang::limits
