// ind test: run the examples (`contoh`) written inside rule files.
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"
#include "runtime/evaluator.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace ind::cli {

namespace fs = std::filesystem;

namespace {

// Examples without `periode` run in a period after every version's date, so they test the
// rules as they stand today.
const rt::period latest = rt::period::of_year(2999);

// The files named on the command line, folders expanded to their .ind files in name order.
std::vector<std::string> expand(const std::vector<std::string>& paths)
{
   std::vector<std::string> files;
   for (const std::string& path : paths) {
      std::error_code ec;
      if (!fs::is_directory(path, ec)) {
         files.push_back(path);
         continue;
      }
      std::vector<std::string> found;
      for (const auto& item : fs::directory_iterator(path, ec)) {
         if (item.path().extension() == ".ind") {
            found.push_back(item.path().string());
         }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
   }
   return files;
}

struct tally
{
   std::size_t examples = 0;
   std::size_t statements = 0;
   std::size_t failed = 0;
};

// One statement of an example that does not hold: for `a = b`, both sides are shown.
void report_failure(lang::diagnostic_sink& sink, rt::evaluator& eval, const lang::example& ex,
                    const lang::ir::expr& statement, const rt::value& outcome,
                    const rt::evaluator::env& scope)
{
   std::string message = "contoh \"" + ex.title + "\": ";
   std::string hint;
   const auto* comparison = std::get_if<lang::ir::binary>(&statement.node);
   if (comparison && comparison->op == lang::ast::binary_op::equal) {
      const rt::value actual = eval.evaluate(*comparison->lhs, scope);
      const rt::value expected = eval.evaluate(*comparison->rhs, scope);
      message += "diharapkan " + expected.describe() + ", didapat " + actual.describe();
      if (actual.is_missing()) {
         hint = actual.as_missing().reason;
      }
   }
   else if (outcome.is_missing()) {
      message += "pernyataan tidak dapat dinilai";
      hint = outcome.as_missing().reason;
   }
   else {
      message += "pernyataan ini salah";
   }
   sink.error("E-CONTOH", statement.where, message, hint);
}

void run_examples(const lang::program& p, lang::diagnostic_sink& sink, tally& count)
{
   for (const auto& ex : p.examples) {
      if (!ex->owner || !ex->owner->name.empty()) {
         continue; // examples of used modules are run when those modules are tested
      }
      ++count.examples;
      const rt::period when = ex->when.value_or(latest);
      rt::dataset no_data;
      no_data.data_period = when;
      rt::evaluator eval(p, no_data, sink);
      const rt::evaluator::env scope{when, nullptr, nullptr, nullptr, 0, 0};
      for (const auto& g : ex->givens) {
         eval.assume(g.entity, eval.evaluate(*g.value, scope));
      }
      for (const auto& statement : ex->assertions) {
         ++count.statements;
         const rt::value outcome = eval.evaluate(*statement, scope);
         if (outcome.is_bool() && outcome.as_bool()) {
            continue;
         }
         ++count.failed;
         report_failure(sink, eval, *ex, *statement, outcome, scope);
      }
   }
}

} // namespace

int run_test(const test_options& options, const common_options& common)
{
   int worst = ok;
   const std::vector<std::string> files = expand(options.paths);
   if (files.empty()) {
      std::cerr << "ind: tidak ada berkas .ind untuk diuji\n";
      return input_error;
   }
   for (const std::string& file : files) {
      session s(common);
      compiled c = compile(s, file);
      if (s.sink.has_errors() || !c.program) {
         s.report(false);
         std::cout << file << ": tidak dapat diuji (" << s.sink.error_count() << " galat)\n";
         worst = input_error;
         continue;
      }
      s.sink.clear();
      tally count;
      run_examples(*c.program, s.sink, count);
      s.report();
      if (count.examples == 0) {
         std::cout << file << ": tidak ada contoh\n";
      }
      else if (count.failed == 0) {
         std::cout << file << ": " << count.examples << " contoh, " << count.statements
                   << " pernyataan, semua benar\n";
      }
      else {
         std::cout << file << ": " << count.examples << " contoh, " << count.statements
                   << " pernyataan, " << count.failed << " salah\n";
         worst = std::max(worst, static_cast<int>(findings));
      }
      if (s.sink.has_errors() && count.failed == 0) {
         worst = input_error; // an error during evaluation that is not a failed statement
      }
   }
   return worst;
}

} // namespace ind::cli
