// ind eval|audit RULES_DIR --data ROOT: every rule file RULES_DIR/<name>.ind over each period
// folder ROOT/<name>/<period>/ (the layout of rules/ and examples/), on every core, in one long
// table (text, CSV, JSON, JSON lines, XLSX) or, for eval, an HTML index of every report.
#include "runtime/cli/batch.hpp"
#include "runtime/cli/session.hpp"
#include "runtime/audit_batch.hpp"
#include "runtime/report/batch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <sstream>
#include <thread>

#include <unistd.h>

namespace ind::cli {

namespace fs = std::filesystem;

namespace {

struct job
{
   std::string rules; // the rule file
   std::string name;  // its name without .ind
   fs::path data;     // ROOT/<name>/<period>
   std::string when;
   std::string diagnostics; // as they would have been printed
   std::unique_ptr<evaluation> run;
   std::optional<rt::audit_result> audit;
   bool failed = false;
};

// What a batch is asked for, from eval's or audit's options.
struct batch_request
{
   std::string rules; // the folder of rule files
   std::string data;  // the data root
   std::optional<std::string> period;
   std::string format;
   std::string locale;
   std::optional<std::string> out;
   std::optional<bool> bom;
   bool audit = false;
   bool reproducible = false;
   std::optional<rt::stamp_mode> stamp; // of the HTML reports, which carry their provenance
};

// The period folders of one rule file: the one --period names, or every folder whose name is a
// period, in name order. A rule file without a data folder has nothing to evaluate.
std::vector<job> jobs_of(const std::string& rules, const fs::path& root,
                         const std::optional<std::string>& period)
{
   const std::string name = fs::path(rules).stem().string();
   const fs::path folder = root / name;
   std::vector<job> out;
   std::error_code ec;
   if (period) {
      out.push_back({rules, name, folder / *period, *period, {}, nullptr, std::nullopt, false});
      return out;
   }
   for (const auto& entry : fs::directory_iterator(folder, ec)) {
      if (entry.is_directory(ec) && rt::period_of_folder(entry.path())) {
         out.push_back({rules, name, entry.path(), entry.path().filename().string(), {}, nullptr,
                        std::nullopt, false});
      }
   }
   std::sort(out.begin(), out.end(), [](const job& a, const job& b) { return a.data < b.data; });
   return out;
}

void run_job(job& j, const batch_request& request, const common_options& common)
{
   session s(common);
   std::ostringstream diagnostics;
   s.diagnostics_out = &diagnostics;
   if (!fs::is_directory(j.data)) {
      diagnostics << fmt::format("error[E-DATA-BERKAS]: folder data {} tidak ada\n", j.data.string());
   }
   else {
      j.run = evaluate(s, j.rules, j.data.string(), j.when, {}, request.out, request.stamp);
   }
   if (j.run && request.audit) {
      s.sink.clear(); // evaluate() has shown its warnings
      j.audit = rt::audit(*j.run->rules.program, j.run->run->eval(), j.run->document,
                          j.run->when, s.sources, s.sink);
      s.report();
      // A printed-figures file with rows that cannot be read: the rows that could are still
      // listed, and the run counts as failed.
      j.failed = s.sink.has_errors();
      if (j.failed && j.audit->items.empty()) {
         j.audit.reset(); // nothing compared: the run is only a failure
      }
   }
   j.failed = j.failed || !j.run;
   j.diagnostics = diagnostics.str();
   if (!j.diagnostics.empty() && j.diagnostics.back() != '\n') {
      j.diagnostics += '\n';
   }
}

// Whether `out` would be written in one of `folders` or in any folder below them: a batch reads
// every folder under its data root, so its report never goes there.
bool writes_under(const std::string& out, const std::vector<fs::path>& folders)
{
   std::error_code ec;
   fs::path at = fs::weakly_canonical(fs::absolute(out, ec), ec).parent_path();
   for (; !at.empty(); at = at.parent_path()) {
      if (rt::same_file_as_any(at, folders)) {
         return true;
      }
      if (at == at.root_path()) {
         break;
      }
   }
   return false;
}

// The first line that names an error: what a failed run's row in the JSON says.
std::string first_error(const std::string& diagnostics)
{
   std::istringstream in(diagnostics);
   std::string line;
   while (std::getline(in, line)) {
      if (line.find("error[") != std::string::npos) {
         return line;
      }
   }
   return diagnostics.substr(0, diagnostics.find('\n'));
}

// The pairs of rule file and period folder, each run on a core of its own; a progress line on
// a terminal.
void run_all(std::vector<job>& jobs, const batch_request& request, const common_options& common)
{
   // Each run has its own session and evaluator; the runs share nothing but the stdlib files,
   // which each loads for itself.
   std::atomic<std::size_t> next{0};
   std::atomic<std::size_t> done{0};
   const bool progress = isatty(STDERR_FILENO) != 0;
   const auto worker = [&] {
      for (std::size_t i = next++; i < jobs.size(); i = next++) {
         run_job(jobs[i], request, common);
         const std::size_t finished = ++done;
         if (progress) {
            std::cerr << fmt::format("\r[{}/{}] {} {}\x1b[K", finished, jobs.size(), jobs[i].name,
                                     jobs[i].when)
                      << std::flush;
         }
      }
   };
   const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
   std::vector<std::thread> workers;
   for (unsigned w = 1; w < std::min<std::size_t>(cores, jobs.size()); ++w) {
      workers.emplace_back(worker);
   }
   worker();
   for (std::thread& t : workers) {
      t.join();
   }
   if (progress) {
      std::cerr << "\r\x1b[K";
   }
}

// What a batch prints: the results of every run, and the audits of those that were audited.
struct batch_output
{
   std::vector<rt::report::batch_result> results;
   std::vector<rt::audited_run> audits;
   bool mismatches = false; // an audited figure does not match
   bool data_findings = false; // has_data_findings of a run: a syarat not satisfied, ...
};

// The results in the order of the jobs, each run's diagnostics shown; `failed` counts the runs
// that failed.
batch_output collect(std::vector<job>& jobs, std::size_t& failed)
{
   batch_output out;
   failed = 0;
   for (job& j : jobs) {
      std::cerr << j.diagnostics;
      rt::report::batch_result r{j.name, j.when, std::nullopt, {}};
      std::size_t conditions = 0;
      if (j.run) {
         conditions = rt::condition_findings(j.run->document.conditions);
         out.data_findings = out.data_findings || has_data_findings(*j.run);
         r.doc = std::move(j.run->document);
      }
      if (j.failed) {
         ++failed;
         r.failure = first_error(j.diagnostics);
         std::cerr << fmt::format("{} {}: gagal{}\n", j.rules, j.when,
                                  j.audit ? ", angka yang terbaca tetap diperiksa" : ", dilewati");
      }
      if (j.audit) {
         out.mismatches = out.mismatches || j.audit->findings() > 0;
         out.audits.push_back({j.name, j.when, std::move(*j.audit), conditions});
      }
      out.results.push_back(std::move(r));
   }
   return out;
}

// The formats of a batch: eval's and audit's long table, the same rows as JSON.
const std::vector<std::string>& batch_formats(bool audit)
{
   static const std::vector<std::string> eval = {"table", "csv", "json", "jsonl", "xlsx", "html"};
   static const std::vector<std::string> audited = {"text", "csv", "json", "jsonl", "xlsx"};
   return audit ? audited : eval;
}

// The tables of a batch, as the human formats and the workbook show them: the long table, for an
// audit the verdict of each run, and the runs that failed (in a workbook always, as a sheet a
// program can look for; on the terminal only when there are any).
std::vector<rt::report::table> batch_tables(const batch_request& request,
                                            const batch_output& output,
                                            const rt::report::table_style& style, bool workbook)
{
   std::vector<rt::report::table> out;
   if (request.audit) {
      out.push_back(rt::batch_audit_table(output.audits, style));
      out.push_back(rt::batch_verdict_table(output.audits, style));
   }
   else {
      out.push_back(rt::report::batch_table(output.results, style));
   }
   rt::report::table failed = rt::report::batch_failures_table(output.results);
   if (workbook || !failed.rows.empty()) {
      out.push_back(std::move(failed));
   }
   return out;
}

// The long table, the verdicts and the failures as sheets of a workbook, numbers as numbers.
int write_workbook(const batch_request& request, const batch_output& output)
{
   const core::locale loc = request.locale == "en" ? core::locale::en : core::locale::id;
   const std::vector<rt::report::table> tables = batch_tables(request, output, {loc, true}, true);
   std::string error;
   const bool written = replace_atomically(
      *request.out,
      [&](const fs::path& temporary, std::string& message) {
         return rt::report::render_xlsx_tables(temporary, tables.front().title, tables, message);
      },
      error);
   if (!written) {
      usage_error(error);
      return input_error;
   }
   return ok;
}

// DIR/index.html and each run's own HTML report beside it, by the report's renderer.
int write_html(const batch_request& request,
               const std::vector<rt::report::batch_result>& results)
{
   const fs::path folder = *request.out;
   std::error_code ec;
   fs::create_directories(folder, ec);
   if (ec) {
      usage_error(fmt::format("folder {} tidak dapat dibuat: {}", folder.string(), ec.message()));
      return input_error;
   }
   const rt::report::render_options options{
      request.locale == "en" ? core::locale::en : core::locale::id, false};
   std::string error;
   for (const rt::report::batch_result& r : results) {
      if (!r.doc) {
         continue;
      }
      std::ostringstream page;
      rt::report::render_html(page, *r.doc, options);
      if (!write_atomically(folder / rt::report::report_file_name(r), page.str(), error)) {
         usage_error(error);
         return input_error;
      }
   }
   std::ostringstream index;
   rt::report::render_batch_html(index, results, options);
   if (!write_atomically(folder / "index.html", index.str(), error)) {
      usage_error(error);
      return input_error;
   }
   return ok;
}

// The long table in the format asked for; an exit code.
int write_output(const batch_request& request, const batch_output& output)
{
   const std::vector<rt::report::batch_result>& results = output.results;
   if (request.format == "xlsx") {
      return write_workbook(request, output);
   }
   if (request.format == "html") {
      return write_html(request, results);
   }
   const core::locale loc = request.locale == "en" ? core::locale::en : core::locale::id;
   std::ostringstream text;
   if (request.format == "jsonl") {
      // The rows of the JSON output, one object a line; failed runs are on standard error and
      // in the exit code.
      rt::report::render_json_lines(text, request.audit ? rt::batch_audit_rows(output.audits)
                                                        : rt::report::batch_rows(results));
   }
   else if (request.format == "json") {
      if (request.audit) {
         rt::render_batch_audit_json(text, output.audits, rt::report::batch_failures(results));
      }
      else {
         rt::report::render_batch_json(text, results);
      }
   }
   else {
      const rt::report::table t =
         request.audit ? rt::batch_audit_table(output.audits, {loc, request.format != "csv"})
                       : rt::report::batch_table(results, {loc, request.format != "csv"});
      if (request.format == "csv") {
         // A byte-order mark as eval's CSV has one: Excel then reads the file as UTF-8.
         if (request.bom.value_or(request.out && loc == core::locale::id)) {
            text << "\xEF\xBB\xBF";
         }
         rt::report::print_csv(text, t, loc == core::locale::id ? ';' : ',');
      }
      else {
         // On the terminal, the verdicts and the failures follow the long table.
         const std::vector<rt::report::table> tables =
            batch_tables(request, output, {loc, true}, false);
         for (std::size_t i = 0; i < tables.size(); ++i) {
            text << (i == 0 ? "" : "\n");
            rt::report::print_aligned(text, tables[i]);
         }
      }
   }
   if (!request.out) {
      std::cout << text.str();
      return ok;
   }
   std::string error;
   if (!write_atomically(*request.out, text.str(), error)) {
      usage_error(error);
      return input_error;
   }
   return ok;
}

int run_request(batch_request request, const common_options& common)
{
   if (request.format == "html") {
      request.stamp = stamp_mode(request.reproducible);
      if (!request.stamp) {
         return input_error;
      }
   }
   const std::vector<std::string>& formats = batch_formats(request.audit);
   if (std::find(formats.begin(), formats.end(), request.format) == formats.end()) {
      usage_error(fmt::format("format '{}' tidak tersedia untuk folder aturan", request.format),
                  fmt::format("pilih {}; laporan satu instansi: sebut berkas .ind-nya",
                              name_list(formats)));
      return input_error;
   }
   if (request.format == "xlsx" && !request.out) {
      usage_error("format xlsx wajib memakai --out", "mis. --out semua.xlsx");
      return input_error;
   }
   if (request.format == "html" &&
       (!request.out || fs::path(*request.out).extension() == ".html")) {
      usage_error("format html untuk folder aturan menulis ke folder: index.html dan laporan "
                  "setiap instansi",
                  "mis. --out laporan/");
      return input_error;
   }
   if (request.out && (rt::same_file_as_any(*request.out, {request.rules, request.data}) ||
                       writes_under(*request.out, {request.rules, request.data}))) {
      refuse_out();
      return input_error;
   }
   std::vector<job> jobs;
   for (const std::string& rules : rule_files({request.rules})) {
      for (job& j : jobs_of(rules, request.data, request.period)) {
         jobs.push_back(std::move(j));
      }
   }
   if (jobs.empty()) {
      usage_error(fmt::format("tidak ada pasangan aturan dan data: {}/<nama>.ind dengan "
                              "{}/<nama>/<periode>/",
                              request.rules, request.data),
                  "susun data seperti examples/: satu folder per berkas aturan, satu subfolder "
                  "per periode");
      return input_error;
   }
   run_all(jobs, request, common);
   std::size_t failed = 0;
   const batch_output output = collect(jobs, failed);
   const int written = write_output(request, output);
   if (written != ok) {
      return written;
   }
   if (failed > 0) {
      std::cerr << fmt::format("{} dari {} {} gagal\n", failed, jobs.size(),
                               request.audit ? "audit" : "evaluasi");
      return input_error;
   }
   if (output.mismatches || output.data_findings) {
      return findings;
   }
   return ok;
}

} // namespace

int run_batch(const eval_options& options, const common_options& common)
{
   if (options.scan.rows) {
      usage_error("--rows hanya untuk satu berkas aturan", "sebut berkas .ind-nya");
      return input_error;
   }
   batch_request request{options.file,   options.data, options.period,
                         options.format, options.locale, options.out,
                         options.bom,    false,          options.reproducible,
                         std::nullopt};
   return run_request(request, common);
}

int run_batch_audit(const audit_options& options, const common_options& common)
{
   batch_request request{options.file,   options.data, options.period,
                         options.format, options.locale, options.out,
                         options.bom,    true,           options.reproducible,
                         std::nullopt};
   return run_request(request, common);
}

} // namespace ind::cli
