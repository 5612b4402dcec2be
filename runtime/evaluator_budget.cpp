// The evaluator's budget figures: pagu, realisasi anggaran and serapan of an indicator's budget
// codes, of one code, and of the whole budget (the figures the report's budget tables print).
#include "runtime/evaluator.hpp"

#include "runtime/core.hpp"
#include "runtime/operations.hpp"

#include <algorithm>

namespace ind::rt {

const budget_amounts& evaluator::budget_lines(budget_amount which)
{
   std::optional<budget_amounts>& amounts = m_budget_amounts[static_cast<std::size_t>(which)];
   if (!amounts) {
      const std::vector<rt::budget_line>& lines = m_data.budget;
      amounts.emplace(lines, m_data.budget_links, which, [&](std::size_t line) -> const decimal* {
         const auto it = m_given_budget.find({lines[line].code, which});
         return it == m_given_budget.end() ? nullptr : &it->second;
      });
   }
   return *amounts;
}

figure_value evaluator::budget_ratio(const value& numerator, const value& denominator,
                                     lang::span where, const char* denominator_name)
{
   const int places = m_program.budget ? m_program.budget->absorption_places : 2;
   if (const value* m = first_missing({&numerator, &denominator})) {
      // Serapan is a ratio, not a sum: without one of its terms it is not available at all.
      missing why = m->as_missing();
      if (why.why == missing::kind::incomplete) {
         why.why = missing::kind::not_computed;
      }
      return make_figure(why, places);
   }
   if (denominator.as_number().is_zero()) {
      return make_figure(division_by_zero(where, std::string(denominator_name) + " 0"), places);
   }
   return make_figure(
      *decimal::divide(numerator.as_number() * decimal(100), denominator.as_number()), places);
}

// The pagu and realisasi of the lines under `codes`, each standing on its own: a realisasi left
// empty leaves the pagu as it is. `whole` names the figures of all lines together ("jumlah"),
// which the audit's replay may give as printed.
budget_figures evaluator::budget_of(const std::vector<std::string>& codes, lang::span where,
                                    const std::string& whole)
{
   budget_figures out;
   const int places = m_program.budget ? m_program.budget->absorption_places : 2;
   std::vector<std::size_t> lines;
   for (const std::string& code : codes) {
      const std::optional<std::size_t> line = m_data.budget_links.find(code);
      if (!line) {
         m_sink.error("E-ANGGARAN", where,
                      "kode anggaran '" + code + "' tidak ada di data anggaran",
                      "kode ditulis persis seperti kolom kode pada berkas anggaran");
         out.ceiling = out.realised =
            missing{missing::kind::no_match, "kode anggaran " + code + " tidak ada", where};
         out.plan_quarter = out.spent_quarter = out.plan_to_date = out.ceiling;
         out.absorption = out.absorption_quarter = out.absorption_plan =
            make_figure(out.ceiling, places);
         return out;
      }
      lines.push_back(*line);
   }
   const auto amount = [&](budget_amount which) {
      value v = budget_lines(which).of(lines);
      if (!whole.empty()) {
         if (const auto it = m_given_budget.find({whole, which}); it != m_given_budget.end()) {
            v = it->second;
         }
      }
      return v;
   };
   out.ceiling = amount(budget_amount::ceiling);
   out.realised = amount(budget_amount::realised);
   out.absorption = budget_ratio(out.realised, out.ceiling, where, "pagu");
   if (m_data.budget_quarter) {
      out.plan_quarter = amount(budget_amount::plan_quarter);
      out.spent_quarter = amount(budget_amount::spent_quarter);
      out.plan_to_date = amount(budget_amount::plan_to_date);
      out.absorption_quarter = budget_ratio(out.spent_quarter, out.plan_quarter, where,
                                            "rencana TW");
      out.absorption_plan = budget_ratio(out.realised, out.plan_to_date, where,
                                         "rencana s.d. TW");
   }
   else {
      out.plan_quarter = out.spent_quarter = out.plan_to_date =
         missing{missing::kind::not_computed, "berkas anggaran tanpa kolom triwulan", where};
      out.absorption_quarter = out.absorption_plan = make_figure(out.plan_quarter, places);
   }
   return out;
}

budget_figures evaluator::budget(const lang::indicator& ind, const period& when)
{
   if (ind.has_budget() && when != m_data.data_period) {
      budget_figures other;
      other.ceiling = other.realised =
         missing{missing::kind::no_data_for_period,
                 "data anggaran memuat periode " + m_data.data_period.to_string() + ", bukan " +
                    when.to_string(),
                 m_program.budget ? lang::place(m_program.budget->where) : lang::place(ind.where)};
      other.absorption = make_figure(other.ceiling, std::nullopt);
      return other;
   }
   if (!ind.has_budget()) {
      budget_figures none;
      none.ceiling = none.realised =
         missing{missing::kind::not_computed, "indikator tanpa anggaran", ind.where};
      none.absorption = make_figure(none.ceiling, std::nullopt);
      return none;
   }
   budget_figures out = ind.budget_all ? budget_total() : budget_of(ind.budget_codes, ind.where);
   if (const auto it = m_given_absorption.find({&ind, when}); it != m_given_absorption.end()) {
      out.absorption.exact = out.absorption.shown = it->second;
   }
   return out;
}

budget_figures evaluator::budget_for_code(const std::string& code)
{
   const lang::span where = m_program.budget ? m_program.budget->where : lang::span{};
   return budget_of({code}, where);
}

budget_figures evaluator::budget_total()
{
   std::vector<std::string> roots;
   for (const std::size_t line : m_data.budget_links.roots) {
      roots.push_back(m_data.budget[line].code);
   }
   const lang::span where = m_program.budget ? m_program.budget->where : lang::span{};
   return budget_of(roots, where, "jumlah");
}

} // namespace ind::rt
