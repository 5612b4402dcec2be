// syarat: the conditions a rule file states about its data, checked in the period of a run
// (ind eval, ind audit) through the evaluator, which asks the roster engine for a streamed table.
// Also the two sides of a comparison that does not hold, as `ind test` and a failed syarat show
// them.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"
#include "runtime/evaluator.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ind::rt {

// The two sides of a statement that is a comparison (a = b, a <= b ...) or joins two conditions
// (dan, atau), evaluated again to be shown; nullopt for any other statement.
struct comparison_sides
{
   value left;
   value right;
   bool equality = false;
};
std::optional<comparison_sides> sides_of(evaluator& eval, const lang::ir::expr& statement,
                                         const evaluator::env& scope);

enum class condition_outcome : unsigned char
{
   held,        // terpenuhi
   failed,      // tidak terpenuhi: a finding
   unavailable, // tidak dapat dinilai: a value it needs is not available; a finding, not a pass
   not_in_force, // berlaku sejak/sampai leaves out the period evaluated
};

// A row of a table for which a per-row condition does not hold.
struct failing_row
{
   std::string location; // "aspek_merit.csv:4"
   lang::place at;       // the row's first cell
   std::optional<comparison_sides> sides; // of the comparison on that row, when it is one
};

struct condition_result
{
   const lang::condition* decl = nullptr;
   condition_outcome outcome = condition_outcome::held;
   std::optional<comparison_sides> sides; // of the comparison (the whole-figure form), if one
   std::string reason; // why it could not be evaluated, or why it is not in force
   lang::place missing_at; // where the value it lacks comes from (a data cell), when known
   std::uint64_t rows = 0;    // per row: the rows checked
   std::uint64_t failing = 0; // per row: the rows for which it does not hold
   std::vector<failing_row> shown; // the first of them (held tables only)
   bool streamed = false;          // per row over a streamed table: the rows are not listed
};

// The rows listed for a per-row condition that does not hold; the others are counted.
inline constexpr std::size_t failing_rows_shown = 5;

// Every syarat of the program, in the order written, for period `when`. A finding is reported
// into `sink` as a warning (W-SYARAT) at the syarat's place, with its sides and rows.
std::vector<condition_result> check_conditions(const lang::program& p, evaluator& eval,
                                               const period& when, lang::diagnostic_sink& sink);

// Whether a syarat's result is a finding (not held, or not evaluable).
bool is_finding(const condition_result& r);
// Whether any syarat is a finding: the run's exit code is then 1.
bool any_condition_finding(const std::vector<condition_result>& results);
// How many are findings: a batch's verdict counts them.
std::size_t condition_findings(const std::vector<condition_result>& results);

// "terpenuhi", "tidak terpenuhi", "tidak dapat dinilai", "tidak berlaku": as reports print it.
const char* outcome_text(condition_outcome o);
// "terpenuhi", "tidak_terpenuhi", "tidak_dapat_dinilai", "tidak_berlaku": as JSON writes it.
const char* outcome_key(condition_outcome o);

} // namespace ind::rt
