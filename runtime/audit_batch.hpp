// The audit of many rule files over many data folders (`ind audit RULES_DIR --data ROOT`): every
// printed figure of every agency and period in one long table, so that an inspectorate sees all
// the mismatches of a province at once.
#pragma once

#include "runtime/audit.hpp"
#include "runtime/json.hpp"
#include "runtime/report/table.hpp"
#include "runtime/report/tables.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace ind::rt {

// The audit of one rule file over one period folder.
struct audited_run
{
   std::string rules; // the rule file's name without .ind, also its data folder's
   std::string when;  // the period as the data folder names it
   audit_result result;
   std::size_t conditions = 0; // the run's syarat that are findings (condition_findings)
};

// One row per printed figure (agency, period, place, object, quantity, printed as printed,
// computed at the printed places in `style`, verdict), in the order of the runs and of each
// printed-figures file.
report::table batch_audit_table(const std::vector<audited_run>& results,
                                const report::table_style& style);
// The same rows with exact decimals ("baris" of docs/schema/batch-audit.schema.json), the
// values as the audit of one agency gives them (audit_entry).
json batch_audit_rows(const std::vector<audited_run>& results);
// The verdict of each run, as *Putusan audit* of one agency counts it, and its syarat that are
// findings: one row per agency and period (the workbook's sheet "Putusan", the human table's
// second part); the same columns as "putusan" of the JSON.
report::table batch_verdict_table(const std::vector<audited_run>& results,
                                  const report::table_style& style);
json batch_verdicts(const std::vector<audited_run>& results);
// {"versi_format", "baris", "putusan" (batch_verdicts), "gagal" (`failed`)}.
void render_batch_audit_json(std::ostream& out, const std::vector<audited_run>& results,
                             const json& failed);

} // namespace ind::rt
