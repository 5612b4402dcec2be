// Where the data of a run is read from: the CSV files of a folder, or the sheets of one XLSX
// workbook, each standing for the CSV file named like it without `.csv` (the sheet "realisasi"
// for "realisasi.csv") or for the file whose declaration names it (`lembar "Data Pegawai"`). A
// sheet is written out as the text of a CSV file, one line per row, and read by the same CSV
// path as a file (column formats, Indonesian numbers, every error), only
// its places are named by sheet and cell (data.xlsx:realisasi!B14).
#pragma once

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"
#include "lang/source.hpp"
#include "runtime/data/xlsx.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace ind::rt {

// What a --data path names. One function decides, for every command.
enum class data_kind : unsigned char
{
   missing,  // nothing there
   folder,   // a folder of CSV files
   workbook, // an XLSX workbook (a zip archive)
   file,     // one CSV file (the one table of a rule file)
};
data_kind kind_of_data(const std::filesystem::path& path);

// False, reported, when `path` is neither a folder nor a workbook: checked before anything else
// is read from it or deduced from its name.
bool data_folder_exists(const std::filesystem::path& path, lang::diagnostic_sink& sink);

// A sheet's cells as CSV text: row r of the sheet on line r, fields separated by `delimiter`,
// quoted when they hold a delimiter, a quote or a line break, each row as wide as the widest of
// the first row and its own. nullopt, with `why` set, past lang::limits::max_sheet_cells or
// max_sheet_text_bytes.
std::optional<std::string> sheet_as_csv(const xlsx::sheet& s, char delimiter,
                                        lang::sheet_origin& origin, xlsx::problem& why);

// "data.xlsx:realisasi", the sheet quoted as a spreadsheet quotes it when it holds more than
// letters, digits and '_' ("data.xlsx:'Data 2024'"): how every message names a sheet.
std::string sheet_file_name(const std::filesystem::path& book, const std::string& sheet);

class data_files
{
 public:
   // The folder or the workbook `path` names (kind_of_data); nullptr, reported, when it is
   // neither or the workbook cannot be read.
   static std::shared_ptr<const data_files> open(const std::filesystem::path& path,
                                                 lang::source_manager& sources,
                                                 lang::diagnostic_sink& sink);

   bool is_workbook() const { return m_book != nullptr; }
   // The folder, or the workbook file.
   const std::filesystem::path& path() const { return m_path; }
   // Of a folder: the file `name` in it.
   std::filesystem::path in_folder(const std::string& name) const { return m_path / name; }
   // The sheet standing for `file_name` (lang::sheet_of: the one `named`, else the file's name
   // without `.csv`) as CSV text separated by `delimiter`; nullptr, reported at the `lembar`
   // clause or else at `declared_at` (a missing sheet, with the sheets present and the nearest
   // name) or at the cell, when it cannot be read. Only for a workbook.
   const lang::source_file* sheet(const std::string& file_name,
                                  const std::optional<lang::ast::sheet_name>& named,
                                  char delimiter, lang::span declared_at,
                                  lang::source_manager& sources,
                                  lang::diagnostic_sink& sink) const;

 private:
   std::filesystem::path m_path;
   std::shared_ptr<const xlsx::workbook> m_book;
};

// Whether the field at byte `offset` of `file` is a workbook cell stored as a number: its text
// then has '.' before decimals, whatever the column's declared number style.
bool stored_as_number(const lang::source_file& file, std::size_t offset);

// A place in a workbook for a problem of the workbook or of one of its cells.
lang::place workbook_place(const std::filesystem::path& book, const xlsx::problem& p);

// Reports a workbook problem (E-DATA-XLSX, E-BATAS) at its place.
void report_workbook_problem(const std::filesystem::path& book, const xlsx::problem& p,
                             lang::diagnostic_sink& sink);

} // namespace ind::rt
