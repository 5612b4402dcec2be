// "Pemeriksaan data": each syarat of the rule file and what the data of the period gave it.
#include "runtime/report/tables.hpp"

#include <fmt/format.h>

namespace ind::rt::report {

namespace {

// What a per-row syarat found, or why a syarat has no result: the rows that fail, by file and
// line, the first few of them, then how many more.
std::string condition_detail(const condition_result& r)
{
   if (r.outcome == condition_outcome::unavailable || r.outcome == condition_outcome::not_in_force) {
      return r.reason;
   }
   const lang::condition& c = *r.decl;
   if (!c.rows) {
      return {};
   }
   if (r.failing == 0) {
      return fmt::format("{} baris tabel {} diperiksa", r.rows, c.rows->name);
   }
   std::string text =
      fmt::format("{} dari {} baris tabel {} tidak memenuhi", r.failing, r.rows, c.rows->name);
   if (r.streamed) {
      return text + " (tabel dialirkan: baris tidak didaftar)";
   }
   std::string listed;
   for (const failing_row& row : r.shown) {
      listed += (listed.empty() ? "" : "; ") + row.location;
      if (row.sides) {
         listed += fmt::format(" ({}; {})", row.sides->left.describe(),
                               row.sides->right.describe());
      }
   }
   text += ": " + listed;
   if (r.failing > r.shown.size()) {
      text += fmt::format("; dan {} baris lain", r.failing - r.shown.size());
   }
   return text;
}

} // namespace

table conditions_table(const std::vector<condition_result>& conditions)
{
   table t;
   t.id = "pemeriksaan-data";
   t.title = "Pemeriksaan data";
   t.sheet = "Pemeriksaan Data";
   t.part = section::checks;
   t.headers = {"No", "Syarat", "Hasil", "Sisi kiri", "Sisi kanan", "Keterangan", "Dasar"};
   t.numeric = {true, false, false, false, false, false, false};
   t.wrap_column = 5;
   std::size_t no = 0;
   std::size_t findings = 0;
   for (const condition_result& r : conditions) {
      const lang::condition& c = *r.decl;
      std::string dasar;
      for (const auto& citation : c.info.citations) {
         dasar += (dasar.empty() ? "" : "; ") + citation.text;
      }
      if (r.outcome == condition_outcome::failed || r.outcome == condition_outcome::unavailable) {
         ++findings;
      }
      table_row row;
      row.cells = {text_cell(std::to_string(++no)), text_cell(c.title),
                   text_cell(outcome_text(r.outcome)),
                   text_cell(r.sides ? r.sides->left.describe() : std::string{}),
                   text_cell(r.sides ? r.sides->right.describe() : std::string{}),
                   text_cell(condition_detail(r)), text_cell(dasar)};
      t.rows.push_back(std::move(row));
   }
   t.note = findings == 0
               ? "Setiap syarat yang berlaku dipenuhi data periode ini."
               : fmt::format("{} syarat tidak terpenuhi atau tidak dapat dinilai; masing-masing "
                             "diuraikan juga dalam pesan ind (W-SYARAT).",
                             findings);
   return t;
}

} // namespace ind::rt::report
