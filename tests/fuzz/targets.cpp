#include "tests/fuzz/targets.hpp"

#include "lang/check.hpp"
#include "lang/limits.hpp"
#include "lang/loader.hpp"
#include "lang/parser.hpp"
#include "lang/resolve.hpp"
#include "runtime/data/csv.hpp"
#include "core/number_format.hpp"
#include "runtime/report/model.hpp"
#include "runtime/report/render.hpp"
#include "runtime/run.hpp"
#include "runtime/roster/source.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <unistd.h>

namespace ind::fuzz {

namespace {

// A promise every input must keep; its failure is a bug.
void promise(bool kept, const char* what)
{
   if (!kept) {
      std::fprintf(stderr, "janji dilanggar: %s\n", what);
      std::abort();
   }
}

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

void rule_file(std::string_view text)
{
   lang::source_manager sources;
   used_module_reading(sources, text);
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

} // namespace ind::fuzz
