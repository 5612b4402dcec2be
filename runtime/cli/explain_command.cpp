// ind explain: the derivation of one indicator's figures, of one named value or of one syarat.
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"
#include "runtime/explain.hpp"
#include "runtime/report/model.hpp"
#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"

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
   const std::optional<rt::stamp_mode> stamp = stamp_mode(options.reproducible);
   if (!stamp) {
      return input_error;
   }
   session s(common);
   const std::unique_ptr<evaluation> run =
      evaluate(s, options.file, options.data, options.period, {}, std::nullopt, stamp);
   if (!run) {
      return input_error;
   }
   const lang::program& p = *run->rules.program;
   // A fresh evaluator, so that every figure is computed, and recorded, here.
   lang::diagnostic_sink quiet;
   const std::unique_ptr<rt::evaluator> eval = run->run->sharing_engine(quiet);
   const std::optional<rt::explanation> e = rt::explain(p, *eval, options.id, run->when, rt::report::earlier_years_compared);
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
      for (const auto& c : p.conditions) {
         names.push_back(c->title);
      }
      const std::string guess = lang::closest(options.id, names);
      usage_error(fmt::format("'{}' bukan indikator atau nilai di {}", options.id, options.file),
                  guess.empty() ? "sebut id indikator, mis. ip_asn"
                                : fmt::format("mungkin maksud Anda '{}'", guess));
      return input_error;
   }
   // The stamp every report ends with (Asal laporan), by the reports' own writers.
   const std::optional<rt::provenance>& origin = run->document.origin;
   if (options.format == "json") {
      const rt::json stamp_json = origin ? rt::report::provenance_json(*origin) : rt::json{};
      rt::render_explanation_json(std::cout, *e, origin ? &stamp_json : nullptr);
   }
   else {
      rt::render_explanation_text(std::cout, *e,
                                  options.locale == "en" ? core::locale::en : core::locale::id);
      if (origin) {
         rt::report::print_aligned(std::cout, rt::report::provenance_table(*origin));
      }
   }
   return ok;
}

} // namespace ind::cli
