// The report layer: the figures Bab III adds to the evaluator's (differences, recapitulations,
// breakdowns), the audit-finding hook in every format, and the shape of the HTML and its charts.
#include "runtime/report/charts.hpp"
#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

using namespace ind;
using test::data_folder;
using test::text;
using files = std::map<std::string, std::string>;

namespace {

const char* rules = R"(instansi "Uji" renstra 2024..2026
tabel aspek "aspek.csv" "Skor aspek" { kolom aspek teks  kolom skor desimal }
realisasi "realisasi.csv"
anggaran "anggaran.csv" { serapan bulat 2  predikat rentang }
skala rentang "Rentang" { [100..~) "Sangat memuaskan"  [85..100) "Sangat Baik"  (~..85) "Kurang" }
indikator merit "Indeks Sistem Merit" {
  tingkat tujuan
  rumus jumlah(aspek.skor) bulat 1
  target 2024: 281,5  2025: 296,7  2026: 300
  capaian bulat 1
  predikat rentang
  anggaran semua
}
indikator keluhan "Jumlah keluhan" {
  tingkat sasaran
  induk merit
  arah turun
  target 2024: 10  2025: 8
  capaian = target / realisasi * 100 bulat 1
  predikat rentang
}
indikator dokumen "Dokumen sesuai" {
  tingkat sasaran
  induk merit
  target 2024: 84
  capaian bulat 0
  predikat rentang
}
)";

const files data = {
   {"aspek.csv", "aspek;skor\nPerencanaan;40\nPengadaan;37,5\nSistem Informasi;220\n"},
   {"realisasi.csv", "indikator;periode;nilai\nmerit;2023;281,5\nkeluhan;2024;12\n"
                     "keluhan;2023;15\ndokumen;2024;82\n"},
   {"anggaran.csv", "kode;nama;pagu;realisasi\nA;Program A;1.000;950\nA.1;Kegiatan;1.000;950\n"
                    "B;Program B;300;200\nC;Program C;200;170\n"},
};

std::unique_ptr<test::evaluated> evaluated(const files& folder_files = data)
{
   static std::vector<std::unique_ptr<data_folder>> folders; // outlive the dataset's paths
   folders.push_back(std::make_unique<data_folder>(folder_files));
   auto e = test::evaluate(rules, folders.back()->path(), rt::period::of_year(2024));
   REQUIRE(e->rules->program);
   REQUIRE_FALSE(e->rules->sink.has_errors());
   return e;
}

const rt::report::difference& find(const rt::report::indicator_row& row,
                                   rt::report::difference::kind what, int year)
{
   for (const auto& d : row.differences) {
      if (d.what == what && d.when.year == year) {
         return d;
      }
   }
   throw std::runtime_error("no difference");
}

template <typename Render>
std::string rendered(const rt::report::document& doc, Render render)
{
   std::ostringstream out;
   render(out, doc, rt::report::render_options{});
   return out.str();
}

