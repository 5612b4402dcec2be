// ind test: run the examples (`contoh`) written inside rule files.
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"
#include "lang/walk.hpp"
#include "runtime/conditions.hpp"
#include "runtime/run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <set>

namespace ind::cli {

namespace {

// The period of an example: its own `periode`, else the latest year its file names, in which the
// last version of every definition is in force (undated_period).
core::period example_period(const lang::program& p, const lang::example& ex)
{
   return ex.when ? *ex.when : undated_period(p);
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
   std::string message = fmt::format("contoh \"{}\": ", ex.title);
   std::string hint;
   // The sides are evaluated once more, only for a statement that failed, to show them.
   const std::optional<rt::comparison_sides> sides = rt::sides_of(eval, statement, scope);
   const bool equality = sides && sides->equality;
   if (!equality && outcome.is_missing()) {
      message += "pernyataan tidak dapat dinilai";
      hint = outcome.as_missing().reason;
   }
   else if (sides) {
      if (equality) {
         message += fmt::format("diharapkan {}, didapat {}", sides->right.describe(),
                                sides->left.describe());
         if (sides->left.is_missing()) {
            hint = sides->left.as_missing().reason;
         }
      }
      else {
         message += fmt::format("pernyataan ini salah: sisi kiri {}, sisi kanan {}",
                                sides->left.describe(), sides->right.describe());
      }
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
      const core::period when = example_period(p, *ex);
      rt::dataset no_data;
      no_data.data_period = when;
      const rt::evaluation wired = rt::wire(p, no_data, sink);
      rt::evaluator& eval = *wired.eval;
      if (!ex->when && !p.latest_year()) {
         eval.without_period("contoh ini tanpa periode dan berkasnya tidak menyebut tahun; tulis "
                             "contoh \"" + ex->title + "\" periode 2024");
      }
      const rt::evaluator::env scope{when, nullptr, nullptr, nullptr, 0, 0};
      for (const auto& g : ex->givens) {
         eval.give(rt::given::reference{g.entity}, eval.evaluate(*g.value, scope));
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

// The declarations of a module, each version apart, that no statement of the module's examples
// names: a module is written to be used by other files, so each of its rules, scales, weights and
// tetapan shows in an example of its own what it gives (a version in the example's period).
std::size_t report_untested(const lang::program& p, lang::diagnostic_sink& sink)
{
   if (!p.library) {
      return 0;
   }
   std::set<const void*> named;
   for (const auto& ex : p.examples) {
      if (!ex->owner || !ex->owner->name.empty()) {
         continue;
      }
      const core::period when = example_period(p, *ex);
      const auto mark = [&](const auto* first) {
         if (first) {
            named.insert(lang::in_force(*first, when));
         }
      };
      for (const auto& statement : ex->assertions) {
         lang::walk(*statement, [&](const lang::ir::expr& e) {
            std::visit(
               [&](const auto& node) {
                  using T = std::decay_t<decltype(node)>;
                  if constexpr (std::is_same_v<T, lang::ir::constant_ref> ||
                                std::is_same_v<T, lang::ir::value_ref>) {
                     mark(node.target);
                  }
                  else if constexpr (std::is_same_v<T, lang::ir::weight_ref>) {
                     mark(node.set);
                  }
                  else if constexpr (std::is_same_v<T, lang::ir::rule_call>) {
                     mark(node.callee);
                  }
                  else if constexpr (std::is_same_v<T, lang::ir::function_call>) {
                     mark(node.scale_arg);
                  }
               },
               e.node);
         });
      }
   }
   std::size_t untested = 0;
   const auto report = [&](const auto& all, const char* what) {
      for (const auto& d : all) {
         if (!d->owner || !d->owner->name.empty() || named.contains(d.get())) {
            continue;
         }
         ++untested;
         std::string version;
         if (d->info.since) {
            version += fmt::format(" sejak {}", d->info.since->to_string());
         }
         if (d->info.until) {
            version += fmt::format(" sampai {}", d->info.until->to_string());
         }
         if (!version.empty()) {
            version = fmt::format(" (versi berlaku{})", version);
         }
         sink.warning("W-TANPA-CONTOH", d->where,
                      fmt::format("{} '{}'{} tidak dipakai langsung oleh pernyataan contoh mana pun",
                                  what, d->name, version),
                      "tulis contoh yang memakainya, dengan `periode` bila versinya berlaku "
                      "sejak atau sampai periode tertentu");
      }
   };
   report(p.constants, "tetapan");
   report(p.rules, "aturan");
   report(p.weights, "bobot");
   report(p.scales, "skala");
   return untested;
}

} // namespace

int run_test(const test_options& options, const common_options& common)
{
   int worst = ok;
   const std::vector<std::string> files = rule_files(options.paths);
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
      const std::size_t untested = report_untested(*c.program, s.sink);
      s.report();
      const std::string without =
         untested > 0 ? fmt::format("; {} deklarasi tanpa contoh", untested) : std::string{};
      if (count.examples == 0) {
         std::cout << file << ": tidak ada contoh" << without << "\n";
      }
      else if (count.failed == 0) {
         std::cout << file << ": " << count.examples << " contoh, " << count.statements
                   << " pernyataan, semua benar" << without << "\n";
      }
      else {
         std::cout << file << ": " << count.examples << " contoh, " << count.statements
                   << " pernyataan, " << count.failed << " salah" << without << "\n";
      }
      if (count.failed > 0 || untested > 0) {
         worst = std::max(worst, static_cast<int>(findings));
      }
      if (s.sink.has_errors() && count.failed == 0) {
         worst = input_error; // an error during evaluation that is not a failed statement
      }
   }
   return worst;
}

} // namespace ind::cli
