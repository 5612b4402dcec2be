// Many rule files over many data folders (`ind eval RULES_DIR --data ROOT`): the figures of every
// agency and period in one long table, one row per agency, period, indicator and quantity, so
// that a province or a ministry compares the same indicator across agencies.
#pragma once

#include "runtime/report/model.hpp"
#include "runtime/report/table.hpp"
#include "runtime/report/tables.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ind::rt::report {

struct batch_result
{
   std::string rules; // the rule file's name without .ind, which is also its data folder's
   std::string when;  // the period as the data folder names it
   std::optional<document> doc; // nullopt: the run failed
   std::string failure;         // the first error of a failed run
};

// One row per agency, period, indicator and quantity (target, realisasi, capaian, predikat,
// kategori), in the order of the results.
table batch_table(const std::vector<batch_result>& results, const table_style& style);

// The same rows with exact decimals, and the runs that failed.
void render_batch_json(std::ostream& out, const std::vector<batch_result>& results);

} // namespace ind::rt::report
