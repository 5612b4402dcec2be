#include "tests/fuzz/targets.hpp"

#include "lang/check.hpp"
#include "lang/limits.hpp"
#include "lang/loader.hpp"
#include "lang/parser.hpp"
#include "lang/print.hpp"
#include "lang/resolve.hpp"
#include "runtime/data/csv.hpp"
#include "runtime/data/data_files.hpp"
#include "runtime/data/dataset.hpp"
#include "runtime/data/xlsx.hpp"
#include "core/number_format.hpp"
#include "runtime/report/model.hpp"
#include "runtime/report/render.hpp"
#include "runtime/run.hpp"
#include "runtime/roster/source.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>
#include <unistd.h>
#include <zip.h>

namespace ind::fuzz {

void promise(bool kept, const char* what)
{
   if (!kept) {
      std::fprintf(stderr, "janji dilanggar: %s\n", what);
      std::abort();
   }
}

namespace {

void diagnostics_print_as_text(const lang::diagnostic_sink& sink)
{
   std::ostringstream out;
   lang::render(out, sink, {});
   lang::render(out, sink, {lang::diagnostic_style::short_form, true, true});
   promise(lang::invalid_utf8(out.str()) == std::string_view::npos, "diagnostik bukan UTF-8");
   for (const lang::diagnostic& d : sink.sorted()) {
      promise(!d.code.empty() && !d.message.empty(), "diagnostik tanpa kode atau pesan");
   }
}

} // namespace

// A module used by another file is parsed with its examples passed over. That reading accepts
// every file the whole grammar accepts, and keeps the same declarations but the examples.
void used_module_reading(lang::source_manager& sources, std::string_view text)
{
   lang::diagnostic_sink whole_sink;
   lang::diagnostic_sink used_sink;
   const lang::source_file& file = sources.add("fuzz-modul.ind", std::string(text));
   const lang::ast::module whole = lang::parse(file, whole_sink);
   const lang::ast::module used = lang::parse(file, used_sink, lang::parse_mode::used_module);
   diagnostics_print_as_text(used_sink);
   if (whole_sink.has_errors()) {
      return;
   }
   promise(!used_sink.has_errors(), "modul terbaca utuh tetapi ditolak bila dipakai");
   const auto examples = std::count_if(whole.declarations.begin(), whole.declarations.end(),
                                       [](const lang::ast::declaration& d) {
                                          return std::holds_alternative<lang::ast::example_decl>(d);
                                       });
   promise(used.declarations.size() + static_cast<std::size_t>(examples) ==
              whole.declarations.size(),
           "modul yang dipakai kehilangan deklarasi selain contoh");
}

namespace {
void held_and_streamed(const lang::program& p);
}

// `ind fmt`: text that parses keeps its tokens (whole numbers regrouped, which the parser reads
// as the same numbers) and its comments in its canonical layout, which parses again and is its
// own canonical layout. Text that does not parse gets none.
void layout_kept(lang::source_manager& sources, std::string_view text)
{
   lang::diagnostic_sink sink;
   const lang::source_file& file = sources.add("fuzz-fmt.ind", std::string(text));
   lang::parse(file, sink);
   const std::optional<std::string> formatted = lang::format_source(file);
   if (sink.has_errors()) {
      promise(!formatted, "tata letak untuk berkas yang ditolak");
      return;
   }
   promise(formatted.has_value(), "berkas terbaca tanpa tata letak");
   const lang::source_file& again = sources.add("fuzz-fmt-2.ind", *formatted);
   lang::diagnostic_sink again_sink;
   lang::parse(again, again_sink);
   promise(!again_sink.has_errors(), "tata letak tidak terbaca lagi");
   promise(lang::format_source(again) == formatted, "tata letak dari tata letak berbeda");
   const std::optional<lang::token_content> before = lang::content_of(file);
   const std::optional<lang::token_content> after = lang::content_of(again);
   promise(before && after, "isi berkas terbaca tidak didapat");
   promise(before->tokens == after->tokens, "tata letak mengubah token");
   promise(before->comments == after->comments, "tata letak mengubah atau menghilangkan komentar");
}

void rule_layout(std::string_view text)
{
   lang::source_manager sources;
   layout_kept(sources, text);
}

void rule_file(std::string_view text)
{
   lang::source_manager sources;
   used_module_reading(sources, text);
   layout_kept(sources, text);
   lang::diagnostic_sink sink;
   lang::module_set modules =
      lang::load_text(sources, "fuzz.ind", std::string(text), {{IND_SOURCE_DIR "/stdlib"}}, sink);
   if (!modules.complete) {
      promise(sink.has_errors(), "berkas ditolak tanpa galat");
      diagnostics_print_as_text(sink);
      return;
   }
   const std::unique_ptr<lang::program> program = lang::resolve(modules, sink);
   promise(program != nullptr, "resolve tanpa program");
   if (!sink.has_errors()) {
      lang::check(*program, sink);
   }
   if (!sink.has_errors()) {
      rt::dataset data;
      data.data_period = core::period::of_year(2024);
      const rt::evaluation wired = rt::wire(*program, data, sink);
      try {
         const rt::report::document doc =
            rt::report::build(*program, *wired.eval, core::period::of_year(2024), sink);
         (void)doc;
      }
      catch (const core::value_too_large&) {
         // A figure the report computes from figures at the limit; `ind` reports it (main.cpp).
      }
      // A few files of a few kilobytes each; an input that declares more tables is passed over.
      if (!program->tables.empty() && program->tables.size() <= 16) {
         held_and_streamed(*program);
      }
   }
   diagnostics_print_as_text(sink);
}

void csv_file(std::string_view text)
{
   using lang::ast::column_type;
   using lang::ast::number_style;
   std::vector<lang::column> columns;
   for (const column_type type : {column_type::text, column_type::period, column_type::boolean}) {
      columns.push_back({"kolom", "kolom", type, number_style::comma_decimal, {}});
   }
   for (const column_type type : {column_type::decimal, column_type::integer, column_type::rupiah,
                                  column_type::percent}) {
      for (const number_style style : {number_style::comma_decimal, number_style::point_decimal}) {
         columns.push_back({"kolom", "kolom", type, style, {}});
      }
   }
   for (const char delimiter : {'\0', ',', ';', '\t'}) {
      rt::csv::reader reader(text, delimiter);
      rt::csv::record record;
      std::size_t records = 0;
      std::size_t header = 0;
      while (reader.next(record)) {
         promise(!record.fields.empty(), "rekaman tanpa field");
         promise(record.line >= 1, "rekaman tanpa baris");
         std::vector<std::string_view> fields;
         for (const rt::csv::field& f : record.fields) {
            promise(f.line >= record.line && f.column >= 1, "field tanpa tempat");
            fields.push_back(f.text);
         }
         if (records++ == 0) {
            header = fields.size();
         }
         if (const auto extra = rt::extra_fields(fields, header, reader.delimiter())) {
            promise(extra->field >= header && extra->field < fields.size() &&
                       !extra->message.empty(),
                    "kolom berlebih tanpa tempat");
         }
         // The first cells of the first records as every kind of column reads them: enough to
         // reach every way a cell can be read, few enough that a long input stays quick.
         const std::size_t cells = records <= 8 ? 4 : 0;
         for (std::size_t i = 0; i < fields.size() && i < cells; ++i) {
            for (const lang::column& c : columns) {
               const rt::cell_reading r = rt::read_cell(fields[i], c, lang::place{});
               promise(r.code.empty() || (!r.message.empty() && r.read.is_missing()),
                       "sel ditolak tanpa pesan");
            }
            const core::number_parse n = core::parse_number(fields[i], core::number_kind::decimal,
                                                        core::number_style::comma_decimal);
            promise((n.error == core::number_error::none) == n.value.has_value(),
                    "angka tanpa nilai");
            if (n.value) {
               promise(core::decimal::parse(n.value->to_string()) == n.value,
                       "angka tidak kembali sama");
            }
         }
      }
      if (reader.error()) {
         promise(!reader.error()->message.empty() && reader.error()->line >= 1 &&
                    reader.error()->column >= 1,
                 "galat CSV tanpa pesan atau tempat");
      }
      // The roster engine's splitter, from record to record.
      const char split_by = delimiter == '\0' ? reader.delimiter() : delimiter;
      rt::roster::splitter splitter(text, split_by, lang::limits::max_roster_row_bytes);
      rt::roster::record row;
      rt::roster::split_error bad;
      for (std::size_t at = 0; at < text.size();) {
         if (!splitter.split(at, row, bad)) {
            promise(!bad.message.empty() && bad.offset <= text.size(), "galat split tanpa tempat");
            break;
         }
         promise(row.end > at && row.end <= text.size(), "split tidak maju");
         promise(row.blank || row.fields.size() == row.starts.size(), "field tanpa awal");
         at = row.end;
      }
   }
   promise(lang::invalid_utf8(lang::printable_utf8(text)) == std::string_view::npos,
           "printable_utf8 bukan UTF-8");
}

namespace {

// Groups, distinct values, a derived column, extremes: every kind of state the parts merge.
constexpr std::string_view roster_rules = R"(instansi "Fuzz roster"

tabel roster "roster.csv" "Roster" {
  pemisah ";"
  kolom a teks
  kolom b desimal
  kolom c teks
  kolom d = b * 2
}

nilai n "Baris" = hitung(roster)
nilai s "Jumlah" = jumlah(roster.d)
nilai m "Maks" = maks(roster.b)
nilai u "Unik" = hitung_unik(roster.c)
nilai g "Per a" = jumlah(roster.b menurut roster.a)
nilai r "Rata per c" = rata(roster.d menurut roster.c)
)";

// The folder the roster is written to, made once per process and removed at its end.
struct roster_folder
{
   std::filesystem::path path;
   roster_folder()
   {
      std::string name = (std::filesystem::temp_directory_path() / "ind-fuzz-XXXXXX").string();
      promise(::mkdtemp(name.data()) != nullptr, "folder sementara tidak dapat dibuat");
      path = name;
   }
   ~roster_folder()
   {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
   }
};

struct roster_program
{
   lang::source_manager sources;
   std::unique_ptr<lang::program> program;
   roster_program()
   {
      lang::diagnostic_sink sink;
      const lang::module_set modules =
         lang::load_text(sources, "roster.ind", std::string(roster_rules), {}, sink);
      program = lang::resolve(modules, sink);
      promise(program && !sink.has_errors(), "aturan roster fuzz tidak terbaca");
      lang::check(*program, sink);
      promise(!sink.has_errors(), "aturan roster fuzz tidak lolos periksa");
   }
};

// One run of the engine: the report as JSON, the diagnostics, and the rows written.
std::string roster_run(const roster_program& rules, const std::filesystem::path& data,
                       const std::filesystem::path& rows, unsigned threads, rt::on_error errors)
{
   const lang::program& p = *rules.program;
   const lang::table* table = p.tables.front().get();
   const core::period when = core::period::of_year(2024);
   std::error_code ignored;
   std::filesystem::remove(rows, ignored);
   lang::source_manager sources;
   lang::diagnostic_sink sink;
   rt::run_options run;
   run.load.errors = errors;
   run.load.files[table] = data;
   run.load.streamed.insert(table);
   run.streaming.threads = threads;
   run.streaming.part_bytes = 16;
   run.streaming.rows = rt::roster::rows_request{table, when, rows, core::locale::id};
   std::ostringstream out;
   const auto r = rt::start_run(p, data.parent_path(), when, run, sources, sink);
   if (!sink.has_errors()) {
      const rt::report::document doc = rt::report::build(p, r->eval(), when, sink);
      const bool finished = r->engine().finish(when);
      rt::report::render_json(out, doc);
      out << "\n--- selesai: " << finished << '\n';
   }
   diagnostics_print_as_text(sink);
   lang::render(out, sink, {lang::diagnostic_style::short_form, false, true});
   out << "--- baris\n";
   std::ifstream written(rows, std::ios::binary);
   out << std::string(std::istreambuf_iterator<char>(written), {});
   return out.str();
}

} // namespace

