// ind explain: the derivation of one indicator's figures, or of one named value.
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"
#include "runtime/explain.hpp"

#include "lang/suggest.hpp"

#include <fmt/format.h>

#include <iostream>

namespace ind::cli {

int run_explain(const explain_options& options, const common_options& common)
{
   if (options.format != "text" && options.format != "json") {
      usage_error(fmt::format("format '{}' tidak dikenal untuk explain", options.format),
                  "pilih text atau json");
      return input_error;
   }
   session s(common);
   const std::unique_ptr<evaluation> run =
      evaluate(s, options.file, options.data, options.period);
   if (!run) {
      return input_error;
   }
   const lang::program& p = *run->rules.program;
   // A fresh evaluator, so that every figure is computed, and recorded, here.
   lang::diagnostic_sink quiet;
   const std::unique_ptr<rt::evaluator> eval = run->run->sharing_engine(quiet);
   const std::optional<rt::explanation> e = rt::explain(p, *eval, options.id, run->when);
   if (!e) {
      std::vector<std::string> names;
      for (const auto& ind : p.indicators) {
         names.push_back(ind->id);
      }
      for (const auto& v : p.values) {
         if (v->owner && v->owner->name.empty()) {
            names.push_back(v->name);
         }
      }
      const std::string guess = lang::closest(options.id, names);
      usage_error(fmt::format("'{}' bukan indikator atau nilai di {}", options.id, options.file),
                  guess.empty() ? "sebut id indikator, mis. ip_asn"
                                : fmt::format("mungkin maksud Anda '{}'", guess));
      return input_error;
   }
   if (options.format == "json") {
      rt::render_explanation_json(std::cout, *e);
   }
   else {
      rt::render_explanation_text(std::cout, *e,
                                  options.locale == "en" ? core::locale::en : core::locale::id);
   }
   return ok;
}

} // namespace ind::cli
