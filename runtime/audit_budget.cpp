#include "runtime/audit_budget.hpp"

#include "runtime/data/dataset.hpp"

#include <array>

namespace ind::rt {

namespace {

using row = report::budget_row;

// Names from dataset.hpp's printed_budget_quantities and printed_budget_quarter_quantities, the
// lists `ind template` writes.
const std::array<budget_quantity, 8>& quantities()
{
   static const std::array<budget_quantity, 8> table = {{
      {printed_budget_quantities[0], true, false, budget_amount::ceiling,
       [](const budget_figures& b) { return b.ceiling; }, &row::ceiling, ""},
      {printed_budget_quantities[1], true, false, budget_amount::realised,
       [](const budget_figures& b) { return b.realised; }, &row::realised, ""},
      {printed_budget_quantities[2], false, false, std::nullopt,
       [](const budget_figures& b) { return b.absorption.exact; }, &row::absorption,
       "realisasi / pagu x 100"},
      {printed_budget_quarter_quantities[0], true, true, budget_amount::plan_quarter,
       [](const budget_figures& b) { return b.plan_quarter; }, &row::plan_quarter, ""},
      {printed_budget_quarter_quantities[1], true, true, budget_amount::spent_quarter,
       [](const budget_figures& b) { return b.spent_quarter; }, &row::spent_quarter, ""},
      {printed_budget_quarter_quantities[2], false, true, std::nullopt,
       [](const budget_figures& b) { return b.absorption_quarter.exact; },
       &row::absorption_quarter, "realisasi_tw / rencana_tw x 100"},
      {printed_budget_quarter_quantities[3], true, true, budget_amount::plan_to_date,
       [](const budget_figures& b) { return b.plan_to_date; }, &row::plan_to_date, ""},
      {printed_budget_quarter_quantities[4], false, true, std::nullopt,
       [](const budget_figures& b) { return b.absorption_plan.exact; }, &row::absorption_plan,
       "realisasi s.d. triwulan / rencana_sd x 100"},
   }};
   return table;
}

} // namespace

const budget_quantity* find_budget_quantity(std::string_view name)
{
   for (const budget_quantity& q : quantities()) {
      if (q.name == name) {
         return &q;
      }
   }
   return nullptr;
}

std::vector<std::string> budget_quantity_names(bool quarterly)
{
   std::vector<std::string> names(printed_budget_quantities.begin(),
                                  printed_budget_quantities.end());
   if (quarterly) {
      names.insert(names.end(), printed_budget_quarter_quantities.begin(),
                   printed_budget_quarter_quantities.end());
   }
   return names;
}

const value& budget_amount_in(const budget_figures& b, budget_amount which)
{
   switch (which) {
   case budget_amount::ceiling: return b.ceiling;
   case budget_amount::plan_quarter: return b.plan_quarter;
   case budget_amount::spent_quarter: return b.spent_quarter;
   case budget_amount::plan_to_date: return b.plan_to_date;
   case budget_amount::realised: break;
   }
   return b.realised;
}

} // namespace ind::rt
