// The evaluator on small rule files with their own data: exact arithmetic, explicit rounding,
// missing values that stay missing, periods, aggregates and choices.
#include "support.hpp"

#include <doctest/doctest.h>

using namespace ind;
using test::data_folder;
using test::text;
using files = std::map<std::string, std::string>;

namespace {

const char* ipasn_rules = R"(instansi "Uji" renstra 2024..2024
tabel dimensi "dimensi.csv" { kolom dimensi teks  kolom pns desimal  kolom pppk desimal }
realisasi "realisasi.csv"
skala kategori "Kategori" {
  (90..100] "Sangat Tinggi"  (80..90] "Tinggi"  (70..80] "Sedang"  (60..70] "Rendah"  [0..60] "Sangat Rendah"
}
skala rentang "Rentang" { [100..~) "Sangat memuaskan"  [85..100) "Sangat Baik"  (~..85) "Kurang" }
nilai pns "PNS" = jumlah(dimensi.pns) bulat 2
nilai pppk "PPPK" = jumlah(dimensi.pppk) bulat 2
indikator ip_asn "IP ASN" {
  tingkat tujuan
  rumus rata(pns; pppk) bulat 2
  target 2024: 71,17
  capaian bulat 1
  predikat rentang
  kategori kategori
}
nilai naik "Kenaikan dari tahun lalu" = ip_asn - realisasi(ip_asn; periode - 1)
nilai tanpa_bulat "Rata-rata tepat" = tepat(ip_asn)
)";

const std::map<std::string, std::string> ipasn_data = {
   {"dimensi.csv", "dimensi;pns;pppk\nKualifikasi;20,72;24,95\nKompetensi;29,21;19,9\n"
                   "Kinerja;24,99;24,86\nDisiplin;5;5\n"},
   {"realisasi.csv", "indikator;periode;nilai\nip_asn;2023;71,17\nip_asn;2022;54,67\n"},
};

std::string value_of(const test::evaluated& e, const std::string& id)
{
   for (const auto& v : e.doc.values) {
      if (v.id == id) {
         return text(v.figure);
      }
   }
   return "?";
}

} // namespace

TEST_CASE("evaluate: IP ASN 2024 of Pasuruan, 77,315 rounds half-up to 77,32")
{
   data_folder folder(ipasn_data);
   auto e = test::evaluate(ipasn_rules, folder.path(), core::period::of_year(2024));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   const auto& row = e->row("ip_asn");
   CHECK(value_of(*e, "pns") == "79.92");
   CHECK(value_of(*e, "pppk") == "74.71");
   CHECK(text(row.realisasi) == "77.32");
   CHECK(value_of(*e, "tanpa_bulat") == "77.315");
   CHECK(text(row.achievement) == "108.6");
   CHECK(*row.achievement_band.text == "Sangat memuaskan");
   CHECK(*row.value_band.text == "Sedang");
   CHECK(value_of(*e, "naik") == "6.15");
   REQUIRE(row.earlier.size() == 2);
   CHECK(row.earlier[0].when.to_string() == "2022");
   CHECK(text(row.earlier[0].realisasi) == "54.67");
}

TEST_CASE("evaluate: a cell written '-' is not available, never zero")
{
   auto data = ipasn_data;
   data["dimensi.csv"] = "dimensi;pns;pppk\nKualifikasi;20,72;-\n";
   data_folder folder(data);
   auto e = test::evaluate(ipasn_rules, folder.path(), core::period::of_year(2024));
   const auto& row = e->row("ip_asn");
   CHECK_FALSE(row.realisasi.available());
   CHECK(row.realisasi.note.find("kosong") != std::string::npos);
   CHECK_FALSE(row.achievement.available());
   CHECK(value_of(*e, "pns") == "20.72");
   CHECK(e->rules->has("W-TIDAK-TERSEDIA"));
}