void roster_file(std::string_view text)
{
   static const roster_folder folder;
   static const roster_program rules;
   const std::filesystem::path data = folder.path / "roster.csv";
   {
      std::ofstream out(data, std::ios::binary | std::ios::trunc);
      out << "a;b;c\n" << text;
   }
   const std::filesystem::path rows = folder.path / "baris.csv";
   for (const rt::on_error errors : {rt::on_error::stop, rt::on_error::skip}) {
      const std::string one = roster_run(rules, data, rows, 1, errors);
      for (const unsigned threads : {2u, 5u}) {
         promise(roster_run(rules, data, rows, threads, errors) == one,
                 "hasil roster bergantung pada banyak thread");
      }
   }
}

// ---------------------------------------------------------------- held and streamed
//
// A rule file that declares tables is run over a fixed generated table for each, once with the
// tables held in memory and once streamed through the roster engine (1 and 3 threads, parts of
// 64 bytes, both --on-error modes): the report and the diagnostics must be the same bytes.

namespace {

// The periods of the rows of a table with a period column: mostly the year evaluated, some
// earlier and later, a quarter and a semester of it.
constexpr std::array<std::string_view, 8> row_periods{"2024", "2023", "2024",   "2024-TW2",
                                                      "2025", "2024", "2024-S1", "2024"};
// Numbers as written with a decimal comma; a column declared `titik` gets them with '.' and ','
// swapped. Ties at .5 (both signs, also at the 18th and 19th place), long integer parts and
// scales, thousands separators, 19 digits (the roster engine's quick reading of a cell once
// overflowed on a 19th digit: corpus/ind/found-streamed-19-digit-cell.ind). Every third column has the markers of a missing value in two
// rows (`missing_rows`); the others have none, so that their sums and means are computed.
constexpr std::array<std::string_view, 16> decimals{
   "0,5",  "1,5",   "-2,5", "2,675",   "-0,125", "12345678901234567,5", "0,000000000000000005",
   "7,25", "1.000,5", "-0", "99999999999999999,95", "0,0000000000000000005", "3", "-1,5", "100",
   "0,045"};
constexpr std::array<std::string_view, 8> integers{
   "1", "-1", "0", "2", "-7", "1.000", "999999999999999999", "42"};
constexpr std::array<std::string_view, 7> rupiahs{
   "Rp 1.500", "1.234.567", "-2.500", "0", "Rp1.000.000.000.000", "15", "-Rp 7"};
constexpr std::array<std::string_view, 6> percents{
   "50%", "12,5%", "100", "-0,5%", "0,005%", "33,335%"};
constexpr std::array<std::string_view, 6> truths{"1", "0", "ya", "tidak", "benar", "salah"};
constexpr std::array<std::string_view, 2> missing_rows_markers{"-", ""};
constexpr std::array<std::size_t, 2> missing_rows{7, 19};
// Groups for `menurut` and `hitung_unik`; a delimiter, a quote and a line break inside a cell.
constexpr std::array<std::string_view, 10> texts{
   "PNS", "PPPK", "PNS", " spasi ", "a;b,c", "\"kutip\"", "\xC3\x84", "", "baris\nbaru", "-"};
// Cells that do not read: in row 13 (of the year evaluated) in the first column that can hold
// one, in row 9 (of 2023) in the last, and in row 4 in the period column.
constexpr std::size_t table_rows = 21;
constexpr std::string_view bad_cell = "7x";
constexpr std::string_view bad_period = "2024-TW9";

bool fallible(lang::ast::column_type type)
{
   switch (type) {
   case lang::ast::column_type::text:
   case lang::ast::column_type::period:
      return false;
   case lang::ast::column_type::decimal:
   case lang::ast::column_type::integer:
   case lang::ast::column_type::rupiah:
   case lang::ast::column_type::percent:
   case lang::ast::column_type::boolean:
      return true;
   }
   return false;
}

std::string in_style(std::string_view comma_text, lang::ast::number_style style)
{
   std::string out(comma_text);
   switch (style) {
   case lang::ast::number_style::comma_decimal:
      break;
   case lang::ast::number_style::point_decimal:
      for (char& c : out) {
         c = c == ',' ? '.' : c == '.' ? ',' : c;
      }
      break;
   }
   return out;
}

// The cell of row r in column c (the c-th stored column), valid for the column's type.
std::string generated_cell(const lang::column& column, std::size_t r, std::size_t c)
{
   const auto pick = [&](const auto& list) { return list[(r + 3 * c) % list.size()]; };
   for (std::size_t k = 0; k < missing_rows.size(); ++k) {
      if (r == missing_rows[k] && c % 3 == 2 && column.type != lang::ast::column_type::text) {
         return std::string(missing_rows_markers[k]);
      }
   }
   switch (column.type) {
   case lang::ast::column_type::text:
      return std::string(pick(texts));
   case lang::ast::column_type::period:
      return std::string(row_periods[r % row_periods.size()]);
   case lang::ast::column_type::boolean:
      return std::string(pick(truths));
   case lang::ast::column_type::decimal:
      return in_style(pick(decimals), column.style);
   case lang::ast::column_type::integer:
      return in_style(pick(integers), column.style);
   case lang::ast::column_type::rupiah:
      return in_style(pick(rupiahs), column.style);
   case lang::ast::column_type::percent:
      return in_style(pick(percents), column.style);
   }
   return {};
}

void write_field(std::ostream& out, std::string_view text, char delimiter)
{
   if (text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string_view::npos) {
      out << text;
      return;
   }
   out << '"';
   for (const char c : text) {
      out << (c == '"' ? "\"\"" : std::string(1, c));
   }
   out << '"';
}

// The table's file: a header of its stored columns and table_rows rows, with bad cells when
// `with_bad_cells`.
std::string generate(const lang::table& t, bool with_bad_cells)
{
   const char delimiter = t.delimiter.value_or(';');
   std::vector<const lang::column*> stored;
   for (const lang::column& c : t.columns) {
      if (!c.derived()) {
         stored.push_back(&c);
      }
   }
   const auto can_fail = [](const lang::column* c) { return fallible(c->type); };
   const auto first_bad = std::find_if(stored.begin(), stored.end(), can_fail);
   const auto last_bad = std::find_if(stored.rbegin(), stored.rend(), can_fail);
   const auto bad = [&](std::size_t r, const lang::column* c) -> std::optional<std::string_view> {
      if (!with_bad_cells) {
         return std::nullopt;
      }
      if ((r == 13 && first_bad != stored.end() && c == *first_bad) ||
          (r == 9 && last_bad != stored.rend() && c == *last_bad)) {
         return bad_cell;
      }
      if (r == 4 && c->type == lang::ast::column_type::period) {
         return bad_period;
      }
      return std::nullopt;
   };
   std::ostringstream out;
   for (std::size_t c = 0; c < stored.size(); ++c) {
      out << (c ? std::string(1, delimiter) : "");
      write_field(out, stored[c]->header, delimiter);
   }
   out << '\n';
   for (std::size_t r = 0; r < table_rows; ++r) {
      for (std::size_t c = 0; c < stored.size(); ++c) {
         const std::optional<std::string_view> wrong = bad(r, stored[c]);
         const std::string cell = wrong ? std::string(*wrong) : generated_cell(*stored[c], r, c);
         promise(wrong || rt::read_cell(cell, *stored[c], lang::place{}).code.empty(),
                 "sel tabel buatan tidak terbaca");
         out << (c ? std::string(1, delimiter) : "");
         write_field(out, cell, delimiter);
      }
      // One row ends with CRLF, the last without a line break.
      out << (r == 5 ? "\r\n" : r + 1 == table_rows ? "" : "\n");
   }
   return out.str();
}

// A file name the rules declare, if it is a plain name in the data folder.
bool plain_name(std::string_view name)
{
   return !name.empty() && name.front() != '.' &&
          name.find_first_of("/\\:") == std::string_view::npos;
}

// Writes the tables (under names of their own, whatever the rules declare) and, when their
// declared name is plain, a realisasi and an anggaran file of a header alone.
std::map<const lang::table*, std::filesystem::path> write_data(const lang::program& p, const std::filesystem::path& folder,
                      bool with_bad_cells)
{
   for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      std::error_code ignored;
      std::filesystem::remove_all(entry.path(), ignored);
   }
   std::map<const lang::table*, std::filesystem::path> files;
   for (std::size_t i = 0; i < p.tables.size(); ++i) {
      const lang::table& t = *p.tables[i];
      const std::filesystem::path path = folder / ("tabel" + std::to_string(i) + ".csv");
      std::ofstream(path, std::ios::binary) << generate(t, with_bad_cells);
      files[&t] = path;
   }
   if (p.realisasi && plain_name(p.realisasi->file)) {
      std::ofstream(folder / p.realisasi->file, std::ios::binary) << "indikator;periode;nilai\n";
   }
   if (p.budget && plain_name(p.budget->file)) {
      std::ofstream(folder / p.budget->file, std::ios::binary) << "kode;nama;pagu;realisasi\n";
   }
   return files;
}

