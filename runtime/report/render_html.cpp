#include "runtime/report/charts.hpp"
#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"

#include <ostream>

namespace ind::rt::report {

namespace {

// No script, no web font, no external resource: the page must open offline, from an e-mail
// attachment, years later. The Content-Security-Policy makes a browser refuse anything else, so
// a regression shows up as a console error in the browser test instead of a silent fetch.
constexpr const char* style_sheet = R"css(
:root { --ink: #1a202c; --muted: #4a5568; --line: #cbd5e0; --head: #edf2f7; --accent: #2b6cb0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1120px; padding: 24px; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
  Arial, sans-serif; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; padding-bottom: 4px;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 20px 0 6px; }
p.meta { margin: 0 0 12px; color: var(--muted); }
nav ol { columns: 2 18rem; margin: 0; padding-left: 1.4rem; }
nav h2 { margin-top: 8px; }
.table-wrap { overflow-x: auto; margin: 0 0 8px; }
.table-wrap:focus { outline: 2px solid var(--accent); }
table { border-collapse: collapse; width: auto; max-width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: var(--head); vertical-align: bottom; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.group th { background: #f7fafc; font-weight: 600; }
tr.total th, tr.total td { font-weight: 700; background: #f7fafc; }
table.asal td { font-family: ui-monospace, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
tr.depth-0 th, tr.depth-0 td { font-weight: 600; }
tr.depth-1 th { padding-left: 18px; }
tr.depth-2 th { padding-left: 32px; }
tr.depth-3 th { padding-left: 46px; }
.temuan { background: #fefcbf; outline: 2px solid #b7791f; outline-offset: -2px; }
.temuan a { color: #744210; font-weight: 700; text-decoration: none; }
p.note { color: var(--muted); font-size: 0.85rem; margin: 2px 0 12px; }
figure { margin: 12px 0 20px; }
figure svg { display: block; width: 100%; height: auto; max-width: 760px; }
/* Bar charts come in two layouts; a phone gets the narrow one, with text at a readable size. */
figure svg.sempit { display: none; max-width: 480px; }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 4px; }
.trend-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
  gap: 12px; }
.trend figcaption { color: var(--ink); font-weight: 600; font-size: 0.85rem; margin: 0 0 2px; }
svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
svg text.name { font-size: 13px; font-weight: 600; }
svg text.axis, svg text.legend { fill: var(--muted); }
svg text.inside { fill: #fff; }
svg text.strong { font-weight: 700; }
svg text.point { font-size: 11px; }
svg text.point.rencana { fill: #975a16; }
svg .target { fill: #a0aec0; }
svg .tercapai { fill: #2f855a; }
svg .belum { fill: #c05621; }
svg .serapan { fill: var(--accent); }
svg .serapan.jumlah { fill: #1a365d; }
svg .reference { stroke: var(--ink); stroke-dasharray: 4 3; }
svg .axis-line { stroke: var(--line); }
svg polyline.realisasi { fill: none; stroke: var(--accent); stroke-width: 2.5; }
svg circle.realisasi { fill: var(--accent); }
svg polyline.rencana { fill: none; stroke: #b7791f; stroke-width: 2; stroke-dasharray: 6 4; }
svg rect.rencana { fill: #fff; stroke: #b7791f; stroke-width: 2; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem;
  border-top: 1px solid var(--line); padding-top: 8px; }
@media (max-width: 640px) {
  body { padding: 10px; font-size: 14px; }
  h1 { font-size: 1.2rem; }
  h2 { font-size: 1.1rem; }
  h3 { font-size: 0.95rem; }
  nav ol { columns: 1; }
  figure svg.lebar { display: none; }
  figure svg.sempit { display: block; }
  /* Tables are stacked: one card per row, each cell with its column header beside it, so no
     column is off-screen. The header row stays for screen readers (and the roles keep the
     table's structure for them), out of sight. */
  table, thead, tbody, tr, th, td { display: block; }
  table { width: 100%; border: 0; font-size: 0.85rem; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
  tbody tr { display: flex; flex-direction: column; border: 1px solid var(--line);
    border-radius: 4px; margin: 0 0 6px; padding: 4px 8px; }
  tbody tr.group { border: 0; padding: 6px 0 0; margin: 0; }
  tr.group th { background: none; padding: 0; border: 0; }
  tbody th, tbody td { border: 0; padding: 2px 0; overflow-wrap: anywhere; }
  tbody th[scope="row"] { order: -1; font-weight: 600; padding-bottom: 4px; }
  tr.depth-1 th, tr.depth-2 th, tr.depth-3 th { padding-left: 0; }
  tbody td { text-align: right; white-space: normal; overflow: hidden;
    border-top: 1px solid var(--head); }
  tbody td::before { content: attr(data-label); float: left; margin-right: 12px;
    color: var(--muted); font-weight: normal; text-align: left; }
  tbody td:empty { display: none; }
  .temuan { outline-offset: 0; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure, .trend { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  section { break-before: auto; }
  figure svg { max-width: 170mm; }
  figure svg.lebar { display: block; }
  figure svg.sempit { display: none; }
  a { color: inherit; text-decoration: none; }
}
)css";

const char* section_title(section part)
{
   switch (part) {
   case section::verdict:
      return "Putusan Audit";
   case section::summary:
      return "Ikhtisar Eksekutif";
   case section::performance:
      return "Capaian Kinerja";
   case section::comparison:
      return "Perbandingan dengan Tahun Sebelumnya dan Target Renstra";
   case section::composite:
      return "Rincian Nilai Komposit";
   case section::budget:
      return "Anggaran dan Efisiensi";
   case section::checks:
      return "Pemeriksaan Data";
   case section::findings:
      return "Catatan Temuan";
   case section::provenance:
      return "Asal Laporan";
   }
   return "";
}

const char* section_id(section part)
{
   switch (part) {
   case section::verdict:
      return "putusan-audit";
   case section::summary:
      return "ikhtisar";
   case section::performance:
      return "capaian-kinerja";
   case section::comparison:
      return "perbandingan-renstra";
   case section::composite:
      return "rincian-komposit";
   case section::budget:
      return "anggaran-efisiensi";
   case section::checks:
      return "pemeriksaan-data";
   case section::findings:
      return "catatan-temuan";
   case section::provenance:
      return "asal-laporan";
   }
   return "";
}

std::string table_anchor(const table& t)
{
   return "tabel-" + t.id;
}

void html_cell(std::ostream& out, const table& t, const cell& c, std::size_t column,
               std::size_t rowspan)
{
   const bool header = column == t.wrap_column;
   const bool numeric = column < t.numeric.size() && t.numeric[column];
   std::string classes = numeric ? "num" : "";
   if (!c.findings.empty()) {
      classes += classes.empty() ? "temuan" : " temuan";
   }
   out << (header ? "<th scope=\"row\" role=\"rowheader\"" : "<td role=\"cell\"");
   if (!header && column < t.headers.size()) {
      out << " data-label=\"" << escape_xml(t.headers[column]) << "\"";
   }
   if (!classes.empty()) {
      out << " class=\"" << classes << "\"";
   }
   if (rowspan > 1) {
      out << " rowspan=\"" << rowspan << "\"";
   }
   if (!c.finding_note.empty()) {
      out << " title=\"" << escape_xml(c.finding_note) << "\"";
   }
   out << '>' << escape_xml(c.text);
   if (!c.findings.empty()) {
      out << "<sup>";
      for (std::size_t i = 0; i < c.findings.size(); ++i) {
         out << (i ? "," : "") << "<a href=\"#temuan-" << c.findings[i]
             << "\" aria-label=\"temuan nomor " << c.findings[i] << "\">" << c.findings[i]
             << "</a>";
      }
      out << "</sup>";
   }
   out << (header ? "</th>" : "</td>");
}

} // namespace

void html_table(std::ostream& out, const table& t)
{
   out << "<h3 id=\"" << table_anchor(t) << "\">" << escape_xml(t.title) << "</h3>\n";
   // The heading names the table (aria-labelledby) instead of a <caption> that would repeat it;
   // the wrapper scrolls a wide table sideways on a phone and can be focused to do so.
   out << "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\""
       << table_anchor(t) << "\">\n<table role=\"table\" aria-labelledby=\"" << table_anchor(t)
       << "\""
       // The provenance: paths and 64-digit hashes in a typewriter face, broken anywhere.
       << (t.part == section::provenance ? " class=\"asal\"" : "")
       << ">\n<thead role=\"rowgroup\"><tr role=\"row\">";
   for (std::size_t c = 0; c < t.headers.size(); ++c) {
      const bool numeric = c < t.numeric.size() && t.numeric[c];
      out << "<th scope=\"col\" role=\"columnheader\"" << (numeric ? " class=\"num\"" : "")
          << ">" << escape_xml(t.headers[c]) << "</th>";
   }
   out << "</tr></thead>\n<tbody role=\"rowgroup\">\n";
   for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const table_row& row = t.rows[r];
      if (!row.group.empty() && (r == 0 || t.rows[r - 1].group != row.group)) {
         out << "<tr class=\"group\" role=\"row\"><th scope=\"rowgroup\" role=\"rowheader\" "
                "colspan=\""
             << t.headers.size() << "\">" << escape_xml(row.group) << "</th></tr>\n";
      }
      std::string classes;
      if (row.kind == row_kind::total) {
         classes = "total";
      }
      else if (t.id == "anggaran" || t.id == "perubahan-pagu") {
         classes = "depth-" + std::to_string(row.depth);
      }
      out << "<tr role=\"row\"";
      if (t.id == "temuan") {
         out << " id=\"temuan-" << (r + 1) << "\"";
      }
      if (!classes.empty()) {
         out << " class=\"" << classes << "\"";
      }
      out << '>';
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
         std::size_t rowspan = 1;
         if (t.merged_column && *t.merged_column == c) {
            if (r > 0 && t.rows[r - 1].cells[c].text == row.cells[c].text) {
               continue; // covered by the rowspan of the first row that shows it
            }
            while (r + rowspan < t.rows.size() &&
                   t.rows[r + rowspan].cells[c].text == row.cells[c].text) {
               ++rowspan;
            }
         }
         html_cell(out, t, row.cells[c], c, rowspan);
      }
      out << "</tr>\n";
   }
   out << "</tbody>\n</table>\n</div>\n";
   if (!t.note.empty()) {
      out << "<p class=\"note\">" << escape_xml(t.note) << "</p>\n";
   }
}

void html_head(std::ostream& out, const std::string& title)
{
   out << "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\">\n"
       << "<meta name=\"generator\" content=\"ind\">\n"
       << "<title>" << escape_xml(title) << "</title>\n<style>" << style_sheet
       << "</style>\n</head>\n<body>\n";
}

void render_html(std::ostream& out, const document& doc, const render_options& options)
{
   const std::vector<table> tables = lkjip_tables(doc, {options.loc, true});
   const std::string title = doc.verdict
                                ? audit_title("Laporan Kinerja " + doc.agency, period_heading(doc))
                                : "Laporan Kinerja " + doc.agency + " " + period_heading(doc);

   html_head(out, title);

   out << "<header>\n<h1>"
       << (doc.verdict ? "Audit: Laporan Kinerja Instansi Pemerintah"
                       : "Laporan Kinerja Instansi Pemerintah")
       << "</h1>\n<p class=\"meta\"><strong>"
       << escape_xml(doc.agency) << "</strong> · Periode " << escape_xml(period_heading(doc));
   if (doc.renstra_from && doc.renstra_to) {
      out << " · Renstra " << *doc.renstra_from << "–" << *doc.renstra_to;
   }
   out << "</p>\n</header>\n";

   // Table of contents: each section and its tables.
   out << "<nav aria-labelledby=\"daftar-isi\">\n<h2 id=\"daftar-isi\">Daftar Isi</h2>\n<ol>\n";
   for (std::size_t i = 0; i < tables.size(); ++i) {
      out << "<li><a href=\"#" << table_anchor(tables[i]) << "\">" << escape_xml(tables[i].title)
          << "</a></li>\n";
   }
   out << "</ol>\n</nav>\n<main>\n";

   const std::string charts_performance = chart_achievement(doc, options.loc);
   const std::string charts_comparison = chart_trends(doc, options.loc);
   const std::string charts_budget = chart_absorption(doc, options.loc);
   for (std::size_t i = 0; i < tables.size(); ++i) {
      const section part = tables[i].part;
      if (i == 0 || tables[i - 1].part != part) {
         out << "<section id=\"" << section_id(part) << "\" aria-labelledby=\"" << section_id(part)
             << "-judul\">\n<h2 id=\"" << section_id(part) << "-judul\">" << section_title(part)
             << "</h2>\n";
         if (part == section::performance) {
            out << charts_performance;
         }
         else if (part == section::comparison) {
            out << charts_comparison;
         }
         else if (part == section::budget) {
            out << charts_budget;
         }
      }
      html_table(out, tables[i]);
      if (i + 1 == tables.size() || tables[i + 1].part != part) {
         out << "</section>\n";
      }
   }
   out << "</main>\n<footer>\n<p>Dihitung dengan <code>ind</code> dari berkas aturan dan data "
          "periode ini. Setiap angka dihitung tepat (tanpa pembulatan biner) lalu dibulatkan "
          "sebagaimana aturannya menyatakan. Angka ditulis dengan format "
       << (options.loc == locale::id ? "Indonesia (1.234,5)" : "Inggris (1,234.5)")
       << ".</p>\n</footer>\n</body>\n</html>\n";
}

} // namespace ind::rt::report
