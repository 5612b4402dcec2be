#include "runtime/report/batch.hpp"

#include "runtime/json.hpp"
#include "runtime/report/render.hpp"

#include <ostream>

namespace ind::rt::report {

namespace {

// The quantities of one indicator a batch compares: {besaran, figure} or {besaran, label}.
template <typename Number, typename Label>
void each_quantity(const indicator_row& row, Number number, Label label)
{
   number("target", row.target);
   number("realisasi", row.realisasi);
   number("capaian", row.achievement);
   if (row.achievement_band.text) {
      label("predikat", row.achievement_band);
   }
   if (row.value_band.text) {
      label("kategori", row.value_band);
   }
}

} // namespace

table batch_table(const std::vector<batch_result>& results, const table_style& style)
{
   table t;
   t.id = "gabungan";
   t.title = "Capaian kinerja semua instansi";
   t.sheet = "Gabungan";
   t.headers = {"Aturan", "Instansi", "Periode", "Indikator", "Nama", "Besaran", "Nilai"};
   t.numeric = {false, false, false, false, false, false, true};
   t.wrap_column = 4;
   for (const batch_result& r : results) {
      if (!r.doc) {
         continue;
      }
      for (const indicator_row& row : r.doc->indicators) {
         const auto add = [&](const char* quantity, cell value) {
            table_row line;
            line.cells = {text_cell(r.rules),  text_cell(r.doc->agency), text_cell(r.when),
                          text_cell(row.id),   text_cell(row.name),      text_cell(quantity),
                          std::move(value)};
            t.rows.push_back(std::move(line));
         };
         each_quantity(
            row, [&](const char* q, const number& n) { add(q, number_cell(n, style)); },
            [&](const char* q, const label& l) { add(q, label_cell(l)); });
      }
   }
   return t;
}

void render_batch_json(std::ostream& out, const std::vector<batch_result>& results)
{
   json doc = json_document();
   json rows = json::array();
   json failed = json::array();
   for (const batch_result& r : results) {
      if (!r.doc) {
         failed.push_back({{"aturan", r.rules}, {"periode", r.when}, {"galat", r.failure}});
         continue;
      }
      for (const indicator_row& row : r.doc->indicators) {
         const auto add = [&](const char* quantity, json value) {
            rows.push_back({{"aturan", r.rules},
                            {"instansi", r.doc->agency},
                            {"periode", r.when},
                            {"indikator", row.id},
                            {"besaran", quantity},
                            {"nilai", std::move(value)}});
         };
         each_quantity(
            row,
            [&](const char* q, const number& n) {
               add(q, n.value ? json(exact_text(n)) : json(nullptr));
            },
            [&](const char* q, const label& l) { add(q, json(*l.text)); });
      }
   }
   doc["baris"] = std::move(rows);
   doc["gagal"] = std::move(failed);
   write_json(out, doc);
}

} // namespace ind::rt::report
