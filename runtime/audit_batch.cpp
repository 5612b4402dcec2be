// The batch audit (`ind audit RULES_DIR --data ROOT`): every printed figure of every agency and
// period in one long table, with the verdict of each run.
#include "runtime/audit_batch.hpp"

#include <ostream>

namespace ind::rt {

namespace {

// What a printed figure is: matching, an original error, or a consequence of other findings.
const char* verdict_of(const audit_item& item)
{
   return item.matches ? "cocok" : item.consequence() ? "akibat" : "kesalahan_asal";
}

// The verdict as the table shows it: "cocok", "temuan 2", "akibat temuan 1" (of several:
// "akibat temuan 1, 3", or "1 + 3" when they explain it only together).
std::string verdict_text(const audit_item& item)
{
   if (item.matches) {
      return "cocok";
   }
   if (!item.consequence()) {
      return "temuan " + std::to_string(item.finding);
   }
   std::string causes;
   for (const std::size_t c : item.causes) {
      causes += (causes.empty() ? "" : item.causes_together ? " + " : ", ") + std::to_string(c);
   }
   return "akibat temuan " + causes;
}

// The recomputed figure at the printed places, a number (a number cell of a workbook); the
// audit's own words for a figure it could not compute.
report::cell computed_cell(const audit_item& item, const report::table_style& style)
{
   if (item.computed_value.is_number()) {
      report::number n;
      n.value = item.computed_value.as_number();
      n.places = item.places;
      return report::number_cell(n, style);
   }
   return report::text_cell(item.computed);
}

// The columns of a run's verdict: the table's header, the JSON's key and the count.
struct verdict_column
{
   const char* header;
   const char* key;
   std::size_t (*count)(const audited_run& r, const report::audit_verdict& v);
};

using verdict = report::audit_verdict;
constexpr verdict_column verdict_columns[] = {
   {"Diperiksa", "diperiksa",
    [](const audited_run&, const verdict& v) { return v.checked; }},
   {"Cocok", "cocok",
    [](const audited_run&, const verdict& v) { return v.matching; }},
   {"Tidak cocok", "tidak_cocok",
    [](const audited_run&, const verdict& v) { return v.findings; }},
   {"Kesalahan asal", "kesalahan_asal",
    [](const audited_run&, const verdict& v) { return v.original; }},
   {"Akibat", "akibat",
    [](const audited_run&, const verdict& v) { return v.consequences; }},
   {"Tempat tidak cocok", "tempat_tidak_cocok",
    [](const audited_run&, const verdict& v) { return v.places; }},
   {"Syarat tidak terpenuhi", "syarat_tidak_terpenuhi",
    [](const audited_run& r, const verdict&) { return r.conditions; }},
};

} // namespace

report::table batch_verdict_table(const std::vector<audited_run>& results,
                                  const report::table_style& style)
{
   report::table t;
   t.id = "putusan";
   t.title = "Putusan audit setiap instansi dan periode";
   t.sheet = "Putusan";
   t.headers = {"Aturan", "Instansi", "Periode"};
   t.numeric = {false, false, false};
   for (const verdict_column& c : verdict_columns) {
      t.headers.emplace_back(c.header);
      t.numeric.push_back(true);
   }
   t.wrap_column = 1;
   for (const audited_run& r : results) {
      const report::audit_verdict v = r.result.verdict();
      report::table_row line;
      line.cells = {report::text_cell(r.rules), report::text_cell(r.result.agency),
                    report::text_cell(r.when)};
      for (const verdict_column& c : verdict_columns) {
         report::number n;
         n.value = core::decimal(static_cast<std::int64_t>(c.count(r, v)));
         n.places = 0;
         line.cells.push_back(report::number_cell(n, style));
      }
      t.rows.push_back(std::move(line));
   }
   return t;
}

json batch_verdicts(const std::vector<audited_run>& results)
{
   json verdicts = json::array();
   for (const audited_run& r : results) {
      const report::audit_verdict v = r.result.verdict();
      json row = {{"aturan", r.rules}, {"instansi", r.result.agency}, {"periode", r.when}};
      for (const verdict_column& c : verdict_columns) {
         row[c.key] = c.count(r, v);
      }
      verdicts.push_back(std::move(row));
   }
   return verdicts;
}

report::table batch_audit_table(const std::vector<audited_run>& results,
                                const report::table_style& style)
{
   report::table t;
   t.id = "audit-gabungan";
   t.title = "Audit angka tercetak semua instansi";
   t.sheet = "Audit";
   t.headers = {"Aturan", "Instansi", "Periode", "Lokasi", "Objek",
                "Besaran", "Tercetak", "Dihitung", "Hasil"};
   t.numeric = {false, false, false, false, false, false, true, true, false};
   t.wrap_column = 3;
   for (const audited_run& r : results) {
      for (const audit_item& item : r.result.items) {
         report::table_row line;
         line.cells = {report::text_cell(r.rules),
                       report::text_cell(r.result.agency),
                       report::text_cell(r.when),
                       report::text_cell(item.printed.location),
                       report::text_cell(item.printed.object),
                       report::text_cell(item.printed.quantity),
                       report::text_cell(item.printed.text),
                       computed_cell(item, style),
                       report::text_cell(verdict_text(item))};
         t.rows.push_back(std::move(line));
      }
   }
   return t;
}

json batch_audit_rows(const std::vector<audited_run>& results)
{
   json rows = json::array();
   for (const audited_run& r : results) {
      for (const audit_item& item : r.result.items) {
         // The printed and computed values exactly as the audit of one agency gives them.
         const json entry = audit_entry(item);
         json row = {{"aturan", r.rules},
                     {"instansi", r.result.agency},
                     {"periode", r.when},
                     {"lokasi", item.printed.location},
                     {"objek", item.printed.object},
                     {"besaran", item.printed.quantity},
                     {"periode_angka", item.printed.when.to_string()},
                     {"tercetak", entry["tercetak"]},
                     {"tercetak_teks", item.printed.text},
                     {"dihitung", entry["dihitung"]},
                     {"hasil", verdict_of(item)}};
         if (!item.matches) {
            row["temuan"] = item.finding;
         }
         if (item.consequence()) {
            row["akibat_dari"] = item.causes;
         }
         rows.push_back(std::move(row));
      }
   }
   return rows;
}

void render_batch_audit_json(std::ostream& out, const std::vector<audited_run>& results,
                             const json& failed)
{
   json doc = json_document();
   doc["baris"] = batch_audit_rows(results);
   doc["putusan"] = batch_verdicts(results);
   doc["gagal"] = failed;
   write_json(out, doc);
}

} // namespace ind::rt