TEST_CASE("evaluate: realisasi from the data file fills periods the tables do not cover")
{
   data_folder folder(ipasn_data);
   auto e = test::evaluate(ipasn_rules, folder.path(), core::period::of_year(2024));
   const auto& ip_asn = *e->rules->program->find_indicator("ip_asn");
   const rt::figure_value earlier = e->eval->realisasi(ip_asn, core::period::of_year(2023));
   CHECK(earlier.shown == rt::value(core::decimal::from_scaled(7117, 2)));
   CHECK(earlier.from_data);
   CHECK_FALSE(e->eval->realisasi(ip_asn, core::period::of_year(2024)).from_data);
   CHECK(e->eval->target(ip_asn, core::period::of_year(2023)).is_missing());
}

TEST_CASE("evaluate: a quarter without its own target is measured against its semester's, then "
          "its year's")
{
   const char* rules = R"(instansi "Uji" renstra 2024..2024
realisasi "realisasi.csv"
indikator x "X" { tingkat sasaran; satuan indeks; arah naik; target 2024: 84  2024-S2: 90  2024-TW4: 95 }
nilai dipakai "Target dipakai" = target(x; periode)
)";
   data_folder folder(files{{"realisasi.csv", "indikator;periode;nilai\nx;2024-TW1;42\n"
                                              "x;2024-TW3;45\nx;2024-TW4;19\n"}});
   const auto target_in = [&](const char* when) {
      const auto p = *core::period::parse(when);
      auto e = test::evaluate(rules, folder.path(), p);
      const auto& row = e->row("x");
      return text(row.target) + " " + (row.target_from ? row.target_from->to_string() : "-") +
             " " + text(row.achievement) + " " + value_of(*e, "dipakai");
   };
   CHECK(target_in("2024-TW1") == "84 2024 50 84");
   CHECK(target_in("2024-TW3") == "90 2024-S2 50 90");
   CHECK(target_in("2024-TW4") == "95 - 20 95");
   CHECK(target_in("2024") == "84 - - 84");
   // Another year's target never stands in.
   CHECK(target_in("2025-TW1").rfind("- - -", 0) == 0);
}

TEST_CASE("evaluate: a recorded realisasi that contradicts the formula is reported")
{
   auto data = ipasn_data;
   data["realisasi.csv"] = "indikator;periode;nilai\nip_asn;2024;77,31\n";
   data_folder folder(data);
   auto e = test::evaluate(ipasn_rules, folder.path(), core::period::of_year(2024));
   CHECK(text(e->row("ip_asn").realisasi) == "77.32");
   CHECK(e->rules->has("W-REALISASI-GANDA"));
}

TEST_CASE("evaluate: division by zero gives 'not available' with its place")
{
   data_folder folder(files{{"t.csv", "a;b\n5;0\n"}});
   auto e = test::evaluate(R"(instansi "Uji"
tabel t "t.csv" { kolom a desimal  kolom b desimal }
nilai q "Q" = jumlah(t.a) / jumlah(t.b)
nilai p "P" = persen(jumlah(t.a); jumlah(t.b))
nilai aman "Aman" = jika_kosong(jumlah(t.a) / jumlah(t.b); 0)
nilai ada "Ada" = jika tersedia(jumlah(t.a) / jumlah(t.b)) maka 1 lain 2)",
                           folder.path(), core::period::of_year(2024));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   CHECK(e->doc.values[0].figure.note == "pembagian dengan nol (jumlah(t.b) bernilai 0)");
   CHECK_FALSE(e->doc.values[1].figure.available());
   CHECK(text(e->doc.values[2].figure) == "0");
   CHECK(text(e->doc.values[3].figure) == "2");
}

