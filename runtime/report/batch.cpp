#include "runtime/report/batch.hpp"

#include "runtime/report/charts.hpp"
#include "runtime/report/render.hpp"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>

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

// A run listed among the failures: it failed, or read only part of its input.
bool failed_run(const batch_result& r)
{
   return !r.doc || !r.failure.empty();
}

} // namespace

json batch_failures(const std::vector<batch_result>& results)
{
   json failed = json::array();
   for (const batch_result& r : results) {
      if (failed_run(r)) {
         failed.push_back({{"aturan", r.rules}, {"periode", r.when}, {"galat", r.failure}});
      }
   }
   return failed;
}

table batch_failures_table(const std::vector<batch_result>& results)
{
   table t;
   t.id = "gagal";
   t.title = "Pasangan aturan dan data yang gagal";
   t.sheet = "Gagal";
   t.headers = {"Aturan", "Periode", "Galat"};
   t.numeric = {false, false, false};
   t.wrap_column = 2;
   for (const batch_result& r : results) {
      if (failed_run(r)) {
         table_row line;
         line.cells = {text_cell(r.rules), text_cell(r.when), text_cell(r.failure)};
         t.rows.push_back(std::move(line));
      }
   }
   return t;
}

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
      // A syarat the data does not satisfy: a row of its own, no indicator, its title as name
      // (the title is the program's, which the batch keeps; the place where the rule file
      // states it is in the W-SYARAT warning, its source text gone with the run's session).
      for (const condition_result& c : r.doc->conditions) {
         if (is_finding(c)) {
            table_row line;
            line.cells = {text_cell(r.rules),      text_cell(r.doc->agency),
                          text_cell(r.when),       text_cell(""),
                          text_cell(c.decl->title), text_cell(condition_quantity),
                          text_cell(outcome_text(c.outcome))};
            t.rows.push_back(std::move(line));
         }
      }
   }
   return t;
}

json batch_rows(const std::vector<batch_result>& results)
{
   json rows = json::array();
   for (const batch_result& r : results) {
      if (!r.doc) {
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
      for (const condition_result& c : r.doc->conditions) {
         if (is_finding(c)) {
            rows.push_back({{"aturan", r.rules},
                            {"instansi", r.doc->agency},
                            {"periode", r.when},
                            {"indikator", ""},
                            {"besaran", condition_quantity},
                            {"nilai", outcome_key(c.outcome)},
                            {"syarat", c.decl->title}});
         }
      }
   }
   return rows;
}

void render_batch_json(std::ostream& out, const std::vector<batch_result>& results)
{
   json doc = json_document();
   doc["baris"] = batch_rows(results);
   doc["gagal"] = batch_failures(results);
   write_json(out, doc);
}

table comparison_table(const std::vector<batch_result>& results, const table_style& style,
                       std::size_t& others)
{
   // The rule files each indicator appears in, and its first name, in order of appearance.
   std::vector<std::string> order;
   std::map<std::string, std::set<std::string>> owners;
   std::map<std::string, std::string> names;
   for (const batch_result& r : results) {
      if (!r.doc) {
         continue;
      }
      for (const indicator_row& row : r.doc->indicators) {
         if (owners.find(row.id) == owners.end()) {
            order.push_back(row.id);
            names[row.id] = row.name;
         }
         owners[row.id].insert(r.rules);
      }
   }
   table t;
   t.id = "perbandingan";
   t.title = "Perbandingan capaian antarinstansi";
   t.sheet = "Perbandingan";
   t.headers = {"Indikator"};
   t.numeric = {false};
   t.wrap_column = 0;
   for (const batch_result& r : results) {
      if (r.doc) {
         t.headers.push_back(r.doc->agency + " " + r.when);
         t.numeric.push_back(true);
      }
   }
   others = 0;
   for (const std::string& id : order) {
      if (owners[id].size() < 2) {
         ++others;
         continue;
      }
      table_row line;
      line.cells.push_back(text_cell(names[id] + " (" + id + ")"));
      for (const batch_result& r : results) {
         if (!r.doc) {
            continue;
         }
         const auto found = std::find_if(r.doc->indicators.begin(), r.doc->indicators.end(),
                                          [&](const indicator_row& x) { return x.id == id; });
         if (found == r.doc->indicators.end()) {
            line.cells.push_back(text_cell(""));
            continue;
         }
         cell c = number_cell(found->achievement, style);
         if (found->achievement_band.text) {
            c.text += " (" + *found->achievement_band.text + ")";
         }
         c.value.reset(); // a text with its predikat, not a figure alone
         line.cells.push_back(std::move(c));
      }
      t.rows.push_back(std::move(line));
   }
   t.note = "Hanya indikator (menurut id) yang dimiliki lebih dari satu instansi; " +
            std::to_string(others) +
            " indikator lain hanya ada di laporan instansinya. Sel: capaian (predikat); - bila "
            "tidak tersedia; kosong bila instansi itu tidak memiliki indikatornya.";
   return t;
}

std::string report_file_name(const batch_result& r)
{
   return r.rules + "-" + r.when + ".html";
}

void render_batch_html(std::ostream& out, const std::vector<batch_result>& results,
                       const render_options& options)
{
   const std::string title = "Capaian kinerja semua instansi";
   html_head(out, title);
   out << "<header>\n<h1>" << escape_xml(title) << "</h1>\n<p class=\"meta\">" << results.size()
       << " evaluasi: setiap berkas aturan dengan setiap periode datanya</p>\n</header>\n<main>\n"
       << "<section id=\"laporan\" aria-labelledby=\"laporan-judul\">\n"
       << "<h2 id=\"laporan-judul\">Laporan per instansi</h2>\n<ul class=\"laporan\">\n";
   for (const batch_result& r : results) {
      if (r.doc) {
         out << "<li><a href=\"" << escape_xml(report_file_name(r)) << "\">"
             << escape_xml(r.doc->agency) << ", " << escape_xml(r.when) << "</a> ("
             << escape_xml(r.rules) << ".ind)</li>\n";
      }
      else {
         out << "<li class=\"gagal\">" << escape_xml(r.rules) << ".ind, " << escape_xml(r.when)
             << ": gagal: " << escape_xml(r.failure) << "</li>\n";
      }
   }
   out << "</ul>\n</section>\n<section id=\"perbandingan\" aria-labelledby=\"perbandingan-judul\">\n"
       << "<h2 id=\"perbandingan-judul\">Perbandingan</h2>\n";
   std::size_t others = 0;
   html_table(out, comparison_table(results, {options.loc, true}, others));
   out << "</section>\n</main>\n<footer>\n<p>Dihitung dengan <code>ind</code>; setiap laporan "
          "memuat asal angkanya (versi, waktu, SHA-256 setiap berkas yang dibaca).</p>\n"
          "</footer>\n</body>\n</html>\n";
}

void render_json_lines(std::ostream& out, const json& rows)
{
   // The same bytes per value as write_json: UTF-8 kept, invalid bytes replaced.
   for (const json& row : rows) {
      out << row.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
   }
}

} // namespace ind::rt::report
