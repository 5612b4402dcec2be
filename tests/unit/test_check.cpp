// Static findings: scale gaps and overlaps, weights, targets, directions, levels, unused names.
#include "support.hpp"

#include <doctest/doctest.h>

using ind::test::compile;

namespace {

std::vector<std::string> scale_findings(const std::string& bands, bool used_for_capaian = false)
{
   std::string text = "instansi \"Uji\"\nskala s \"S\" {\n" + bands + "\n}\n";
   if (used_for_capaian) {
      text += "indikator x \"X\" { tingkat tujuan  rumus 1  target 2024: 1  predikat s }\n";
   }
   auto c = compile(text);
   std::vector<std::string> out;
   for (const auto& d : c->sink.sorted()) {
      if (d.code != "W-TAK-DIPAKAI") {
         out.push_back(d.code + " " + d.message);
      }
   }
   return out;
}

} // namespace

TEST_CASE("check: contiguous scales have no findings")
{
   CHECK(scale_findings("[100..~) \"A\"\n[85..100) \"B\"\n(~..85) \"C\"").empty());
   CHECK(scale_findings("(90..100] \"AA\"\n(80..90] \"A\"\n[0..80] \"B\"").empty());
}

TEST_CASE("check: integer-bounded bands leave gaps (Permendagri 86/2017 style)")
{
   CHECK(scale_findings("[91..~) \"ST\"\n[76..90] \"T\"\n(~..75] \"S\"") ==
         std::vector<std::string>{
            "W-SKALA-CELAH ada celah (90..91) antara kelas \"T\" dan \"ST\"",
            "W-SKALA-CELAH ada celah (75..76) antara kelas \"S\" dan \"T\""});
}

TEST_CASE("check: a point in two bands is an overlap; a point in none is a gap")
{
   CHECK(scale_findings("[90..100] \"Cukup\"\n[100..110] \"Efisien\"") ==
         std::vector<std::string>{
            "W-SKALA-CELAH nilai di bawah 90 tidak masuk kelas mana pun",
            "W-SKALA-TUMPANG kelas \"Efisien\" [100..110] bertumpang tindih dengan \"Cukup\" "
            "[90..100]"});
   CHECK(scale_findings("(~..50) \"K\"\n(50..~) \"B\"") ==
         std::vector<std::string>{"W-SKALA-CELAH ada celah [50..50] antara kelas \"K\" dan \"B\""});
}

TEST_CASE("check: a gap's hint names a value in it and the band rewritten to close it")
{
   const auto hints = [](const std::string& bands) {
      std::vector<std::string> out;
      for (const auto& d : compile("instansi \"Uji\"\nskala s \"S\" {\n" + bands + "\n}\n")
                              ->sink.sorted()) {
         if (d.code == "W-SKALA-CELAH") {
            out.push_back(d.hint);
         }
      }
      return out;
   };
   CHECK(hints("[325..400] \"SB\"\n[250..324] \"B\"\n[0..249] \"K\"") ==
         std::vector<std::string>{
            "nilai seperti 324,5 tidak masuk kelas mana pun; tulis kelas \"SB\" sebagai (324..400] "
            "agar bersambung dengan [250..324]",
            "nilai seperti 249,5 tidak masuk kelas mana pun; tulis kelas \"B\" sebagai (249..324] "
            "agar bersambung dengan [0..249]"});
   CHECK(hints("[0,61..1] \"B\"\n[0..0,6) \"K\"") ==
         std::vector<std::string>{"nilai seperti 0,605 tidak masuk kelas mana pun; tulis kelas "
                                  "\"B\" sebagai [0,6..1] agar bersambung dengan [0..0,6)"});
   CHECK(hints("(~..1) \"TIDAK EFISIEN\"\n(1..~) \"EFISIEN\"") ==
         std::vector<std::string>{"nilai seperti 1 tidak masuk kelas mana pun; tulis kelas "
                                  "\"EFISIEN\" sebagai [1..~) agar bersambung dengan (~..1)"});
}

TEST_CASE("check: a capaian scale must reach above 100")
{
   CHECK(scale_findings("[85..100] \"SB\"\n(~..85) \"K\"", true) ==
         std::vector<std::string>{
            "W-SKALA-CELAH capaian di atas 100 tidak masuk kelas mana pun"});
}

