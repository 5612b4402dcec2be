// Many rule files over many data folders (`ind eval RULES_DIR --data ROOT`): the figures of every
// agency and period in one long table, one row per agency, period, indicator and quantity, so
// that a province or a ministry compares the same indicator across agencies. The batch audit's
// table is runtime/audit_batch.hpp's, a layer above.
#pragma once

#include "runtime/json.hpp"
#include "runtime/report/model.hpp"
#include "runtime/report/render.hpp"
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

// The quantity of a long table's row that is a syarat of the run not satisfied (or not
// evaluable) rather than a figure: its value is the outcome (outcome_text, outcome_key).
inline constexpr const char* condition_quantity = "syarat";

// One row per agency, period, indicator and quantity (target, realisasi, capaian, predikat,
// kategori), in the order of the results; after each run's figures, one row per syarat that is a
// finding (condition_quantity, the syarat's title as its name).
table batch_table(const std::vector<batch_result>& results, const table_style& style);
// The same rows with exact decimals ("baris" of docs/schema/batch.schema.json).
json batch_rows(const std::vector<batch_result>& results);
// The runs that failed, or that read only part of their input, with their first error ("gagal").
json batch_failures(const std::vector<batch_result>& results);
// The same runs as a table ("Gagal"): the workbook's sheet, and the human table's second part.
table batch_failures_table(const std::vector<batch_result>& results);
// {"versi_format", "baris", "gagal"}: the rows and the runs that failed.
void render_batch_json(std::ostream& out, const std::vector<batch_result>& results);

// The comparison of a batch: rows the indicators (by id) that more than one rule file has,
// columns each agency and period evaluated, each cell the capaian and its predikat ("108,6
// (Sangat memuaskan)"), "-" when not available, empty where that agency has no such indicator.
// `others`: how many indicators only one rule file has (in their own reports only).
table comparison_table(const std::vector<batch_result>& results, const table_style& style,
                       std::size_t& others);

// The file name of a run's own HTML report in the batch's folder: "kab-pasuruan-2024.html".
std::string report_file_name(const batch_result& r);

// index.html of `ind eval RULES_DIR --format html --out DIR/`: a link to each run's report (or
// why it failed) and the comparison table.
void render_batch_html(std::ostream& out, const std::vector<batch_result>& results,
                       const render_options& options);

// JSON lines: each row of `rows` as one compact JSON object on a line of its own.
void render_json_lines(std::ostream& out, const json& rows);

} // namespace ind::rt::report
