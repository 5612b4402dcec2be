#include "runtime/cli/session.hpp"

#include "lang/check.hpp"
#include "lang/resolve.hpp"

#include <iostream>

namespace ind::cli {

lang::load_options session::load_options() const
{
   return {common.stdlib_dirs.empty() ? lang::default_stdlib_dirs() : common.stdlib_dirs};
}

void session::report(bool warnings)
{
   lang::render_options options = common.diagnostics;
   options.show_warnings = warnings;
   lang::render(std::cerr, sink, options);
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

void usage_error(const std::string& message, const std::string& hint)
{
   lang::diagnostic d;
   d.code = "E-PERINTAH";
   d.message = message;
   d.hint = hint;
   lang::render(std::cerr, d, {});
}

std::optional<rt::period> evaluation_period(const std::optional<std::string>& period,
                                            const std::string& data)
{
   if (period) {
      auto when = rt::period::parse(*period);
      if (!when) {
         usage_error("periode '" + *period + "' tidak dikenal", "tulis 2024, 2024-TW2 atau 2024-S1");
      }
      return when;
   }
   auto when = rt::period_of_folder(data);
   if (!when) {
      usage_error("periode tidak disebut dan tidak dapat dibaca dari nama folder data '" + data +
                     "'",
                  "tambahkan --period 2024, atau namai folder data menurut periodenya");
   }
   return when;
}

std::unique_ptr<evaluation> evaluate(session& s, const std::string& rules, const std::string& data,
                                     const std::optional<std::string>& period)
{
   const std::optional<rt::period> when = evaluation_period(period, data);
   if (!when) {
      return nullptr;
   }
   auto run = std::make_unique<evaluation>();
   run->when = *when;
   run->rules = compile(s, rules);
   if (s.sink.has_errors() || !run->rules.program) {
      s.report(false);
      return nullptr;
   }
   s.sink.clear(); // findings of `check` are for `ind check`; evaluation reports what it computes
   // Rows of tables without a period column belong to the folder's own period (a folder named
   // 2024 holds 2024 data), whatever period is evaluated; other periods come from period
   // columns and the realisasi file.
   const rt::period data_period = rt::period_of_folder(data).value_or(*when);
   const lang::program& p = *run->rules.program;
   run->data = rt::load_dataset(p, data, data_period, s.sources, s.sink);
   if (s.sink.has_errors()) {
      s.report();
      return nullptr;
   }
   run->eval = std::make_unique<rt::evaluator>(p, run->data, s.sink);
   run->document = rt::report::build(p, *run->eval, *when, s.sink);
   if (s.sink.has_errors()) {
      s.report();
      return nullptr;
   }
   s.report();
   return run;
}

} // namespace ind::cli
