// The audit of the Renja evaluation form (runtime/data/renja.hpp): a printed cell of the form is
// a row of the printed-figures file whose objek is renja:<kode> (renja:<kode>:<n> for a code's
// n-th indicator) and whose besaran names the column, k6 ... k16, rp6 ... rp16, predikat_k14,
// predikat_rp14. It is compared like every printed figure (runtime/audit.cpp), and a wrong
// printed cell of (6)-(13) or (15) is given to the replay (given::renja_figure), so that (13)-(16)
// of its row and the Rp of the codes above it that follow from it are its consequences (akibat).
#pragma once

#include "runtime/audit.hpp"

#include <optional>
#include <string>

namespace ind::rt {

bool is_renja(const printed_figure& f);

// What the form gives for a printed cell: the figure (the percentages at the declared rounding)
// or the predikat, the rule, and the scale of a predikat. nullopt, reported, when the objek or
// the besaran names no cell of the form.
struct renja_computed
{
   value exact;
   std::string rule;
   const lang::scale* scale = nullptr;
};
std::optional<renja_computed> renja_figure_of(const lang::program& p, evaluator& e,
                                              const printed_figure& f,
                                              lang::diagnostic_sink& sink);

// Gives `replay` the printed cell at its printed number; false for a predikat or a cell the
// form has not.
bool give_renja(const lang::program& p, evaluator& replay, const printed_figure& f,
                const std::optional<decimal>& number);

// Marks the finding `id` on the cell of the report's form; gives the subject the findings list
// names ("renja A.1.1 Penyusunan ...").
std::string mark_renja(report::document& doc, const evaluator& e, const printed_figure& f,
                       std::size_t id);

} // namespace ind::rt