TEST_CASE("evaluate: aggregates, lookups, counts and choices")
{
   data_folder folder(files{{"p.csv", "nama;jenis;pendidikan;jp\nA;PNS;S2;24\nB;PNS;S1;8\n"
                                 "C;PPPK;SMA;0\nD;PPPK;S3;20\n"}});
   auto e = test::evaluate(R"(instansi "Uji"
tabel p "p.csv" { kolom nama teks  kolom jenis teks  kolom pendidikan teks  kolom jp bulat }
aturan kualifikasi(pendidikan) = pilih pendidikan { "S3": 25  "S2": 20  "S1", "D4": 15  lainnya: 1 }
aturan teknis(jp) = min(jp; 20) / 20 * 22,5
nilai jumlah_pns "PNS" = hitung(p dengan jenis = "PNS")
nilai rata_kualifikasi "Rata kualifikasi" = rata(kualifikasi(p.pendidikan))
nilai teknis_pppk "Teknis PPPK" = jumlah(teknis(p.jp) dengan jenis = "PPPK")
nilai jp_b "JP B" = ambil(p.jp dengan nama = "B")
nilai jp_x "JP X" = ambil(p.jp dengan nama = "X")
nilai tertinggi "Maks" = maks(p.jp)
nilai sepertiga "1/3" = bulat(1 / 3; 4)
nilai dipotong "Potong" = potong(97,619; 0)
nilai genap "Genap" = bulat_genap(2,5; 0)
nilai minus "Minus" = bulat(-2,5; 0))",
                           folder.path(), core::period::of_year(2024));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   const std::vector<std::string> expected = {"2", "15.25", "22.5", "8", "-", "24",
                                              "0.3333", "97", "2", "-3"};
   REQUIRE(e->doc.values.size() == expected.size());
   for (std::size_t i = 0; i < expected.size(); ++i) {
      CAPTURE(e->doc.values[i].id);
      CHECK(text(e->doc.values[i].figure) == expected[i]);
   }
}

TEST_CASE("evaluate: a lookup that finds two rows is an error")
{
   data_folder folder(files{{"p.csv", "nama;jp\nA;1\nA;2\n"}});
   auto e = test::evaluate(R"(instansi "Uji"
tabel p "p.csv" { kolom nama teks  kolom jp bulat }
nilai x "X" = ambil(p.jp dengan nama = "A"))",
                           folder.path(), core::period::of_year(2024));
   CHECK(e->rules->has("E-DATA-GANDA"));
}

TEST_CASE("evaluate: a value in a scale's overlap or gap gets no band, and says why")
{
   data_folder folder(files{{"t.csv", "a\n100\n"}});
   auto e = test::evaluate(R"(instansi "Uji"
tabel t "t.csv" { kolom a desimal }
skala efisiensi "E" { [90..100] "Cukup"  [100..110] "Efisien" }
skala celah "C" { [91..~) "Tinggi"  (~..90] "Rendah" }
indikator x "X" { tingkat tujuan  rumus jumlah(t.a)  target 2024: 100  predikat efisiensi }
indikator y "Y" { tingkat tujuan  rumus jumlah(t.a) - 9,5  target 2024: 100  kategori celah })",
                           folder.path(), core::period::of_year(2024));
   const auto& x = e->row("x");
   CHECK_FALSE(x.achievement_band.text);
   CHECK(x.achievement_band.note ==
         "100 masuk dua kelas pada skala efisiensi: \"Cukup\" [90..100] dan \"Efisien\" [100..110]");
   const auto& y = e->row("y");
   CHECK(y.value_band.note == "90,5 tidak masuk kelas mana pun pada skala celah");
}

TEST_CASE("evaluate: budget totals are recomputed from their lines")
{
   data_folder folder(files{{"anggaran.csv", "kode;nama;pagu;realisasi\n"
                                        "A;Program;Rp 310,-;Rp 250,-\n"
                                        "A.1;Kegiatan 1;100;90\nA.2;Kegiatan 2;200;160\n"
                                        "B;Program B;1.000;500\n"}});
   auto e = test::evaluate(R"(instansi "Uji"
anggaran "anggaran.csv" { serapan bulat 2 }
indikator x "X" { tingkat tujuan  rumus 100  target 2024: 100  capaian bulat 0
                  anggaran "A"  efisiensi bulat 1 })",
                           folder.path(), core::period::of_year(2024));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   const auto& x = e->row("x");
   CHECK(text(x.budget_ceiling) == "300");
   CHECK(text(x.budget_realised) == "250");
   CHECK(text(x.absorption) == "83.33");
   CHECK(text(x.efficiency) == "120.0"); // 100 / 83,33 x 100 = 120,004...
   CHECK(e->rules->has("W-ANGGARAN-JUMLAH"));
   REQUIRE(e->doc.budget_total);
   CHECK(text(e->doc.budget_total->ceiling) == "1300");
   CHECK(text(e->doc.budget_total->absorption) == "57.69");
}