// One run as `ind eval --format json` makes it: the report when nothing failed, every
// diagnostic, and apart the errors.
struct data_outcome
{
   std::string report;      // the JSON report, and how many errors and warnings
   std::string diagnostics; // those kept: a sink keeps the first few of each severity
   std::vector<std::string> errors;
   bool all_kept = true;
   std::string text() const { return report + diagnostics; }
};

data_outcome data_run(const lang::program& p, const std::filesystem::path& folder,
                      const std::map<const lang::table*, std::filesystem::path>& files,
                      bool streamed, unsigned threads, rt::on_error errors)
{
   const core::period when = core::period::of_year(2024);
   lang::source_manager sources;
   lang::diagnostic_sink sink;
   rt::run_options run;
   run.load.errors = errors;
   run.load.files = files;
   if (streamed) {
      for (const auto& [table, path] : files) {
         run.load.streamed.insert(table);
      }
   }
   run.streaming.threads = threads;
   run.streaming.part_bytes = 64;
   std::ostringstream out;
   const auto r = rt::start_run(p, folder, when, run, sources, sink);
   if (!sink.has_errors()) {
      try {
         const rt::report::document doc = rt::report::build(p, r->eval(), when, sink);
         // As `ind eval` does: every streamed table is read, also one no figure uses and also
         // after an error (corpus/ind/found-streamed-unused-table.ind).
         r->engine().read_unread(when);
         if (!sink.has_errors()) {
            r->engine().finish(when);
         }
         if (!sink.has_errors()) {
            rt::report::render_json(out, doc);
         }
      }
      catch (const core::value_too_large&) {
         out << "--- angka terlalu besar\n";
      }
   }
   diagnostics_print_as_text(sink);
   data_outcome o;
   out << "--- " << sink.error_count() << " galat, " << sink.warning_count() << " peringatan\n";
   o.report = out.str();
   std::ostringstream shown;
   lang::render(shown, sink, {});
   o.diagnostics = shown.str();
   o.all_kept = sink.omitted() == 0;
   for (const lang::diagnostic& d : sink.sorted()) {
      if (d.level == lang::severity::error) {
         std::ostringstream text;
         lang::render(text, d, {});
         o.errors.push_back(text.str());
      }
   }
   return o;
}