bool contains(const std::string& text, const std::string& part)
{
   return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("report: shares of a count are rounded half-up to one decimal")
{
   CHECK(text(rt::report::share_of(2, 3)) == "66.7");
   CHECK(text(rt::report::share_of(1, 3)) == "33.3");
   CHECK(text(rt::report::share_of(1, 8)) == "12.5"); // a tie: half-up
   CHECK(text(rt::report::share_of(3, 3)) == "100.0");
   CHECK_FALSE(rt::report::share_of(0, 0).available());
}

TEST_CASE("report: differences are exact, at the indicator's precision, with their verdict")
{
   auto e = evaluated();
   using kind = rt::report::difference::kind;
   const auto& merit = e->row("merit");
   CHECK(text(merit.realisasi) == "297.5");
   CHECK(text(find(merit, kind::target, 2024).amount) == "16.0");
   CHECK(find(merit, kind::target, 2024).verdict == "di atas target");
   CHECK(text(find(merit, kind::earlier, 2023).amount) == "16.0");
   CHECK(find(merit, kind::earlier, 2023).verdict == "naik");
   CHECK(text(find(merit, kind::renstra, 2025).amount) == "-0.8");
   CHECK(find(merit, kind::renstra, 2025).verdict == "sudah tercapai");
   CHECK(text(find(merit, kind::renstra, 2026).amount) == "2.5");
   CHECK(find(merit, kind::renstra, 2026).verdict == "perlu peningkatan");

   // Lower is better: the Renstra gap is how far realisasi must still come down.
   const auto& keluhan = e->row("keluhan");
   CHECK(find(keluhan, kind::earlier, 2023).verdict == "turun");
   CHECK(text(find(keluhan, kind::earlier, 2023).amount) == "-3");
   CHECK(text(find(keluhan, kind::renstra, 2025).amount) == "4");
   CHECK(find(keluhan, kind::renstra, 2025).verdict == "perlu penurunan");
}

TEST_CASE("report: the recapitulations count IKU and budget programs per band")
{
   auto e = evaluated();
   REQUIRE(e->doc.recaps.size() == 2);
   const auto& iku = e->doc.recaps[0];
   CHECK(iku.subject == "iku");
   CHECK(iku.total == 3);
   // merit 105,7 -> Sangat memuaskan; keluhan 10/12 = 83,3 -> Kurang; dokumen 98 -> Sangat Baik.
   CHECK(iku.bands[0].count == 1);
   CHECK(iku.bands[1].count == 1);
   CHECK(iku.bands[2].count == 1);
   CHECK(text(iku.bands[0].share) == "33.3");
   const auto& budget = e->doc.recaps[1];
   CHECK(budget.subject == "anggaran");
   CHECK(budget.total == 3); // A, B and C; A.1 is a kegiatan
   CHECK(budget.bands[1].count == 2); // 95 % and 85 %
   CHECK(budget.bands[2].count == 1); // 66,67 %
   CHECK(text(budget.bands[2].share) == "33.3");
   CHECK(rt::report::band_range(iku.bands[1], rt::locale::id) == "85 ≤ x < 100");
   CHECK(rt::report::band_range(iku.bands[0], rt::locale::id) == "x ≥ 100");
   CHECK(rt::report::band_range(iku.bands[2], rt::locale::en) == "x < 85");
}

TEST_CASE("report: the table an indicator aggregates is shown with the total it computes")
{
   auto e = evaluated();
   REQUIRE(e->doc.breakdowns.size() == 1);
   const auto& b = e->doc.breakdowns[0];
   CHECK(b.table == "aspek");
   CHECK(b.title == "Skor aspek");
   CHECK(b.used_by == std::vector<std::string>{"Indeks Sistem Merit"});
   REQUIRE(b.rows.size() == 3);
   CHECK(b.rows[1][0].text == "Pengadaan");
   CHECK(text(b.rows[1][1].figure) == "37.5");
   CHECK(text(b.rows[0][1].figure) == "40.0"); // the column's finest decimals
   REQUIRE(b.totals.size() == 1);
   CHECK(b.totals[0].label == "Jumlah");
   CHECK_FALSE(b.totals[0].cells[0]);
   CHECK(text(*b.totals[0].cells[1]) == "297.5");
}

TEST_CASE("report: a large table is summarised, not listed")
{
   std::string many = "aspek;skor\n";
   for (std::size_t i = 0; i < rt::report::max_breakdown_rows + 1; ++i) {
      many += 'a'; // appended piece by piece: GCC 12 warns falsely on "a" + std::to_string(i)
      many += std::to_string(i);
      many += ";1\n";
   }
   files big = data;
   big["aspek.csv"] = many;
   auto e = evaluated(big);
   const auto& b = e->doc.breakdowns.at(0);
   CHECK_FALSE(b.rows_shown);
   CHECK(b.rows.empty());
   CHECK(b.row_count == rt::report::max_breakdown_rows + 1);
   CHECK(text(*b.totals.at(0).cells[1]) == "61.0");
}

TEST_CASE("report: an audit finding is marked in place and listed in every format")
{
   auto e = evaluated();
   rt::report::document doc = e->doc;
   doc.indicators[0].realisasi.finding = "tercetak 296,5; dihitung 297,5";
   doc.indicators[0].achievement_band.finding = "tercetak Sangat Baik";

   const std::string md = rendered(doc, rt::report::render_markdown);
   CHECK(contains(md, "| 297,5 [1] |"));
   CHECK(contains(md, "| Sangat memuaskan [2] |"));
   CHECK(contains(md, "### Catatan Temuan"));
   CHECK(contains(md, "| 1 | Capaian Kinerja 2024 | Indeks Sistem Merit | Realisasi | "
                      "tercetak 296,5; dihitung 297,5 |"));

   const std::string csv = rendered(doc, rt::report::render_csv);
   CHECK(contains(csv, ";297,5 [1];"));
   CHECK(contains(csv, "# Catatan Temuan\nNo;Tabel;Baris;Kolom;Temuan\n"));

   const std::string html = rendered(doc, rt::report::render_html);
   CHECK(contains(html, "<td class=\"num temuan\" title=\"tercetak 296,5; dihitung 297,5\">297,5"
                        "<a href=\"#temuan-1\""));
   CHECK(contains(html, "<tr id=\"temuan-1\">"));

   // Without findings there is no notes table and no marker.
   const std::string clean = rendered(e->doc, rt::report::render_markdown);
   CHECK_FALSE(contains(clean, "Catatan Temuan"));
   CHECK_FALSE(contains(clean, "[1]"));
}

TEST_CASE("report: the HTML page is self-contained, accessible and has its charts")
{
   auto e = evaluated();
   const std::string html = rendered(e->doc, rt::report::render_html);
   CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"id\">", 0) == 0);
   CHECK_FALSE(contains(html, "<script"));
   CHECK_FALSE(contains(html, "src="));
   CHECK_FALSE(contains(html, "url("));
   CHECK(contains(html, "Content-Security-Policy"));
   CHECK(contains(html, "<th scope=\"col\""));
   CHECK(contains(html, "id=\"grafik-capaian\""));
   CHECK(contains(html, "id=\"grafik-tren\""));
   CHECK(contains(html, "id=\"grafik-serapan\""));
   // Every chart is an image with a title and a description in words.
   std::size_t charts = 0;
   for (std::size_t at = html.find("<svg "); at != std::string::npos;
        at = html.find("<svg ", at + 1)) {
      ++charts;
      const std::string head = html.substr(at, html.find("</desc>", at) - at);
      CHECK(contains(head, "role=\"img\""));
      CHECK(contains(head, "<title id="));
      CHECK(contains(head, "<desc id="));
   }
   CHECK(charts == 4); // target vs realisasi, the trends of merit and keluhan, absorption
   // Geometry is exact decimals written with at most one decimal place.
   CHECK(contains(html, "width=\"500\"")); // the longest bar: realisasi 297,5 of merit
   const std::regex coordinate(R"re(\b(x|y|x1|y1|x2|y2|cx|cy|width|height)="([^"]*)")re");
   std::size_t coordinates = 0;
   for (auto it = std::sregex_iterator(html.begin(), html.end(), coordinate);
        it != std::sregex_iterator(); ++it) {
      ++coordinates;
      CHECK(std::regex_match((*it)[2].str(), std::regex(R"(-?\d+(\.\d)?)")));
   }
   CHECK(coordinates > 100);
}

TEST_CASE("report: XLSX sheet names are short, legal and unique")
{
   auto e = evaluated();
   std::set<std::string> names;
   for (const auto& t : rt::report::lkjip_tables(e->doc, {})) {
      CHECK(t.sheet.size() <= 31);
      CHECK(t.sheet.find_first_of("[]:*?/\\") == std::string::npos);
      CHECK(names.insert(t.sheet).second);
   }
}

TEST_CASE("report: text is escaped for HTML and SVG")
{
   CHECK(rt::report::escape_xml("a<b & \"c\" 'd'>") ==
         "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
}

TEST_CASE("report: a trend line is broken where a year has no figure")
{
   const auto figure = [](std::int64_t v) {
      rt::report::number n;
      n.value = rt::decimal(v);
      return n;
   };
   rt::report::document doc;
   doc.when = rt::period::of_year(2024);
   rt::report::indicator_row row;
   row.name = "Indeks";
   row.realisasi = figure(80);
   row.history = {{rt::period::of_year(2021), figure(70)}};
   doc.indicators.push_back(row);
   std::string svg = rt::report::chart_trends(doc, rt::locale::id);
   CHECK(contains(svg, "<circle"));
   CHECK_FALSE(contains(svg, "<polyline")); // 2021 and 2024: nothing measured in between

   doc.indicators[0].history.push_back({rt::period::of_year(2023), figure(75)});
   svg = rt::report::chart_trends(doc, rt::locale::id);
   CHECK(contains(svg, "<polyline class=\"realisasi\" points=\"")); // 2023-2024 joined
   CHECK(svg.find("<polyline") == svg.rfind("<polyline"));         // and only those
}