TEST_CASE("evaluate: lower-is-better capaian as the rule states it")
{
   data_folder folder(files{{"t.csv", "a\n20\n"}});
   auto e = test::evaluate(R"(instansi "Uji"
tabel t "t.csv" { kolom a desimal }
indikator selisih "S" { tingkat tujuan  arah turun  rumus jumlah(t.a)  target 2024: 10
                        capaian = (2 * target - realisasi) / target * 100 bulat 2 }
indikator rasio "R" { tingkat tujuan  arah turun  rumus jumlah(t.a)  target 2024: 10
                      capaian = target / realisasi * 100 bulat 2 })",
                           folder.path(), core::period::of_year(2024));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   CHECK(text(e->row("selisih").achievement) == "0.00");
   CHECK(text(e->row("rasio").achievement) == "50.00");
}

TEST_CASE("evaluate: the version in force is chosen by the period evaluated")
{
   data_folder folder(files{{"t.csv", "periode;nilai\n2021;80\n2022;80\n"}});
   auto e = test::evaluate(R"(instansi "Uji"
tabel t "t.csv" { kolom periode periode  kolom nilai desimal }
bobot komponen "Komponen" total 100 {
  perencanaan "P" 30  pengukuran "U" 25  pelaporan "L" 15  evaluasi "E" 10  capaian "C" 20
}
bobot komponen "Komponen" total 100 {
  perencanaan "P" 30  pengukuran "U" 30  pelaporan "L" 15  evaluasi "E" 25
  berlaku sejak 2022
}
skala predikat "P" { (70..~) "Baik"  (~..70] "Kurang" }
skala predikat "P" { (90..~) "Baik"  (~..90] "Kurang"  berlaku sejak 2022 }
nilai bobot_ukur "U" = komponen.pengukuran
nilai bobot_capaian "C" = jika_kosong(komponen.capaian; 0)
nilai kelas_nilai "K" = jika kelas(predikat; jumlah(t.nilai)) = "Baik" maka 1 lain 0)",
                           folder.path(), core::period::of_year(2021));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   const auto& p = *e->rules->program;
   const auto at = [&](const char* name, int year) {
      return e->eval->named(*p.find_value(name), core::period::of_year(year)).shown.describe();
   };
   CHECK(at("bobot_ukur", 2021) == "25");
   CHECK(at("bobot_ukur", 2022) == "30");
   CHECK(at("bobot_capaian", 2021) == "20");
   CHECK(at("bobot_capaian", 2022) == "0");
   CHECK(at("kelas_nilai", 2021) == "1");
   CHECK(at("kelas_nilai", 2022) == "0");
}

TEST_CASE("resolve: two versions with the same date are duplicates")
{
   auto c = test::compile("instansi \"Uji\"\ntetapan a = 1 berlaku sejak 2022\ntetapan a = 2 berlaku sejak 2022\n");
   CHECK(c->codes() == std::vector<std::string>{"E-GANDA"});
}

TEST_CASE("evaluate: outside berlaku sejak ... sampai a declaration is not available, saying why")
{
   data_folder folder(files{});
   auto e = test::evaluate(R"(instansi "Uji"
tetapan a = 1 berlaku sejak 2019 sampai 2025
bobot w total 100 { x 60  y 40  berlaku sampai 2021 }
bobot w total 100 { x 70  y 30  berlaku sejak 2023 }
nilai na "A" = a
nilai nw "W" = w.x)",
                           folder.path(), core::period::of_year(2024));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   const auto& p = *e->rules->program;
   const auto at = [&](const char* name, const char* when) {
      const auto v = e->eval->named(*p.find_value(name), *core::period::parse(when)).shown;
      return v.is_missing() ? v.as_missing().reason : v.describe();
   };
   CHECK(at("na", "2018") == "a berlaku sejak 2019, belum pada periode 2018");
   CHECK(at("na", "2019-TW1") == "1");
   CHECK(at("na", "2025") == "1");
   CHECK(at("na", "2025-TW4") == "1");
   CHECK(at("na", "2025-S2") == "1");
   CHECK(at("na", "2026") == "a berlaku sampai 2025, tidak lagi pada periode 2026");
   CHECK(at("na", "2026-TW1") == "a berlaku sampai 2025, tidak lagi pada periode 2026-TW1");
   // Between two versions of a weight set, no version holds.
   CHECK(at("nw", "2021") == "60");
   CHECK(at("nw", "2022") == "w berlaku sampai 2021, tidak lagi pada periode 2022");
   CHECK(at("nw", "2023") == "70");
}