// Without an error, the same report and diagnostics. A held table that fails stops the run
// before any figure is computed and reports every cell that does not read; a streamed one stops
// at its first such cell while the report is built, which goes on to compute the other figures,
// with their warnings and errors. So after an error both runs report one: each error of the
// held run outside the tables' files and its first in each table's file is also reported
// streamed, and what the streamed run reports in a table's file the held run reports too (when
// the held run kept every error it reported). Which diagnostics a sink keeps depends on the
// order they come in, which differs (a held run reads its tables in declaration order, a
// streamed one as the figures ask for them): when one was left out, only the report and the
// counts are compared.
bool same_outcome(const data_outcome& held, const data_outcome& streamed,
                  const std::map<const lang::table*, std::filesystem::path>& files)
{
   if (held.errors.empty() || streamed.errors.empty()) {
      return held.all_kept && streamed.all_kept ? held.text() == streamed.text()
                                                : held.report == streamed.report;
   }
   const auto file_of = [&](const std::string& error) -> const std::filesystem::path* {
      for (const auto& [table, path] : files) {
         if (error.starts_with(path.string() + ":")) {
            return &path;
         }
      }
      return nullptr;
   };
   const auto in = [](const std::vector<std::string>& errors, const std::string& e) {
      return std::find(errors.begin(), errors.end(), e) != errors.end();
   };
   std::set<const std::filesystem::path*> seen;
   for (const std::string& e : held.errors) {
      const std::filesystem::path* file = file_of(e);
      if ((!file || seen.insert(file).second) && !in(streamed.errors, e)) {
         return false;
      }
   }
   return !held.all_kept ||
          std::all_of(streamed.errors.begin(), streamed.errors.end(), [&](const std::string& e) {
             return !file_of(e) || in(held.errors, e);
          });
}

