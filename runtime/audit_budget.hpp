// The figures of a budget line that a printed-figures file can name (objek `anggaran:<kode>` or
// `anggaran:jumlah`, besaran pagu, realisasi, serapan and, of a quarterly budget, rencana_tw,
// realisasi_tw, serapan_tw, rencana_sd, serapan_rak): one table that the audit reads for what to
// compute, how the printed text reads, where the report shows the figure and what its replay
// gives in place of the lines below it. `predikat`, a label, is the audit's own concern.
#pragma once

#include "runtime/evaluator.hpp"
#include "runtime/report/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ind::rt {

struct budget_quantity
{
   std::string_view name;
   bool rupiah = false;    // an amount in rupiah; otherwise a percentage
   bool quarterly = false; // only of a quarterly budget file (dataset::budget_quarter)
   // The line amount it is (given as printed in a replay, its parts listed in a hint); none for
   // a serapan, which is computed from two of them.
   std::optional<budget_amount> amount;
   value (*computed)(const budget_figures&);
   report::number report::budget_row::*shown; // where the report shows it
   std::string_view rule;
};

// The quantity `name`, or null when it is not one of those (nor `predikat`).
const budget_quantity* find_budget_quantity(std::string_view name);

// The besaran of a budget line, `predikat` among them; the quarter's too when `quarterly`.
std::vector<std::string> budget_quantity_names(bool quarterly);

// The amount `which` among an evaluator's budget figures.
const value& budget_amount_in(const budget_figures& b, budget_amount which);

} // namespace ind::rt