TEST_CASE("trace: a version's citation gives the whole period it is in force")
{
   auto c = test::compile(R"(modul m
bobot w total 100 { x 60  y 40  berlaku sejak 2015  dasar "Lama"  status asumsi }
bobot w total 100 { x 70  y 30  berlaku sejak 2022-TW2  dasar "Baru" }
tetapan t = 1 berlaku sampai 2025)");
   REQUIRE_FALSE(c->sink.has_errors());
   const auto& first = *c->program->weights.front()->versions.front();
   const auto& head = *c->program->weights.front();
   CHECK(rt::version_citation(head, first) ==
         "dasar: Lama; status: asumsi; berlaku sejak 2015 sampai 2022-TW1");
   CHECK(rt::version_citation(head, *head.versions.back()) == "dasar: Baru; berlaku sejak 2022-TW2");
   const auto& t = *c->program->constants.front();
   CHECK(rt::version_citation(t, t) == "berlaku sampai 2025");
}

TEST_CASE("evaluate: in a formula 30% is 0,3; weights and targets keep percentage points")
{
   data_folder folder(files{});
   auto e = test::evaluate(R"(instansi "Uji"
bobot komponen "Komponen" total 100% { a "A" 30%  b "B" 70% }
nilai tiga_puluh_persen "30% dari 80" = 80 * 30%
nilai setengah_persen "0,5%" = 0,5%
nilai bobot_a "Bobot A" = komponen.a
nilai poin_a "Poin A dari skor 80" = 80 * komponen.a / 100)",
                           folder.path(), core::period::of_year(2024));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   const auto& p = *e->rules->program;
   const auto at = [&](const char* name) {
      return e->eval->named(*p.find_value(name), core::period::of_year(2024)).shown.describe();
   };
   CHECK(at("tiga_puluh_persen") == "24");
   CHECK(at("setengah_persen") == "0,005");
   CHECK(at("bobot_a") == "30");
   CHECK(at("poin_a") == "24");
}

TEST_CASE("evaluate: a result beyond the size of an exact value is reported where it arises")
{
   data_folder folder(files{});
   auto e = test::evaluate(R"(instansi "Uji"
nilai a "A" = 123456789 * 1.000.000.000 * 1.000.000.000 * 1.000.000.000 * 1.000.000.000
nilai b "B" = a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a
nilai c "C" = b * b
nilai d "D" = c * c
nilai kecil "Kecil" = a * 2)",
                           folder.path(), core::period::of_year(2024));
   REQUIRE(e->eval);
   const auto& p = *e->rules->program;
   const auto at = [&](const char* name) {
      return e->eval->named(*p.find_value(name), core::period::of_year(2024)).shown;
   };
   CHECK(at("c").is_number());
   CHECK(at("d").is_missing());
   CHECK(e->rules->places() == std::vector<std::string>{"5:15 E-BATAS"});
   CHECK(at("kecil").describe() == "246.913.578.000.000.000.000.000.000.000.000.000.000.000.000");
}

TEST_CASE("evaluate: a period moved by more steps than any report needs is not available")
{
   data_folder folder(files{});
   auto e = test::evaluate(R"(instansi "Uji"
nilai lalu "Tahun lalu" = periode - 1
nilai jauh "Terlalu jauh" = periode - (0 - 9.223.372.036.854.775.808)
nilai jauh_maju "Terlalu jauh ke depan" = periode + 100.001)",
                           folder.path(), core::period::of_year(2024));
   REQUIRE(e->eval);
   const auto& p = *e->rules->program;
   const auto at = [&](const char* name) {
      return e->eval->named(*p.find_value(name), core::period::of_year(2024)).shown;
   };
   CHECK(at("lalu").describe() == "2023");
   CHECK(at("jauh").is_missing());
   CHECK(at("jauh_maju").is_missing());
}
