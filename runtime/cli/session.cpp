#include "runtime/cli/session.hpp"

#include "lang/check.hpp"
#include "lang/resolve.hpp"
#include "runtime/conditions.hpp"
#include "runtime/output_file.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>

#include <unistd.h>

namespace ind::cli {

lang::load_options session::load_options() const
{
   return {common.stdlib_dirs.empty() ? lang::default_stdlib_dirs() : common.stdlib_dirs};
}

void session::report(bool warnings)
{
   lang::render_options options = common.diagnostics;
   options.show_warnings = warnings;
   lang::render(*diagnostics_out, sink, options);
}

compiled compile(session& s, const std::string& path)
{
   compiled out;
   out.modules = lang::load(s.sources, path, s.load_options(), s.sink);
   if (!out.modules.complete) {
      return out;
   }
   out.program = lang::resolve(out.modules, s.sink);
   if (!s.sink.has_errors()) {
      lang::check(*out.program, s.sink);
   }
   return out;
}

bool has_data_findings(const evaluation& e)
{
   return rt::any_condition_finding(e.document.conditions) || e.run->eval().data_findings() > 0 ||
          e.run->data.budget_disagreements > 0 || (e.document.renja && e.document.renja->findings > 0);
}

void usage_error(const std::string& message, const std::string& hint)
{
   lang::diagnostic d;
   d.code = "E-PERINTAH";
   d.message = message;
   d.hint = hint;
   lang::render(std::cerr, d, {});
}

std::optional<core::period> evaluation_period(const std::optional<std::string>& period,
                                            const std::string& data)
{
   if (period) {
      auto when = core::period::parse(*period);
      if (!when) {
         usage_error(fmt::format("periode '{}' tidak dikenal", *period),
                     std::string(core::period_forms_hint));
      }
      return when;
   }
   auto when = rt::period_of_folder(data);
   if (!when) {
      usage_error(
         fmt::format("periode tidak disebut dan tidak dapat dibaca dari nama folder data '{}'", data),
                  "tambahkan --period 2024, atau namai folder data menurut periodenya");
   }
   return when;
}

core::period undated_period(const lang::program& p)
{
   return p.latest_year().value_or(core::period::of_year(2999));
}

namespace {

// The one table `--data FILE` and `--rows` refer to; nullptr after a usage error.
const lang::table* only_table(const lang::program& p, const std::string& what,
                             const std::string& otherwise)
{
   if (p.tables.size() != 1 || p.realisasi || p.budget) {
      usage_error(fmt::format("{} hanya untuk berkas aturan yang menyatakan tepat satu tabel dan "
                              "tidak menyatakan realisasi atau anggaran",
                              what),
                  fmt::format("berkas ini menyatakan {} tabel{}; {}", p.tables.size(),
                              p.realisasi || p.budget ? " dan data realisasi atau anggaran" : "",
                              otherwise));
      return nullptr;
   }
   return p.tables.front().get();
}

// Every file the run has read or will read, as spelled where it was named.
std::vector<std::filesystem::path> inputs(const session& s, const lang::program& p,
                                          const rt::dataset& data, const std::string& rules,
                                          const std::string& data_path,
                                          const std::filesystem::path& folder)
{
   std::vector<std::filesystem::path> files{rules, data_path};
   files.insert(files.end(), s.sources.opened().begin(), s.sources.opened().end());
   for (const auto& [table, source] : data.sources) {
      files.push_back(source.path);
   }
   if (p.printed) {
      files.push_back(folder / p.printed->file);
   }
   return files;
}

// Whether two output paths name the same file, existing or not yet.
bool same_output(const std::string& a, const std::string& b)
{
   std::error_code ec;
   const auto normal = [&](const std::string& path) {
      return std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
   };
   return rt::same_file_as_any(a, {b}) || normal(a) == normal(b);
}

} // namespace

std::unique_ptr<evaluation> evaluate(session& s, const std::string& rules, const std::string& data,
                                     const std::optional<std::string>& period,
                                     const scan_options& scan,
                                     const std::optional<std::string>& out,
                                     const std::optional<rt::stamp_mode>& stamp)
{
   namespace fs = std::filesystem;
   // A malformed --period is a usage error before anything is read.
   if (period && !evaluation_period(period, data)) {
      return nullptr;
   }
   if (scan.on_error != "stop" && scan.on_error != "skip") {
      usage_error(fmt::format("--on-error '{}' tidak dikenal", scan.on_error),
                  "pilih stop (berhenti pada sel pertama yang tidak terbaca) atau skip (lewati "
                  "barisnya)");
      return nullptr;
   }
   auto ev = std::make_unique<evaluation>();
   ev->rules = compile(s, rules);
   if (s.sink.has_errors() || !ev->rules.program) {
      s.report(false);
      return nullptr;
   }
   s.sink.clear(); // findings of `check` are for `ind check`; evaluation reports what it computes
   const lang::program& p = *ev->rules.program;

   // --data names a folder, a workbook, or the one CSV file of a rule file with one table.
   std::error_code ec;
   const rt::data_kind kind = rt::kind_of_data(data);
   const bool one_file = kind == rt::data_kind::file;
   const fs::path folder =
      one_file ? (fs::path(data).has_parent_path() ? fs::path(data).parent_path() : fs::path("."))
               : fs::path(data);
   rt::run_options options;
   rt::load_options& load = options.load;
   load.errors = scan.on_error == "skip" ? rt::on_error::skip : rt::on_error::stop;
   const lang::table* rows_table = nullptr;
   if (one_file) {
      const lang::table* t =
         only_table(p, "--data BERKAS.csv", "sebut folder datanya: --data FOLDER");
      if (!t) {
         return nullptr;
      }
      load.files[t] = data;
      load.streamed.insert(t);
   }
   if (scan.rows && kind == rt::data_kind::workbook) {
      usage_error("--rows hanya untuk data CSV, bukan buku kerja",
                  "simpan lembar tabelnya sebagai CSV UTF-8 dan beri --data BERKAS.csv");
      return nullptr;
   }
   if (scan.rows) {
      rows_table = only_table(p, "--rows", "--rows menulis baris satu-satunya tabel berkas aturan");
      if (!rows_table) {
         return nullptr;
      }
      if (out && same_output(*scan.rows, *out)) {
         usage_error("--rows dan --out menyebut berkas yang sama: satu hasil akan hilang",
                     "tulis baris (--rows) dan laporan (--out) ke dua berkas berbeda");
         return nullptr;
      }
      const fs::path parent = fs::path(*scan.rows).parent_path();
      if (!parent.empty() && !fs::is_directory(parent, ec)) {
         usage_error(fmt::format("folder '{}' untuk --rows tidak ada", parent.string()),
                     "buat foldernya dahulu, atau tulis ke folder lain");
         return nullptr;
      }
      load.streamed.insert(rows_table);
   }

   // A folder that does not exist says nothing about the period either.
   if (!one_file && !rt::data_folder_exists(folder, s.sink)) {
      s.report();
      return nullptr;
   }
   // The period: --period, else the data folder's name, else none at all for a rule file that
   // needs none.
   bool dated = true;
   std::optional<core::period> when;
   if (period) {
      when = core::period::parse(*period);
   }
   else if (auto named = rt::period_of_folder(folder)) {
      when = named;
   }
   else if (!rt::needs_period(p)) {
      when = undated_period(p);
      dated = false;
   }
   else if (kind == rt::data_kind::workbook) {
      usage_error(fmt::format("periode tidak disebut; buku kerja '{}' tidak membawa periode datanya",
                              data),
                  "tambahkan --period 2024 (atau 2024-TW2, 2024-S1): periode baris yang tidak "
                  "punya kolom periode");
      return nullptr;
   }
   else if (!(when = evaluation_period(std::nullopt, folder.string()))) {
      return nullptr;
   }
   ev->when = *when;
   // Rows of tables without a period column belong to the folder's own period (a folder named
   // 2024 holds 2024 data), whatever period is evaluated; other periods come from period
   // columns and the realisasi file.
   const core::period data_period = rt::period_of_folder(folder).value_or(*when);
   rt::roster::engine_options& streaming = options.streaming;
   streaming.threads = scan.threads;
   streaming.progress = isatty(STDERR_FILENO) != 0;
   if (scan.rows) {
      streaming.rows = rt::roster::rows_request{
         rows_table, *when, *scan.rows, scan.locale == "en" ? core::locale::en : core::locale::id};
   }
   ev->run = rt::start_run(p, folder, data_period, options, s.sources, s.sink);
   if (s.sink.has_errors()) {
      s.report();
      return nullptr;
   }
   // Only now is every file the run reads known: modules used, data files named by the rules.
   const std::vector<fs::path> read = inputs(s, p, ev->run->data, rules, data, folder);
   if (scan.rows && rt::same_file_as_any(*scan.rows, read)) {
      usage_error("--rows tidak boleh menimpa berkas aturan atau berkas data",
                  "tulis baris ke tempat lain");
      return nullptr;
   }
   if (out && (rt::same_file_as_any(*out, read) || writes_into_folder(*out, data))) {
      refuse_out();
      return nullptr;
   }
   ev->document = rt::report::build(p, ev->run->eval(), *when, s.sink);
   ev->document.dated = dated;
   ev->run->engine().read_unread(*when);
   if (!s.sink.has_errors()) {
      ev->run->engine().finish(*when);
   }
   if (s.sink.has_errors()) {
      s.report();
      return nullptr;
   }
   s.report();
   if (stamp) {
      // Every file is read by now: modules, held tables, and each streamed table once.
      ev->document.origin = rt::stamp(*stamp, ev->rules.modules, s.sources, *ev->run);
   }
   return ev;
}

std::optional<rt::stamp_mode> stamp_mode(bool reproducible)
{
   rt::stamp_mode mode;
   mode.reproducible = reproducible;
   mode.clock = reproducible ? rt::stamp_clock::none : rt::stamp_clock::wall;
   const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
   if (!epoch) {
      return mode;
   }
   const std::optional<std::int64_t> seconds = rt::parse_source_date_epoch(epoch);
   if (!seconds) {
      lang::diagnostic d;
      d.code = "E-WAKTU";
      d.message = fmt::format("SOURCE_DATE_EPOCH '{}' bukan jumlah detik sejak 1970-01-01 UTC",
                              lang::printable_text(epoch));
      d.hint = fmt::format("tulis bilangan bulat tanpa tanda, paling besar {} (akhir tahun 9999), "
                           "mis. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct); atau hapus "
                           "variabel itu (unset SOURCE_DATE_EPOCH) agar waktu diambil dari jam "
                           "sistem",
                           rt::max_source_date_epoch);
      lang::render(std::cerr, d, {});
      return std::nullopt;
   }
   // As https://reproducible-builds.org/specs/source-date-epoch/ asks: the time given replaces
   // the clock, and the output depends only on the files read.
   mode.reproducible = true;
   mode.clock = rt::stamp_clock::source_date_epoch;
   mode.epoch = *seconds;
   return mode;
}

} // namespace ind::cli
