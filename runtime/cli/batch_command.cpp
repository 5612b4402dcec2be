// ind eval RULES_DIR --data ROOT: every rule file RULES_DIR/<name>.ind over each period folder
// ROOT/<name>/<period>/ (the layout of rules/ and examples/), on every core, in one long table.
#include "runtime/cli/batch.hpp"
#include "runtime/cli/session.hpp"
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
      out.push_back({rules, name, folder / *period, *period, {}, nullptr});
      return out;
   }
   for (const auto& entry : fs::directory_iterator(folder, ec)) {
      if (entry.is_directory(ec) && rt::period_of_folder(entry.path())) {
         out.push_back({rules, name, entry.path(), entry.path().filename().string(), {}, nullptr});
      }
   }
   std::sort(out.begin(), out.end(), [](const job& a, const job& b) { return a.data < b.data; });
   return out;
}

void run_job(job& j, const eval_options& options, const common_options& common)
{
   session s(common);
   std::ostringstream diagnostics;
   s.diagnostics_out = &diagnostics;
   if (!fs::is_directory(j.data)) {
      diagnostics << fmt::format("error[E-DATA-BERKAS]: folder data {} tidak ada\n", j.data.string());
   }
   else {
      j.run = evaluate(s, j.rules, j.data.string(), j.when, options.scan, options.out);
   }
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

} // namespace

int run_batch(const eval_options& options, const common_options& common)
{
   if (options.format != "table" && options.format != "csv" && options.format != "json") {
      usage_error(fmt::format("format '{}' tidak tersedia untuk folder aturan", options.format),
                  "pilih table, csv atau json; laporan satu instansi: sebut berkas .ind-nya");
      return input_error;
   }
   if (options.scan.rows) {
      usage_error("--rows hanya untuk satu berkas aturan", "sebut berkas .ind-nya");
      return input_error;
   }
   if (options.out && (rt::same_file_as_any(*options.out, {options.file, options.data}) ||
                       writes_under(*options.out, {options.file, options.data}))) {
      refuse_out();
      return input_error;
   }
   std::vector<job> jobs;
   for (const std::string& rules : rule_files({options.file})) {
      for (job& j : jobs_of(rules, options.data, options.period)) {
         jobs.push_back(std::move(j));
      }
   }
   if (jobs.empty()) {
      usage_error(fmt::format("tidak ada pasangan aturan dan data: {}/<nama>.ind dengan "
                              "{}/<nama>/<periode>/",
                              options.file, options.data),
                  "susun data seperti examples/: satu folder per berkas aturan, satu subfolder "
                  "per periode");
      return input_error;
   }

   // Each run has its own session and evaluator; the runs share nothing but the stdlib files,
   // which each loads for itself.
   std::atomic<std::size_t> next{0};
   std::atomic<std::size_t> done{0};
   const bool progress = isatty(STDERR_FILENO) != 0;
   const auto worker = [&] {
      for (std::size_t i = next++; i < jobs.size(); i = next++) {
         run_job(jobs[i], options, common);
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

   std::vector<rt::report::batch_result> results;
   std::size_t failed = 0;
   for (job& j : jobs) {
      std::cerr << j.diagnostics;
      rt::report::batch_result r{j.name, j.when, std::nullopt, {}};
      if (j.run) {
         r.doc = std::move(j.run->document);
      }
      else {
         ++failed;
         r.failure = first_error(j.diagnostics);
         std::cerr << fmt::format("{} {}: gagal, dilewati\n", j.rules, j.when);
      }
      results.push_back(std::move(r));
   }

   const core::locale loc = options.locale == "en" ? core::locale::en : core::locale::id;
   std::ostringstream text;
   if (options.format == "json") {
      rt::report::render_batch_json(text, results);
   }
   else {
      const rt::report::table t = rt::report::batch_table(results, {loc, options.format != "csv"});
      if (options.format == "csv") {
         rt::report::print_csv(text, t, loc == core::locale::id ? ';' : ',');
      }
      else {
         rt::report::print_aligned(text, t);
      }
   }
   if (options.out) {
      std::string error;
      if (!write_atomically(*options.out, text.str(), error)) {
         usage_error(error);
         return input_error;
      }
   }
   else {
      std::cout << text.str();
   }
   if (failed > 0) {
      std::cerr << fmt::format("{} dari {} evaluasi gagal\n", failed, jobs.size());
      return input_error;
   }
   return ok;
}

} // namespace ind::cli
