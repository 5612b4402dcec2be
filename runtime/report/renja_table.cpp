// "Evaluasi Hasil Renja": the form of Permendagri 86/2017 (Lampiran, Evaluasi terhadap hasil
// Renja Perangkat Daerah), its columns numbered (6) to (16) as the form numbers them, K and Rp
// side by side; built once from report::document::renja and printed by every format.
#include "runtime/report/tables.hpp"

namespace ind::rt::report {

namespace {

constexpr std::array<const char*, rt::renja_all_columns> column_titles = {
   "Target Renstra",      "Realisasi s.d. Tahun Lalu", "Target Renja",      "TW I",
   "TW II",               "TW III",                    "TW IV",             "Realisasi Tahun Ini",
   "Capaian Renja (%)",   "Realisasi Renstra",         "Capaian Renstra (%)"};

} // namespace

std::optional<table> renja_table(const document& doc, const table_style& style)
{
   if (!doc.renja) {
      return std::nullopt;
   }
   const renja_report& form = *doc.renja;
   table t;
   t.id = "evaluasi-renja";
   t.title = "Evaluasi Hasil Renja " + doc.when.display();
   t.sheet = "Evaluasi Renja";
   t.part = section::budget;
   t.headers = {"Kode", "Uraian", "Indikator", "Satuan"};
   t.numeric = {false, false, false, false};
   t.wrap_column = 1;
   t.wrap_width = 40;
   for (std::size_t i = 0; i < rt::renja_all_columns; ++i) {
      const std::string number = "(" + std::to_string(rt::renja_first_column + static_cast<int>(i)) + ") ";
      t.headers.push_back(number + column_titles[i] + " K");
      t.headers.push_back(number + column_titles[i] + " Rp");
      t.numeric.push_back(true);
      t.numeric.push_back(true);
   }
   if (form.banded) {
      t.headers.insert(t.headers.end(), {"Predikat K", "Predikat Rp"});
      t.numeric.insert(t.numeric.end(), {false, false});
   }
   for (const renja_row& row : form.rows) {
      table_row r;
      r.depth = row.depth;
      r.cells = {text_cell(row.code), text_cell(row.name), text_cell(row.indicator),
                 text_cell(row.unit)};
      for (std::size_t i = 0; i < rt::renja_all_columns; ++i) {
         r.cells.push_back(number_cell(row.k[i], style));
         // A later row of a code (another indicator) leaves the code's Rp to its first row.
         r.cells.push_back(row.budget ? number_cell(row.rp[i], style) : text_cell(""));
      }
      if (form.banded) {
         r.cells.push_back(label_cell(row.k_band));
         r.cells.push_back(row.budget ? label_cell(row.rp_band) : text_cell(""));
      }
      t.rows.push_back(std::move(r));
   }
   static constexpr std::array<const char*, 4> quarters = {"TW I", "TW I-II", "TW I-III",
                                                           "TW I-IV"};
   t.note = "(13) = (9)+(10)+(11)+(12) atas " +
            std::string(quarters[static_cast<std::size_t>(std::clamp(form.reached, 1, 4) - 1)]) +
            "; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum "
            "berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.";
   return t;
}

} // namespace ind::rt::report
