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
   auto e = test::evaluate(rules, folders.back()->path(), core::period::of_year(2024));
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
std::string rendered(const rt::report::document& doc, Render render,
                     core::locale loc = core::locale::id)
{
   std::ostringstream out;
   render(out, doc, rt::report::render_options{loc});
   return out.str();
}

bool contains(const std::string& text, const std::string& part)
{
   return text.find(part) != std::string::npos;
}

core::decimal number_in(const std::string& text)
{
   const auto d = core::decimal::parse(text);
   REQUIRE(d);
   return *d;
}

std::string unescaped(std::string text)
{
   for (const auto& [entity, c] : {std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"},
                                   std::pair{"&quot;", "\""}, std::pair{"&#39;", "'"},
                                   std::pair{"&amp;", "&"}}) {
      for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at)) {
         text.replace(at, std::string(entity).size(), c);
         ++at;
      }
   }
   return text;
}

// Every text of every chart lies inside its chart by the width estimate, and no text is crossed
// by a reference line. Returns how many texts and how many reference lines were checked, so that
// a pattern that stops matching shows as nothing checked.
struct chart_checks
{
   std::size_t texts = 0;
   std::size_t lines = 0;
};

chart_checks check_chart_text(const std::string& html)
{
   const std::regex svg_re(R"re(<svg [^>]*viewBox="0 0 ([0-9.]+) [0-9.]+"[^>]*>(.*?)</svg>)re");
   const std::regex text_re(R"re(<text x="([-0-9.]+)" y="([-0-9.]+)"([^>]*)>([^<]*)</text>)re");
   const std::regex line_re(R"re(<line x1="([-0-9.]+)" y1="([-0-9.]+)" x2="[-0-9.]+" )re"
                            R"re(y2="([-0-9.]+)" class="reference"/>)re");
   chart_checks checked;
   for (auto s = std::sregex_iterator(html.begin(), html.end(), svg_re);
        s != std::sregex_iterator(); ++s) {
      const core::decimal width = number_in((*s)[1].str());
      const std::string body = (*s)[2].str();
      struct extent
      {
         core::decimal left, right, top, bottom;
         std::string content;
      };
      std::vector<extent> texts;
      for (auto t = std::sregex_iterator(body.begin(), body.end(), text_re);
           t != std::sregex_iterator(); ++t) {
         const std::string attributes = (*t)[3].str();
         const std::string content = unescaped((*t)[4].str());
         const std::int64_t size = contains(attributes, "name")    ? 13
                                   : contains(attributes, "point") ? 11
                                                                   : 12;
         const core::decimal x = number_in((*t)[1].str());
         const core::decimal y = number_in((*t)[2].str());
         const core::decimal w = rt::report::text_width(content, size);
         const core::decimal half = *core::decimal::divide(w, core::decimal(2));
         const core::decimal left = contains(attributes, "text-anchor=\"end\"")      ? x - w
                                  : contains(attributes, "text-anchor=\"middle\"") ? x - half
                                                                                   : x;
         INFO("text '" << content << "' at x " << x.to_string() << " in a chart "
                       << width.to_string() << " wide");
         CHECK(left.sign() >= 0);
         CHECK(left + w <= width);
         texts.push_back({left, left + w, y - core::decimal(size), y + core::decimal(3), content});
         ++checked.texts;
      }
      for (auto l = std::sregex_iterator(body.begin(), body.end(), line_re);
           l != std::sregex_iterator(); ++l) {
         const core::decimal x = number_in((*l)[1].str());
         const core::decimal top = number_in((*l)[2].str());
         const core::decimal bottom = number_in((*l)[3].str());
         ++checked.lines;
         for (const extent& t : texts) {
            const bool beside = t.bottom < top || bottom < t.top;
            INFO("text '" << t.content << "' and the line at x " << x.to_string());
            CHECK((beside || x < t.left || t.right < x));
         }
      }
   }
   return checked;
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
   CHECK(rt::report::band_range(iku.bands[1], core::locale::id) == "85 ≤ x < 100");
   CHECK(rt::report::band_range(iku.bands[0], core::locale::id) == "x ≥ 100");
   CHECK(rt::report::band_range(iku.bands[2], core::locale::en) == "x < 85");
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

TEST_CASE("report: audit findings are marked on every figure they concern and all listed")
{
   auto e = evaluated();
   rt::report::document doc = e->doc;
   doc.findings = {
      {"Tabel 3.6", "realisasi Indeks Sistem Merit", "296,5", "297,5", "lebih kecil 1,0"},
      {"Tabel 3.11", "realisasi Indeks Sistem Merit", "281,5", "297,5", "sama dengan target 2024"},
      {"Ikhtisar", "predikat Indeks Sistem Merit", "Sangat Baik", "Sangat memuaskan", ""},
      {"Lampiran", "target Indeks Sistem Merit 2019", "250", "tidak tersedia", ""},
   };
   // One figure printed twice, differently: both findings on the one cell.
   doc.indicators[0].realisasi.findings = {0, 1};
   doc.indicators[0].achievement_band.findings = {2};

   const std::string md = rendered(doc, rt::report::render_markdown);
   CHECK(contains(md, "| 297,5 [1][2] |"));
   CHECK(contains(md, "| Sangat memuaskan [3] |"));
   CHECK(contains(md, "### Catatan Temuan"));
   CHECK(contains(md, "| 1 | Tabel 3.6 | realisasi Indeks Sistem Merit | 296,5 | 297,5 | "
                      "lebih kecil 1,0 | Capaian Kinerja 2024; Perbandingan Realisasi dan Target "
                      "Renstra; "));
   // A finding about a figure no table shows is listed all the same.
   CHECK(contains(md, "| 4 | Lampiran | target Indeks Sistem Merit 2019 | 250 | tidak tersedia |  "
                      "| tidak ditampilkan di tabel |"));

   const std::string csv = rendered(doc, rt::report::render_csv);
   CHECK(contains(csv, ";297,5 [1][2];"));
   CHECK(contains(csv, "# Catatan Temuan\nNo;Lokasi di Laporan;Angka;Tercetak;Dihitung;Petunjuk;"
                       "Ditandai di\n"));

   const std::string html = rendered(doc, rt::report::render_html);
   CHECK(contains(html, "<td role=\"cell\" data-label=\"Realisasi\" class=\"num temuan\" "
                        "title=\"Temuan 1: tercetak 296,5 (Tabel 3.6), "
                        "dihitung 297,5\nTemuan 2: tercetak 281,5 (Tabel 3.11), dihitung 297,5\">"
                        "297,5<sup><a href=\"#temuan-1\" aria-label=\"temuan nomor 1\">1</a>,"
                        "<a href=\"#temuan-2\""));
   CHECK(contains(html, "<tr role=\"row\" id=\"temuan-4\">"));

   // Without findings there is no notes table and no marker.
   const std::string clean = rendered(e->doc, rt::report::render_markdown);
   CHECK_FALSE(contains(clean, "Catatan Temuan"));
   CHECK_FALSE(contains(clean, "[1]"));
}

TEST_CASE("report: Markdown cells cannot open HTML, entities or new cells")
{
   CHECK(rt::report::markdown_text("a < b & c | d \\ e") == "a \\< b \\& c \\| d \\\\ e");
   CHECK(rt::report::markdown_text("baris\nbaru") == "baris baru");
   CHECK(rt::report::markdown_text("Kab/Kota, 77,32 %") == "Kab/Kota, 77,32 %");
   rt::report::table t;
   t.title = "A & B";
   t.headers = {"<b>"};
   t.numeric = {false};
   rt::report::table_row row;
   row.cells.push_back({"x | y", {}, 0, {}, {}});
   t.rows.push_back(row);
   std::ostringstream out;
   rt::report::print_markdown(out, t);
   CHECK(out.str() == "### A \\& B\n\n| \\<b> |\n| --- |\n| x \\| y |\n");
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
   // Target vs realisasi and absorption, each for a page and for a phone; the trends of merit
   // and keluhan.
   CHECK(charts == 6);
   // Geometry is exact decimals written with at most one decimal place.
   const std::regex coordinate(R"re(\b(x|y|x1|y1|x2|y2|cx|cy|width|height)="([^"]*)")re");
   std::size_t coordinates = 0;
   for (auto it = std::sregex_iterator(html.begin(), html.end(), coordinate);
        it != std::sregex_iterator(); ++it) {
      ++coordinates;
      CHECK(std::regex_match((*it)[2].str(), std::regex(R"(-?\d+(\.\d)?)")));
   }
   CHECK(coordinates > 100);
}

TEST_CASE("report: chart text stays inside its chart and clear of the 100 % line")
{
   // The names of the Kota Blitar budget lines (sasaran) and a long indicator name, at both
   // chart widths; values close to 100 % whose label would cross the line.
   files long_names = data;
   long_names["anggaran.csv"] =
      "kode;nama;pagu;realisasi\n"
      "A;Meningkatnya tata kelola kepegawaian sesuai dengan prinsip-prinsip manajemen "
      "kepegawaian yang baik (Indeks Sistem Merit);2.688.593.227;1.563.272.055\n"
      "B;Meningkatnya Kompetensi Aparatur Sipil Negara (Persentase ASN yang mengikuti diklat "
      "dan peningkatan kapasitas ASN);2.411.008.974;2.102.227.874\n"
      "C;Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan "
      "Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, "
      "Pengelolaan Sumber Belajar, dan Kerjasama;1.000;960\n";
   auto e = evaluated(long_names);
   rt::report::document doc = e->doc;
   doc.indicators[0].name =
      "Persentase dokumen/laporan administrasi perangkat daerah yang baik dan sesuai dengan "
      "regulasi yang berlaku di lingkungan pemerintah kabupaten, termasuk Sistem Merit";
   const std::string html = rendered(doc, rt::report::render_html);
   const chart_checks checked = check_chart_text(html);
   CHECK(checked.texts > 40);
   CHECK(checked.lines > 0);
   // The full name is kept for the tooltip, the description and the table.
   CHECK(contains(html, "<title>C — Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, "
                        "Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi,"));
   CHECK(contains(html, "…</text>"));

   // A budget file whose levels the rule file names: the chart says what its bars are.
   doc.budget_levels = {"Sasaran", "Kegiatan"};
   const std::string named = rt::report::chart_absorption(doc, core::locale::id);
   CHECK(contains(named, "Serapan anggaran per sasaran 2024"));
   CHECK(contains(named, ">Jumlah seluruh sasaran</text>"));
   CHECK_FALSE(contains(named, "program"));
}

TEST_CASE("report: labels are wrapped by their estimated width")
{
   using rt::report::text_width;
   const core::decimal room(360);
   // Wide capitals take more room than narrow letters.
   CHECK(text_width("MMMM", 13) > text_width("iiii", 13));
   CHECK(text_width("Program", 13) < room);
   const std::string name =
      "Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, "
      "Jabatan Fungsional, Kepemimpinan, dan Prajabatan";
   const auto lines = rt::report::wrapped(name, core::decimal(720), 13, 3);
   REQUIRE(lines.size() == 2);
   for (const std::string& line : lines) {
      CHECK(text_width(line, 13) <= core::decimal(720));
   }
   CHECK(lines[0] + " " + lines[1] == name); // broken at a space, nothing lost
   // Too long for three lines: the third ends in an ellipsis, still inside the room.
   const auto cut = rt::report::wrapped(name + " " + name + " " + name, room, 13, 3);
   REQUIRE(cut.size() == 3);
   CHECK(cut[2].size() >= 3);
   CHECK(cut[2].substr(cut[2].size() - 3) == "…");
   CHECK(text_width(cut[2], 13) <= room);
   // One word wider than the room is cut, not left to overflow.
   const auto word = rt::report::wrapped(std::string(80, 'W'), room, 13, 3);
   REQUIRE(word.size() == 1);
   CHECK(text_width(word[0], 13) <= room);
}

TEST_CASE("report: the rule file names the levels of its budget codes")
{
   std::string named = rules;
   const std::string declared = "anggaran \"anggaran.csv\" { serapan bulat 2  predikat rentang }";
   REQUIRE(contains(named, declared));
   named.replace(named.find(declared), declared.size(),
                 "anggaran \"anggaran.csv\" { serapan bulat 2  predikat rentang\n"
                 "  tingkat \"Sasaran\", \"Aktivitas\" }");
   data_folder folder(data);
   auto e = test::evaluate(named, folder.path(), core::period::of_year(2024));
   REQUIRE(e->rules->program);
   REQUIRE_FALSE(e->rules->sink.has_errors());
   CHECK(e->doc.budget_levels == std::vector<std::string>{"Sasaran", "Aktivitas"});
   CHECK(e->doc.recaps.at(1).title == "Rekapitulasi Daya Serap Anggaran per Sasaran");
   CHECK(e->doc.recaps.at(1).counted == "Jumlah Sasaran");
   const std::string md = rendered(e->doc, rt::report::render_markdown);
   CHECK(contains(md, "| A | Program A | Sasaran | 1.000 |"));
   CHECK(contains(md, "| A.1 | Kegiatan | Aktivitas | 1.000 |")); // a name no default has
   // Without the declaration: Program, Kegiatan, Sub Kegiatan.
   CHECK(contains(rendered(evaluated()->doc, rt::report::render_markdown),
                  "| A | Program A | Program | 1.000 |"));

   // A level without its name in quotes is a syntax error that says what is expected.
   auto bad = test::compile("instansi \"Uji\"\nanggaran \"a.csv\" { tingkat Sasaran }\n");
   REQUIRE(bad->has("E-SINTAKS"));
   CHECK(contains(bad->sink.sorted().front().message, "nama tingkat anggaran"));
}

TEST_CASE("report: earlier years, other bodies' figures, the budget change and efisiensi forms")
{
   const char* yearly = R"(instansi "Uji" renstra 2021..2026
realisasi "realisasi.csv"
anggaran "anggaran.csv" { serapan bulat 2 }
skala atribut "Atribut" { [85..~) "Sangat berhasil"  (~..85) "Belum" }
indikator merit "Indeks Sistem Merit" {
  tingkat sasaran
  bulat 2
  target 2022: 260  2023: 270  2026: 300
  capaian bulat 2
  predikat atribut
  anggaran "A"
  efisiensi = capaian / serapan bulat 2
}
indikator ipasn "Indeks Profesionalitas ASN" {
  tingkat tujuan
  bulat 2
  target 2023: 71,17
  anggaran "B"
  efisiensi bulat 0
}
)";
   data_folder folder(files{
      {"realisasi.csv", "indikator;periode;nilai;pembanding\n"
                        "merit;2022;262;\nmerit;2023;271,5;\nipasn;2023;77,32;\n"
                        "ipasn;2022;80;Provinsi Jawa Timur\n"
                        "ipasn;2023;87,67;Provinsi Jawa Timur\n"
                        "ipasn;2024;90;Provinsi Jawa Timur\n"
                        "ipasn;2022;81,71;Nasional\n"
                        "merit;2023;n/a;Nasional\n"},
      {"anggaran.csv", "kode;nama;pagu;realisasi;pagu_sebelum\n"
                       "A;Program A;2.379.958.107;1.991.707.604;3.398.999.531\n"
                       "A.1;Kegiatan;2.379.958.107;1.991.707.604;\n"
                       "B;Program B;1.253.087.230;1.032.961.861;1.360.252.230\n"},
   });
   auto e = test::evaluate(yearly, folder.path(), core::period::of_year(2023));
   REQUIRE(e->rules->program);
   REQUIRE_FALSE(e->rules->sink.has_errors());
   const auto& merit = e->row("merit");

   // Blitar Tabel 3.1.2.1: 2022 target 260, realisasi 262, capaian 100,77 (half-up).
   REQUIRE(merit.earlier.size() == 1);
   CHECK(merit.earlier[0].when.year == 2022);
   CHECK(text(merit.earlier[0].realisasi) == "262.00");
   CHECK(text(merit.earlier[0].achievement) == "100.77");
   CHECK(*merit.earlier[0].achievement_band.text == "Sangat berhasil");
   const std::string md = rendered(e->doc, rt::report::render_markdown);
   CHECK(contains(md, "### Target, Realisasi dan Capaian 2022–2023\n"));
   CHECK(contains(md, "| Indeks Sistem Merit | 2022 | 260,00 | 262,00 | 100,77 | Sangat "
                      "berhasil |\n|  | 2023 | 270,00 | 271,50 | 100,56 | Sangat berhasil |\n"));

   // Other bodies: the latest figure up to the year, its year, and the difference in words.
   const auto& ipasn = e->row("ipasn");
   REQUIRE(ipasn.benchmarks.size() == 2);
   CHECK(ipasn.benchmarks[0].body == "Provinsi Jawa Timur");
   CHECK(ipasn.benchmarks[0].when.year == 2023); // 2024 is after the report's year
   CHECK(text(ipasn.benchmarks[0].amount) == "-10.35");
   CHECK(ipasn.benchmarks[0].verdict == "di bawah");
   CHECK(text(ipasn.benchmarks[1].amount) == "-4.39");
   REQUIRE(merit.benchmarks.size() == 1);
   CHECK_FALSE(merit.benchmarks[0].figure.available());
   CHECK(merit.benchmarks[0].verdict == "tidak tersedia");
   CHECK(contains(md, "| Indeks Profesionalitas ASN | 77,32 | Provinsi Jawa Timur | 2023 | 87,67 | "
                      "-10,35 | di bawah 10,35 |"));
   // The gap in the words is written like every other number of the table.
   CHECK(contains(rendered(e->doc, rt::report::render_markdown, core::locale::en),
                  "| -10.35 | di bawah 10.35 |"));
   // The benchmarks are not the agency's realisasi.
   CHECK(ipasn.earlier.empty());

   // Tabel 3.15: the pagu before the change, per program, and their total.
   CHECK(contains(md, "| A | Program A | 3.398.999.531 | 2.379.958.107 | -1.019.041.424 | "
                      "-29,98 |"));
   CHECK(contains(md, "|  | Jumlah | 4.759.251.761 | 3.633.045.337 | -1.126.206.424 | -23,66 |"));
   CHECK_FALSE(contains(md, "| A.1 | Kegiatan | - |"));

   // Efisiensi as a ratio (capaian / serapan) and as a percentage (the default, x 100).
   CHECK(merit.efficiency_ratio);
   CHECK_FALSE(ipasn.efficiency_ratio);
   CHECK(contains(md, "| Efisiensi |")); // one of each: the header says neither
   CHECK(contains(md, "Efisiensi ditulis sebagai rasio (capaian / serapan) untuk: Indeks Sistem "
                      "Merit;"));
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
      n.value = core::decimal(v);
      return n;
   };
   rt::report::document doc;
   doc.when = core::period::of_year(2024);
   rt::report::indicator_row row;
   row.name = "Indeks";
   row.realisasi = figure(80);
   row.earlier = {{core::period::of_year(2021), {}, figure(70), {}, {}, {}}};
   doc.indicators.push_back(row);
   std::string svg = rt::report::chart_trends(doc, core::locale::id);
   CHECK(contains(svg, "<circle"));
   CHECK_FALSE(contains(svg, "<polyline")); // 2021 and 2024: nothing measured in between

   doc.indicators[0].earlier.push_back({core::period::of_year(2023), {}, figure(75), {}, {}, {}});
   svg = rt::report::chart_trends(doc, core::locale::id);
   CHECK(contains(svg, "<polyline class=\"realisasi\" points=\"")); // 2023-2024 joined
   CHECK(svg.find("<polyline") == svg.rfind("<polyline"));         // and only those
}