void held_and_streamed(const lang::program& p)
{
   static const roster_folder folder;
   for (const bool with_bad_cells : {true, false}) {
      const auto files = write_data(p, folder.path, with_bad_cells);
      // Without bad cells, --on-error skip has nothing to skip.
      for (const rt::on_error errors : {rt::on_error::stop, rt::on_error::skip}) {
         if (!with_bad_cells && errors == rt::on_error::skip) {
            continue;
         }
         const data_outcome held = data_run(p, folder.path, files, false, 1, errors);
         for (const unsigned threads : {1u, 3u}) {
            const data_outcome streamed =
               data_run(p, folder.path, files, true, threads, errors);
            const bool same = same_outcome(held, streamed, files);
            if (!same) {
               std::fprintf(stderr, "--- dalam memori\n%s\n--- dialirkan, %u thread\n%s\n",
                            held.text().c_str(), threads, streamed.text().c_str());
            }
            promise(same,
                    "tabel dialirkan tidak sama dengan tabel dalam memori");
         }
      }
   }
}

} // namespace

} // namespace ind::fuzz

namespace ind::fuzz {

namespace {

constexpr std::string_view package_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view package_rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The parts of the package, in the order the input gives them, with the default of each.
std::vector<std::pair<std::string, std::string>> default_parts()
{
   const std::string main(package_main), rel(package_rels);
   return {
      {"xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                             "\"><sheets><sheet name=\"skor\" sheetId=\"1\" r:id=\"rId1\"/>"
                             "<sheet name=\"Lembar 2\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
       "<Relationship Id=\"rId2\" Type=\"" + rel + "/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
       "<Relationship Id=\"rId3\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
       "<Relationship Id=\"rId4\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>"},
      {"xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\"><si><t>unsur</t></si><si><t>nilai</t></si></sst>"},
      {"xl/styles.xml", "<styleSheet xmlns=\"" + main + "\"><numFmts><numFmt numFmtId=\"164\" "
                        "formatCode=\"0.0%\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
                        "<xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
      {"xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\"><sheetData><row r=\"1\">"
                                   "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                                   "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a;b</t></is></c>"
                                   "<c r=\"B2\" s=\"1\"><v>0.775</v></c></row></sheetData></worksheet>"},
      {"xl/worksheets/sheet2.xml", "<worksheet xmlns=\"" + main + "\"><sheetData/></worksheet>"},
   };
}

// The parts zipped (stored, not deflated: quick) into the bytes of a workbook file.
std::string zipped(const std::vector<std::pair<std::string, std::string>>& parts)
{
   zip_error_t error;
   zip_error_init(&error);
   zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
   promise(buffer != nullptr, "zip dalam memori tidak dibuat");
   zip_source_keep(buffer);
   zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
   promise(archive != nullptr, "zip dalam memori tidak dibuka");
   for (const auto& [name, text] : parts) {
      zip_source_t* s = zip_source_buffer(archive, text.data(), text.size(), 0);
      const zip_int64_t index = zip_file_add(archive, name.c_str(), s, ZIP_FL_OVERWRITE);
      promise(index >= 0, "bagian zip tidak ditambahkan");
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
   }
   promise(zip_close(archive) == 0, "zip tidak ditutup");
   std::string bytes;
   promise(zip_source_open(buffer) == 0, "zip tidak terbaca");
   std::array<char, 4096> chunk{};
   for (zip_int64_t n; (n = zip_source_read(buffer, chunk.data(), chunk.size())) > 0;) {
      bytes.append(chunk.data(), static_cast<std::size_t>(n));
   }
   zip_source_close(buffer);
   zip_source_free(buffer);
   zip_error_fini(&error);
   return bytes;
}

void read_workbook(std::string_view bytes)
{
   rt::xlsx::problem why;
   const auto book = rt::xlsx::workbook::open(bytes, why);
   if (!book) {
      promise(!why.code.empty() && !why.message.empty(), "buku kerja ditolak tanpa alasan");
      return;
   }
   for (const std::string& name : book->sheet_names()) {
      const auto sheet = book->read(name, why);
      if (!sheet) {
         promise(!why.code.empty() && !why.message.empty(), "lembar ditolak tanpa alasan");
         promise(why.row == 0 || why.column >= 1, "sel tanpa kolom");
         continue;
      }
      for (const char delimiter : {';', ','}) {
         lang::sheet_origin origin;
         const auto text = rt::sheet_as_csv(*sheet, delimiter, origin, why);
         if (!text) {
            promise(why.code == "E-BATAS", "lembar tidak tertulis tanpa batas");
            continue;
         }
         promise(lang::invalid_utf8(*text) == std::string::npos, "teks lembar bukan UTF-8");
         // The cells read back through the CSV reader, each at its own cell.
         std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> cells;
         for (const rt::xlsx::cell& c : sheet->cells) {
            cells[{c.row, c.column}] = c.text;
            if (c.type == rt::xlsx::cell::kind::number) {
               const std::string plain = c.text.back() == '%' ? c.text.substr(0, c.text.size() - 1) : c.text;
               const auto n = core::parse_number(plain, core::number_kind::decimal,
                                                 core::number_style::point_decimal);
               promise(n.error == core::number_error::none, "angka sel tidak terbaca");
            }
         }
         const lang::source_file file("buku.xlsx:lembar", *text);
         rt::csv::reader reader(file.text(), delimiter);
         rt::csv::record record;
         std::size_t seen = 0;
         while (reader.next(record)) {
            for (const rt::csv::field& f : record.fields) {
               const std::size_t offset = f.text.data() >= file.text().data() &&
                                                f.text.data() <= file.text().data() + file.text().size()
                                             ? static_cast<std::size_t>(f.text.data() - file.text().data())
                                             : rt::csv_place(file, f.line, f.column).begin;
               const lang::sheet_origin::cell* at = origin.at(offset);
               promise(at != nullptr, "field tanpa sel");
               const auto it = cells.find({at->row, at->column});
               promise((it == cells.end() ? std::string_view{} : std::string_view(it->second)) == f.text,
                       "sel tidak terbaca kembali sama");
               seen += it == cells.end() ? 0 : 1;
            }
         }
         promise(!reader.error(), "teks CSV lembar tidak terbaca");
         // A row whose only cells are empty texts is a blank line, which the reader skips.
         promise(seen <= cells.size(), "sel terbaca lebih dari yang ada");
      }
   }
}

} // namespace

void workbook_file(std::string_view input)
{
   auto parts = default_parts();
   std::size_t k = 0;
   for (std::size_t from = 0; from <= input.size() && k < parts.size(); ++k) {
      const std::size_t at = input.find("\n@@\n", from);
      const std::string_view piece = input.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from);
      if (!piece.empty()) {
         parts[k].second = std::string(piece);
      }
      if (at == std::string_view::npos) {
         break;
      }
      from = at + 4;
   }
   read_workbook(zipped(parts));
   read_workbook(input);
}

} // namespace ind::fuzz
