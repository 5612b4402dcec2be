#include "runtime/report/tables.hpp"

#include <algorithm>
#include <set>

namespace ind::rt::report {

std::string human(const number& n, locale loc)
{
   return n.value ? format_number(*n.value, n.places, loc) : "-";
}

std::string human(const label& l)
{
   return l.text ? *l.text : "-";
}

namespace {

std::string cell(const number& n, const table_style& style)
{
   std::string text = human(n, style.loc);
   if (!style.grouping && n.value) {
      const char group = style.loc == locale::id ? '.' : ',';
      text.erase(std::remove(text.begin(), text.end(), group), text.end());
   }
   return text;
}

text_table achievement_table(const document& doc, const table_style& style)
{
   text_table t;
   t.title = "Capaian Kinerja " + doc.when.display();
   t.headers = {"No", "Indikator", "Tingkat", "Satuan", "Target", "Realisasi", "Capaian (%)",
                "Predikat", "Kategori"};
   t.right_aligned = {true, false, false, false, true, true, true, false, false};
   std::size_t no = 0;
   for (const indicator_row& row : doc.indicators) {
      t.rows.push_back({std::to_string(++no), row.name, row.level, row.unit,
                        cell(row.target, style), cell(row.realisasi, style),
                        cell(row.achievement, style), human(row.achievement_band),
                        human(row.value_band)});
   }
   return t;
}

// Realisasi of earlier years and targets to the end of the Renstra, per indicator.
text_table comparison_table(const document& doc, const table_style& style)
{
   std::set<period> years;
   for (const indicator_row& row : doc.indicators) {
      for (const dated_number& h : row.history) {
         years.insert(h.when);
      }
   }
   years.insert(doc.when);
   std::set<period> target_years;
   for (const indicator_row& row : doc.indicators) {
      for (const dated_number& t : row.targets) {
         if (t.when > doc.when) {
            target_years.insert(t.when);
         }
      }
   }
   text_table t;
   t.title = "Perbandingan Realisasi dan Target Renstra";
   t.wrap_column = 0;
   t.headers = {"Indikator"};
   t.right_aligned = {false};
   for (const period& p : years) {
      t.headers.push_back("Realisasi " + p.display());
      t.right_aligned.push_back(true);
   }
   for (const period& p : target_years) {
      t.headers.push_back("Target " + p.display());
      t.right_aligned.push_back(true);
   }
   for (const indicator_row& row : doc.indicators) {
      std::vector<std::string> cells{row.name};
      for (const period& p : years) {
         const auto it = std::find_if(row.history.begin(), row.history.end(),
                                      [&](const dated_number& h) { return h.when == p; });
         cells.push_back(p == doc.when            ? cell(row.realisasi, style)
                         : it != row.history.end() ? cell(it->figure, style)
                                                   : "-");
      }
      for (const period& p : target_years) {
         const auto it = std::find_if(row.targets.begin(), row.targets.end(),
                                      [&](const dated_number& x) { return x.when == p; });
         cells.push_back(it != row.targets.end() ? cell(it->figure, style) : "-");
      }
      t.rows.push_back(std::move(cells));
   }
   return t;
}

text_table values_table(const document& doc, const table_style& style)
{
   text_table t;
   t.title = "Nilai Komponen";
   t.wrap_column = 1;
   t.headers = {"Nilai", "Uraian", "Angka"};
   t.right_aligned = {false, false, true};
   for (const value_row& v : doc.values) {
      t.rows.push_back({v.id, v.name, cell(v.figure, style)});
   }
   return t;
}

text_table budget_table(const document& doc, const table_style& style)
{
   text_table t;
   t.title = "Realisasi Anggaran " + doc.when.display();
   t.headers = {"Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Predikat"};
   t.right_aligned = {false, false, true, true, true, false};
   const auto add = [&](const budget_row& row) {
      t.rows.push_back({row.code, row.name, cell(row.ceiling, style), cell(row.realised, style),
                        cell(row.absorption, style), human(row.band)});
   };
   for (const budget_row& row : doc.budget) {
      add(row);
   }
   if (doc.budget_total) {
      add(*doc.budget_total);
   }
   return t;
}

text_table efficiency_table(const document& doc, const table_style& style)
{
   text_table t;
   t.title = "Efisiensi Penggunaan Sumber Daya";
   t.wrap_column = 0;
   t.headers = {"Indikator", "Capaian Kinerja (%)", "Pagu (Rp)", "Realisasi (Rp)",
                "Serapan (%)", "Efisiensi (%)", "Tingkat Efisiensi"};
   t.right_aligned = {false, true, true, true, true, true, false};
   for (const indicator_row& row : doc.indicators) {
      if (!row.has_budget) {
         continue;
      }
      t.rows.push_back({row.name, cell(row.achievement, style), cell(row.budget_ceiling, style),
                        cell(row.budget_realised, style), cell(row.absorption, style),
                        cell(row.efficiency, style), human(row.efficiency_band)});
   }
   return t;
}

} // namespace

std::vector<text_table> lkjip_tables(const document& doc, const table_style& style)
{
   std::vector<text_table> tables{achievement_table(doc, style), comparison_table(doc, style)};
   if (!doc.values.empty()) {
      tables.push_back(values_table(doc, style));
   }
   if (!doc.budget.empty()) {
      tables.push_back(budget_table(doc, style));
   }
   const bool any_budget = std::any_of(doc.indicators.begin(), doc.indicators.end(),
                                       [](const indicator_row& r) { return r.has_budget; });
   if (any_budget) {
      tables.push_back(efficiency_table(doc, style));
   }
   return tables;
}

} // namespace ind::rt::report
