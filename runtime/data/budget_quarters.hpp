// The quarters of a quarterly budget file (dataset.hpp budget_quarter_header): each line's RAK
// and own spending of the quarter the data period ends in, its RAK to date, and its spending to
// date as the sum of its quarters' own spending.
#pragma once

#include "lang/diagnostic.hpp"
#include "runtime/data/dataset.hpp"

#include <array>
#include <vector>

namespace ind::rt {

// The cells of a line's quarter columns, in budget_quarter_header order; a column the file does
// not have reads as an empty cell.
struct budget_quarter_cells
{
   std::array<value, budget_quarter_header.size()> cells;
   std::array<lang::span, budget_quarter_header.size()> where;
   std::array<bool, budget_quarter_header.size()> unread{}; // a cell that does not parse
};

// Sets the quarter figures of every line of `out.budget` (cells[i] being line i's) at quarter
// `quarter`, and its realisasi to the sum of its quarters' own spending to date. A reached
// quarter left empty while others are written makes that sum not available, never a sum over
// fewer quarters (W-ANGGARAN-TW-KOSONG at the row; a line with no quarter written keeps its
// written realisasi). A written realisasi other than that sum is a finding
// (W-ANGGARAN-KUMULATIF, naming both; the sum is used), counted in out.budget_disagreements.
void resolve_budget_quarters(dataset& out, const std::vector<budget_quarter_cells>& cells,
                             int quarter, lang::diagnostic_sink& sink);

} // namespace ind::rt