TEST_CASE("check: weights must sum to their declared total")
{
   auto c = compile(R"(instansi "Uji"
bobot w "W" total 100 { a "A" 30  b "B" 30  c "C" 15  d "D" 20 }
nilai x = w.a)");
   REQUIRE(c->sink.error_count() == 1);
   CHECK(c->sink.sorted()[0].message == "total bobot 95, harus 100");
   auto ok = compile(R"(instansi "Uji"
bobot w "W" total 100% { a "A" 30%  b "B" 30%  c "C" 15%  d "D" 25% }
nilai x = w.a)");
   CHECK(ok->sink.error_count() == 0);
}

TEST_CASE("check: targets, directions and levels")
{
   auto c = compile(R"(instansi "Uji" renstra 2024..2025
indikator a "A" { tingkat tujuan  rumus 1  target 2024: 0 }
indikator b "B" { tingkat program  induk a  arah turun  rumus 1  target 2024: 1 }
indikator c "C" { tingkat tujuan  induk b  rumus 1  target 2024: 1 })");
   CHECK(c->places() == std::vector<std::string>{"2:1 W-TARGET", "2:51 E-TARGET-NOL",
                                                 "3:1 E-CAPAIAN-ARAH", "4:1 E-TINGKAT",
                                                 "4:1 W-TARGET"});
}

TEST_CASE("check: an indicator needs a source for its realisasi")
{
   auto c = compile("instansi \"Uji\"\nindikator a \"A\" { tingkat tujuan  target 2024: 1 }\n");
   CHECK(c->codes() == std::vector<std::string>{"E-REALISASI"});
}

TEST_CASE("check: an ubah must name one of the keys a pilih on the tetapan lists")
{
   auto misspelt = compile("instansi \"Uji\"\npakai merit\nubah merit.cara_indeks = \"bagii\" dasar \"x\"\n");
   REQUIRE(misspelt->codes() == std::vector<std::string>{"E-PILIHAN"});
   CHECK(misspelt->sink.sorted().front().hint == "pilih salah satu: \"rentang\", \"bagi\"");
   CHECK(compile("instansi \"Uji\"\npakai merit\nubah merit.cara_indeks = \"bagi\" dasar \"x\"\n")
            ->codes()
            .empty());
   // A pilih with `lainnya` takes any value; a number key is compared as a number.
   auto own = compile(R"(modul m
tetapan cara = 2
tetapan bebas = "apa saja"
aturan a(x) = pilih cara { 1: x  2,0: x * 2 }
aturan b(x) = pilih bebas { "satu": x  lainnya: 0 }
tetapan salah_angka = 3
aturan c(x) = pilih salah_angka { 1: x  2: x })");
   CHECK(own->places() == std::vector<std::string>{"6:23 E-PILIHAN"});
}

TEST_CASE("check: weights changed through their tetapan must still add up to the set's total")
{
   const auto changed = [](const std::string& overrides) {
      return compile("instansi \"Uji\"\npakai merit\n" + overrides)->codes();
   };
   CHECK(changed("ubah merit.bobot_sistem_informasi = 19 dasar \"x\"\n") ==
         std::vector<std::string>{"E-BOBOT"});
   CHECK(changed("ubah merit.bobot_sistem_informasi = 16 dasar \"x\"\n"
                 "ubah merit.bobot_pengembangan_karier = 20 dasar \"x\"\n")
            .empty());
   // A formula is summed only when evaluated.
   CHECK(changed("ubah merit.bobot_sistem_informasi = 10 + 9 dasar \"x\"\n").empty());
}

TEST_CASE("resolve: berlaku sampai may not precede berlaku sejak")
{
   CHECK(compile("instansi \"Uji\"\ntetapan a = 1 berlaku sejak 2022 sampai 2021\nnilai x = a\n")
            ->codes() == std::vector<std::string>{"E-PERIODE"});
   CHECK(compile("instansi \"Uji\"\ntetapan a = 1 berlaku sejak 2022 sampai 2022\nnilai x = a\n")
            ->codes()
            .empty());
}
