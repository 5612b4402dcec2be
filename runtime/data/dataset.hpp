// load_dataset: program + data folder -> dataset. Reads every table the rule file declares, the
// realisasi file (with other bodies' figures, the `pembanding` rows) and the budget file, parses
// each cell by its declared type and number style, and reports every cell that does not parse or
// is ambiguous with its file, line and column.
//
// A table is either held (its rows parsed into memory: the small tables an agency writes by hand,
// shown row by row in the report) or streamed (a roster of thousands or millions of employees:
// only its header is read here, and the roster engine, runtime/roster/engine.hpp, reads its rows
// in one pass per period whenever an aggregate needs them, keeping only the aggregates). A table
// is streamed when its file is larger than load_options::max_held_bytes, when it is read from
// `--data FILE`, or when `--rows` asks for its rows.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"
#include "runtime/data/budget.hpp"
#include "runtime/data/csv.hpp"
#include "runtime/data/data_files.hpp"
#include "runtime/data/renja.hpp"
#include "runtime/value.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string_view>
#include <set>
#include <string>
#include <vector>

namespace ind::rt {

struct loaded_table
{
   const lang::table* decl = nullptr;
   const lang::source_file* file = nullptr;
   std::vector<std::vector<value>> rows;      // rows[r][c], c as in decl->columns
   std::vector<std::vector<lang::span>> cells; // where each cell was read
   std::vector<period> row_period;            // each row's period
};

struct realisasi_entry
{
   decimal amount;
   lang::span where;
};

// Another body's figure for one of the indicators (a row of the realisasi file with a
// `pembanding`): the provinsi or national value the report compares the agency with.
struct benchmark_entry
{
   std::string indicator;
   std::string body;
   period when;
   value amount; // missing when the body has none ("n/a")
   lang::span where;
};

// The header of the realisasi file and of the budget file: the columns every such file has, then
// the optional ones (`pembanding`; `nilai_kumulatif`, a quarter's realisasi to date, s.d. TW, of
// an indicator with `kumulatif`, beside or instead of its own `nilai`; `pagu_sebelum`, the pagu
// before the budget change).
inline constexpr std::array<const char*, 5> realisasi_header = {"indikator", "periode", "nilai",
                                                                "pembanding", "nilai_kumulatif"};
// The column of realisasi_header only a file with a `kumulatif` indicator needs.
inline constexpr std::size_t realisasi_to_date_column = 4;
// The header of the printed-figures file `ind audit` reads (runtime/audit.cpp); periode optional.
inline constexpr std::array<const char*, 5> printed_header = {"lokasi", "objek", "besaran", "nilai",
                                                              "periode"};
// Every besaran of an indicator's row of the printed-figures file, besides `target:versi` below:
// the list an unknown besaran's hint gives (runtime/audit.cpp).
inline constexpr std::array<const char*, 13> printed_quantities = {
   "realisasi", "target",     "capaian",   "predikat",     "kategori",
   "efisiensi", "predikat_efisiensi",     "pagu",         "realisasi_anggaran",
   "serapan",   "realisasi_tw", "target_tw", "capaian_tw"};
// The besaran of a printed target of a named version, `target:renstra`, beside the plain `target`
// (the version capaian is measured against): written by `ind template`, read by `ind audit`.
inline constexpr std::string_view printed_version_prefix = "target:";
inline std::string printed_version_quantity(const std::string& version)
{
   return std::string(printed_version_prefix) + version;
}
// The version a besaran names, if it is one of those.
inline std::optional<std::string> printed_version(const std::string& quantity)
{
   if (quantity.size() > printed_version_prefix.size() &&
       quantity.starts_with(printed_version_prefix)) {
      return quantity.substr(printed_version_prefix.size());
   }
   return std::nullopt;
}
inline constexpr std::array<const char*, 5> budget_header = {"kode", "nama", "pagu", "realisasi",
                                                             "pagu_sebelum"};
// The optional columns of a quarterly budget file, after those: the rencana anggaran kas (RAK)
// of each quarter, then each quarter's own spending. A file with none of them is an annual one.
// In a quarterly file `realisasi` is the spending to date, and may be left empty: it is the sum
// of the quarters' own spending (runtime/data/budget_quarters.cpp).
inline constexpr std::array<const char*, 8> budget_quarter_header = {
   "rencana_tw1",   "rencana_tw2",   "rencana_tw3",   "rencana_tw4",
   "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4"};
// The column of quarter q (1..4): its RAK, its own spending.
inline const char* budget_plan_column(int q) { return budget_quarter_header[q - 1]; }
inline const char* budget_spent_column(int q) { return budget_quarter_header[q + 3]; }
// Every besaran of a budget line's row of the printed-figures file (objek anggaran:<kode> or
// anggaran:jumlah), the last five for a quarter only: the list `ind template` writes and an
// unknown besaran's hint gives (runtime/audit_budget.cpp).
inline constexpr std::array<const char*, 4> printed_budget_quantities = {"pagu", "realisasi",
                                                                         "serapan", "predikat"};
inline constexpr std::array<const char*, 5> printed_budget_quarter_quantities = {
   "rencana_tw", "realisasi_tw", "serapan_tw", "rencana_sd", "serapan_rak"};
// The header of the Renja evaluation form's file (`renja`, runtime/data/renja.hpp): the code,
// its name, the indicator and its satuan, then K and Rp of each column of the form the file
// gives, (6) to (12), named as the form numbers them.
inline constexpr std::array<const char*, 18> renja_header = {
   "kode", "uraian", "indikator", "satuan", "k6",  "rp6",  "k7",  "rp7",  "k8",
   "rp8",  "k9",     "rp9",       "k10",    "rp10", "k11", "rp11", "k12", "rp12"};

// What to do with a row that has a cell that does not parse (`--on-error`).
enum class on_error : unsigned char
{
   stop, // the first such cell is an error: nothing is computed (the default)
   skip, // the row is left out of every figure, counted, and the first ones listed as warnings
};

// Where a table's rows are read from.
struct table_source
{
   std::filesystem::path path;
   std::uintmax_t size = 0; // bytes
   bool streamed = false;   // rows not held: the roster engine reads them
   // Of a streamed table, as its header row says: the field of each declared column (npos for
   // a derived column), the delimiter, and where the first row after the header starts.
   std::vector<std::size_t> fields;
   std::size_t header_fields = 0; // names in the header row; a row may not have more
   char delimiter = ',';
   std::uintmax_t body_offset = 0;
};

struct load_options
{
   // Tables whose file is larger than this are streamed. Hand-written agency tables are a few
   // kilobytes; held rows cost about a hundred bytes per cell, so a larger file is a roster.
   std::uintmax_t max_held_bytes = 256 * 1024;
   // --data FILE: the one table read from this file instead of its declared name in the folder.
   std::map<const lang::table*, std::filesystem::path> files;
   // Tables streamed whatever their size (--data FILE, --rows).
   std::set<const lang::table*> streamed;
   on_error errors = on_error::stop;
};

// Rows skipped (on_error::skip) are listed as warnings up to this many per table; the rest are
// counted in one more warning, which must fit within the diagnostics shown by default
// (lang::limits::max_diagnostics).
inline constexpr std::size_t max_listed_skips = 10;

struct dataset
{
   period data_period; // the period rows without a period column belong to
   std::filesystem::path folder; // the folder, or the workbook, --data names
   // Where the files are read from; null when --data names neither a folder nor a workbook.
   std::shared_ptr<const data_files> files;
   std::map<const lang::table*, table_source> sources; // every table that could be opened
   on_error errors = on_error::stop;
   std::map<const lang::table*, loaded_table> tables;  // held tables
   std::map<std::pair<std::string, period>, realisasi_entry> realisasi;
   // A quarter's realisasi to date as the data gives it (`nilai_kumulatif`), for an indicator with
   // `kumulatif`: checked against the quarters' own (W-KUMULATIF-BEDA), or the quarter's own
   // derived from it when its `nilai` is empty (runtime/evaluator_to_date.cpp).
   std::map<std::pair<std::string, period>, realisasi_entry> realisasi_to_date;
   std::vector<benchmark_entry> benchmarks; // in file order
   std::vector<budget_line> budget;
   budget_tree budget_links; // which line is under which
   // The quarter (1..4) the budget figures run to, when the budget file is a quarterly one
   // (budget_quarter_header) and the data period is a quarter (a semester: its last quarter; a
   // year: the fourth); the lines then have their quarter's figures.
   std::optional<int> budget_quarter;
   // Lines whose written realisasi disagrees with the sum of their quarters (W-ANGGARAN-KUMULATIF):
   // a finding, exit 1.
   std::size_t budget_disagreements = 0;
   std::vector<renja_row> renja; // the Renja form's rows, in file order
   std::string renja_file;       // its name, as diagnostics and reasons give it

