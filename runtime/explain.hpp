// explain: program + data + one indicator or named value -> the derivation of its figures as a
// tree, for auditors: each formula as written with its place, the values put into it, every
// intermediate result, each rounding, the band chosen on each scale and why, the rules and
// tetapan used with their citation and status, and the data cells read.
#pragma once

#include "lang/program.hpp"
#include "runtime/evaluator.hpp"
#include "runtime/core.hpp"
#include "runtime/json.hpp"
#include "runtime/trace.hpp"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace ind::rt {

struct explanation
{
   std::string id;
   std::string title;
   period when;
   std::unique_ptr<trace_recorder> trace;
};

// nullopt when `id` names no indicator, no named value and no syarat (by its title) of the
// evaluated file. Use a fresh
// evaluator: figures it has already computed are only referred to, not explained again.
// `earlier`: how many earlier years the report compares; for an indicator whose rumus has
// versions by period, the source of each of their realisasi is listed too.
std::optional<explanation> explain(const lang::program& p, evaluator& eval, const std::string& id,
                                   const period& when, int earlier = 0);

// The syarat whose title is `title`, as `ind explain` names one; null when none is.
const lang::condition* find_condition(const lang::program& p, const std::string& title);

void render_explanation_text(std::ostream& out, const explanation& e, locale loc);
// `origin`: the run's provenance stamp as JSON ("asal"), written as the reports write it.
void render_explanation_json(std::ostream& out, const explanation& e, const json* origin = nullptr);

} // namespace ind::rt