   // The rows of `t` that belong to period p.
   std::vector<std::size_t> rows_for(const loaded_table& t, const period& p) const;
};

// The period a data folder is named after ("examples/kab-pasuruan/2024" -> 2024), if any.
std::optional<period> period_of_folder(const std::filesystem::path& folder);

dataset load_dataset(const lang::program& p, const std::filesystem::path& folder,
                     const period& data_period, lang::source_manager& sources,
                     lang::diagnostic_sink& sink);
dataset load_dataset(const lang::program& p, const std::filesystem::path& folder,
                     const period& data_period, const load_options& options,
                     lang::source_manager& sources, lang::diagnostic_sink& sink);

// How one cell reads under its column's declaration: the value (missing for an empty cell or a
// marker such as "-"), or why it does not read. Shared by the loader and the roster engine, so a
// cell means the same whichever reads it.
struct cell_reading
{
   value read;        // the value when `code` is empty
   std::string code;  // E-DATA-NILAI, E-DATA-AMBIGU; empty when the cell reads
   std::string message;
   std::string hint;
};
cell_reading read_cell(std::string_view raw, const lang::column& c, const lang::place& where);

// One name of a CSV header row, and where it is written.
struct header_name
{
   std::string_view text;
   lang::place at;
};

// The header of a CSV file: the position of each wanted column, or the diagnostic for each one
// that is absent (reported at `header_at`, with a note at the column's declaration) or written
// twice (at the second one, with a note at the first: which one was meant cannot be known).
std::optional<std::vector<std::size_t>> match_header(const std::vector<header_name>& names,
                                                     const std::vector<lang::column>& wanted,
                                                     const std::string& file_name,
                                                     const lang::place& header_at,
                                                     lang::diagnostic_sink& sink);

// A row with more fields than its header has names, the first extra one at `extra`: a cell
// that held the delimiter without quotes (40,5 in a file separated by ','), whose second half
// would otherwise be dropped without a word. Extra fields that are all empty (a trailing
// delimiter) lose nothing and are no problem: nullopt.
struct row_problem
{
   std::string message;
   std::string hint;
   std::size_t field = 0; // the first extra field
};
std::optional<row_problem> extra_fields(const std::vector<std::string_view>& fields,
                                        std::size_t header_fields, char delimiter);

// Where line `line`, column `column` of a data file is, as csv::reader counts them (columns in
// characters).
lang::span csv_place(const lang::source_file& file, std::size_t line, std::size_t column);

// A CSV file that cannot be read past a fault (a quote left open, a character after a closing
// quote): E-DATA-CSV at the fault's own line and column, whichever file it is.
void report_csv_error(const lang::source_file& file, const csv::error& e,
                      lang::diagnostic_sink& sink);

// The closing warning of on_error::skip: how many rows of `t` were left out.
void report_skipped(const lang::table& t, std::uint64_t rows, lang::diagnostic_sink& sink);

// A rule file needs a period unless it has no Renstra, no targets, no realisasi or budget data,
// no table with a period column and no formula that uses `periode`: then it is evaluated as it
// stands today (ind test's "latest" period) and no period is printed.
bool needs_period(const lang::program& p);

} // namespace ind::rt
