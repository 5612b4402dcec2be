// Name resolution and typing: what each name denotes, and the errors for names that denote
// nothing, the wrong thing, or themselves.
#include "support.hpp"

#include "lang/limits.hpp"

#include <doctest/doctest.h>

using ind::test::compile;
namespace limits = ind::lang::limits;

TEST_CASE("resolve: entities, targets and scales of an agency file")
{
   auto c = compile(R"(instansi "Uji" renstra 2024..2025
tabel t "t.csv" { kolom jenis teks  kolom nilai desimal }
skala s "S" { [0..~) "Ada" }
nilai total "Total" = jumlah(t.nilai dengan jenis = "PNS") bulat 2
indikator x "X" {
  tingkat tujuan
  rumus total * 2
  target 2024: 10  2025: 12
  predikat s
})");
   REQUIRE(c->program);
   CHECK(c->codes().empty());
   const auto& p = *c->program;
   CHECK(p.agency == "Uji");
   REQUIRE(p.indicators.size() == 1);
   const auto& x = *p.indicators[0];
   CHECK(x.targets.size() == 2);
   CHECK(x.targets.at(ind::core::period::of_year(2025)).value == ind::core::decimal(12));
   CHECK(x.achievement_scale == p.scales[0].get());
   CHECK(x.value.formula->type == ind::lang::value_type::number);
   REQUIRE(p.tables.size() == 1);
   CHECK(p.tables[0]->columns.size() == 2);
}

TEST_CASE("resolve: unknown names name what was meant")
{
   auto c = compile(R"(instansi "Uji"
nilai ip_asn_pns "PNS" = 1
indikator x "X" { tingkat tujuan  rumus ip_asn_pn + 1  target 2024: 1 })");
   REQUIRE(c->sink.error_count() == 1);
   const auto d = c->sink.sorted()[0];
   CHECK(d.code == "E-NAMA");
   CHECK(d.message == "nama 'ip_asn_pn' tidak dikenal");
   CHECK(d.hint == "mungkin maksud Anda 'ip_asn_pns'");
   CHECK(c->places() == std::vector<std::string>{"3:41 E-NAMA"});
}

TEST_CASE("resolve: context names exist only where they mean something")
{
   auto c = compile(R"(instansi "Uji"
nilai v = realisasi * 2
indikator x "X" { tingkat tujuan  rumus 1  target 2024: 1  capaian = capaian * 2 })");
   CHECK(c->places() == std::vector<std::string>{"2:11 E-NAMA", "3:70 E-NAMA"});
}

TEST_CASE("resolve: a cycle is reported once, with its path")
{
   auto c = compile(R"(instansi "Uji"
nilai a = b + 1
nilai b = c + 1
nilai c = a + 1
nilai d = a)");
   REQUIRE(c->sink.error_count() == 1);
   CHECK(c->sink.sorted()[0].message == "rumus melingkar: a -> b -> c -> a");
}

TEST_CASE("resolve: types of operands are checked")
{
   auto c = compile(R"(instansi "Uji"
nilai a = 1 + "x"
nilai b = jika 1 maka 2 lain 3
nilai c = jika benar maka 2 lain "x"
nilai d = "a" < 1)");
   CHECK(c->codes() == std::vector<std::string>{"E-TIPE", "E-TIPE", "E-TIPE", "E-TIPE"});
}

TEST_CASE("resolve: functions check their arguments")
{
   auto c = compile(R"(instansi "Uji"
tabel t "t.csv" { kolom nilai desimal }
tetapan n = 2
nilai a = bulat(1)
nilai b = bulat(1; n)
nilai c = hitung(5)
nilai d = realisasi(a; 2023)
nilai e = rata(t.nilai; 1)
nilai f = t.nilai
nilai g = jumlah(t.nilai dengan nilai > 0)
aturan dobel(x) = x * 2
nilai h = dobel(1; 2)
aturan rata(x) = x)");
   CHECK(c->places() == std::vector<std::string>{"4:11 E-ARGUMEN", "5:20 E-ARGUMEN",
                                                 "6:18 E-ARGUMEN", "7:21 E-ARGUMEN",
                                                 "8:16 E-KOLOM", "9:11 E-KOLOM",
                                                 "12:11 E-ARGUMEN", "13:8 E-GANDA"});
}

TEST_CASE("resolve: duplicate definitions point at the first one")
{
   auto c = compile("instansi \"Uji\"\nnilai a = 1\nnilai a = 2\n");
   REQUIRE(c->sink.error_count() == 1);
   const auto d = c->sink.sorted()[0];
   CHECK(d.code == "E-GANDA");
   REQUIRE(d.notes.size() == 1);
   CHECK(d.notes[0].at.line_number() == 2);
}

TEST_CASE("resolve: derived columns see the columns above them and have their formula's type")
{
   auto c = compile(R"(instansi "Uji"
tabel t "t.csv" {
  kolom jenis teks
  kolom jp bulat
  kolom porsi = min(jp; 20) / 20
  kolom penuh = porsi = 1
  kolom label = jika penuh maka "penuh" lain jenis
}
nilai a = jumlah(t.porsi dengan penuh dan label != "x")
nilai b = hitung(t dengan t.penuh))");
   REQUIRE(c->program);
   CHECK(c->codes().empty());
   const auto& t = *c->program->tables[0];
   REQUIRE(t.columns.size() == 5);
   CHECK(t.formulas.size() == 3);
   CHECK(t.columns[2].derived());
   CHECK(t.columns[2].formula->type == ind::lang::value_type::number);
   CHECK(t.columns[3].type == ind::lang::ast::column_type::boolean);
   CHECK(t.columns[4].type == ind::lang::ast::column_type::text);
}

TEST_CASE("resolve: a derived column cannot use a column declared below it")
{
   auto c = compile(R"(instansi "Uji"
tabel t "t.csv" {
  kolom skor = jp * 2
  kolom jp bulat
}
nilai a = jumlah(t.skor))");
   REQUIRE(c->sink.error_count() == 1);
   const auto d = c->sink.sorted()[0];
   CHECK(d.code == "E-NAMA");
   CHECK(d.hint.find("dinyatakan di bawah kolom turunan ini") != std::string::npos);
}

TEST_CASE("resolve: a derived column that aggregates its own table is a cycle")
{
   auto c = compile(R"(instansi "Uji"
tabel t "t.csv" { kolom x desimal  kolom selisih = x - rata_x }
nilai rata_x = rata(t.x)
nilai a = jumlah(t.selisih))");
   CHECK(c->has("E-SIKLUS"));
}

TEST_CASE("resolve: menurut makes a grouped value, allowed only as a whole nilai")
{
   auto c = compile(R"(instansi "Uji"
tabel t "t.csv" { kolom jenis teks  kolom unit teks  kolom x desimal }
nilai per_jenis = rata(t.x menurut t.jenis) bulat 2
nilai per_dua = hitung(t dengan x > 1 menurut jenis, unit)
nilai unik = hitung_unik(t.unit)
nilai unik_per_jenis = hitung_unik(t.unit menurut t.jenis))");
   REQUIRE(c->program);
   CHECK(c->codes().empty());
   const auto& p = *c->program;
   using ind::lang::value_type;
   CHECK(p.values[0]->value->type == value_type::grouped);
   const auto& a = std::get<ind::lang::ir::aggregate>(p.values[1]->value->node);
   CHECK(a.kind == ind::lang::ir::aggregate_kind::count);
   CHECK(a.group_by.size() == 2);
   CHECK(a.filter);
   CHECK(p.values[2]->value->type == value_type::number);
   CHECK(std::get<ind::lang::ir::aggregate>(p.values[2]->value->node).kind ==
         ind::lang::ir::aggregate_kind::count_distinct);
   CHECK(p.values[3]->value->type == value_type::grouped);
}

TEST_CASE("resolve: a grouped value cannot be part of another formula")
{
   auto c = compile(R"(instansi "Uji"
tabel t "t.csv" { kolom jenis teks  kolom x desimal }
nilai a = rata(t.x menurut t.jenis) + 1
nilai b = rata(t.x menurut t.jenis)
nilai c = b * 2
nilai d = hitung_unik(t)
indikator i "I" { tingkat tujuan  rumus jumlah(t.x menurut t.jenis)  target 2024: 1 })");
   CHECK(c->places() == std::vector<std::string>{"3:28 E-KELOMPOK", "5:11 E-KELOMPOK",
                                                  "6:23 E-ARGUMEN", "7:60 E-KELOMPOK"});
}

TEST_CASE("resolve: the realisasi of the same period in its own formula is a cycle, in capaian not")
{
   auto c = compile(R"(instansi "Uji"
indikator a "A" { rumus realisasi(a; periode + 0) + 1 }
indikator b "B" { rumus 1  capaian = realisasi(b; periode) / 2 * 100 }
indikator d "D" { rumus realisasi(d; periode - 1) + 1 })",
                    false);
   REQUIRE(c->sink.error_count() == 1);
   CHECK(c->places() == std::vector<std::string>{"2:25 E-SIKLUS"});
}

TEST_CASE("resolve: chains of names and of aturan are bounded at their limits")
{
   const auto chain = [](std::size_t length) {
      std::string text = "instansi \"Uji\"\nnilai n0 = 1\n";
      for (std::size_t i = 1; i < length; ++i) {
         text += "nilai n" + std::to_string(i) + " = n" + std::to_string(i - 1) + "\n";
      }
      return text;
   };
   // n0 .. n128: n128 refers to 128 names in a chain.
   CHECK_FALSE(compile(chain(limits::max_dependency_depth + 1), false)->sink.has_errors());
   auto too_long = compile(chain(limits::max_dependency_depth + 2), false);
   CHECK(too_long->codes() == std::vector<std::string>{"E-BATAS"});
   // The same chain resolved from its other end: a000 refers to a001, which refers to a002 ...
   const auto downwards = [](std::size_t length) {
      std::string text = "instansi \"Uji\"\n";
      const auto name = [](std::size_t i) {
         const std::string digits = std::to_string(i);
         std::string out = "a";
         out.append(3 - digits.size(), '0');
         out += digits;
         return out;
      };
      for (std::size_t i = 0; i + 1 < length; ++i) {
         text += "nilai " + name(i) + " = " + name(i + 1) + "\n";
      }
      return text + "nilai " + name(length - 1) + " = 1\n";
   };
   CHECK_FALSE(compile(downwards(limits::max_dependency_depth + 1), false)->sink.has_errors());
   CHECK(compile(downwards(limits::max_dependency_depth + 2), false)->codes() ==
         std::vector<std::string>{"E-BATAS"});

   const auto calls = [](std::size_t depth) {
      std::string text = "instansi \"Uji\"\naturan r0(x) = x\n";
      for (std::size_t i = 1; i < depth; ++i) {
         text += "aturan r" + std::to_string(i) + "(x) = r" + std::to_string(i - 1) + "(x)\n";
      }
      return text + "nilai v = r" + std::to_string(depth - 1) + "(1)\n";
   };
   // v calls r63, which calls r62 ... r0: 64 levels of calls.
   CHECK_FALSE(compile(calls(limits::max_call_depth), false)->sink.has_errors());
   CHECK(compile(calls(limits::max_call_depth + 1), false)->codes() ==
         std::vector<std::string>{"E-BATAS"});
}

namespace {

// The label of the one band `x` (canonical, "90.01") falls in, "celah" when none, "tumpang"
// when several.
std::string band_of(const ind::lang::program& p, const std::string& module, const std::string& name,
                    const std::string& x)
{
   for (const auto& s : p.scales) {
      if (s->name == name && s->owner->name == module) {
         const auto hits = s->classify(*ind::core::decimal::parse(x));
         return hits.empty() ? "celah" : hits.size() > 1 ? "tumpang" : hits.front()->label;
      }
   }
   return "?";
}

} // namespace

TEST_CASE("resolve: values at, just below and just above each bound of a scale")
{
   auto c = compile("instansi \"Uji\"\npakai efisiensi, sakip\n", false);
   REQUIRE_FALSE(c->sink.has_errors());
   const auto& p = *c->program;
   // efisiensi.kategori: (110..~) Sangat efisien, [100..110] Efisien, [90..100) Cukup efisien,
   // (~..90) Tidak efisien.
   const auto efficiency = [&](const char* x) { return band_of(p, "efisiensi", "kategori", x); };
   CHECK(efficiency("-1000000000") == "Tidak efisien"); // ~ below
   CHECK(efficiency("89.999999") == "Tidak efisien");
   CHECK(efficiency("90") == "Cukup efisien"); // [90: closed
   CHECK(efficiency("90.000001") == "Cukup efisien");
   CHECK(efficiency("99.999999") == "Cukup efisien");
   CHECK(efficiency("100") == "Efisien"); // 100): open below it, [100 closed above it
   CHECK(efficiency("100.000001") == "Efisien");
   CHECK(efficiency("109.999999") == "Efisien");
   CHECK(efficiency("110") == "Efisien"); // 110]: closed
   CHECK(efficiency("110.000001") == "Sangat efisien"); // (110: open
   CHECK(efficiency("1000000000000") == "Sangat efisien"); // ~ above

   // sakip.predikat: (90..100] AA ... (30..50] C, [0..30] D; nothing below 0 or above 100.
   const auto predikat = [&](const char* x) { return band_of(p, "sakip", "predikat", x); };
   CHECK(predikat("-0.01") == "celah");
   CHECK(predikat("0") == "D");
   CHECK(predikat("30") == "D");
   CHECK(predikat("30.01") == "C");
   CHECK(predikat("50") == "C");
   CHECK(predikat("50.01") == "CC");
   CHECK(predikat("80") == "BB");
   CHECK(predikat("80.01") == "A");
   CHECK(predikat("90") == "A");
   CHECK(predikat("90.000000001") == "AA");
   CHECK(predikat("100") == "AA");
   CHECK(predikat("100.01") == "celah");
}

TEST_CASE("resolve: period literals, and years and texts where a period is expected")
{
   auto c = compile(R"(instansi "Uji" renstra 2024..2024
indikator x "X" { tingkat sasaran  rumus 1  target 2024: 1 }
nilai a "A" = realisasi(x; 2024-TWII)
nilai b "B" = target(x; "Semester I 2024")
nilai c "C" = jika periode = 2024 maka 1 lain 0
nilai d "D" = capaian(x)
)");
   REQUIRE(c->program);
   CHECK(c->codes().empty());
   using ind::core::period;
   const auto second_argument = [&](std::size_t value) {
      const auto& call = std::get<ind::lang::ir::function_call>(c->program->values[value]->value->node);
      return std::get<period>(std::get<ind::lang::ir::literal>(call.args[1]->node).value);
   };
   CHECK(second_argument(0) == period{2024, period::kind::quarter, 2});
   CHECK(second_argument(1) == period{2024, period::kind::semester, 1});
   const auto& d = std::get<ind::lang::ir::function_call>(c->program->values[3]->value->node);
   CHECK(d.fn == ind::lang::ir::function::achievement_at);
   CHECK(d.args.size() == 1); // the period evaluated
}

TEST_CASE("resolve: a period literal that is no period is an error at its place")
{
   auto c = compile(R"(instansi "Uji" renstra 2024..2024
indikator x "X" { tingkat sasaran  rumus 1  target 2024: 1 }
nilai a "A" = realisasi(x; 2024-TW5) + target(x; 2024-S3) + target(x; 1800)
)");
   CHECK(c->codes() == std::vector<std::string>{"E-PERIODE", "E-PERIODE", "E-PERIODE"});
}

TEST_CASE("resolve: the period of examples is the latest year the file names")
{
   auto agency = compile(R"(instansi "Uji" renstra 2021..2026
tetapan t "T" = 1 berlaku sejak 2022
)");
   REQUIRE(agency->program);
   CHECK(agency->program->latest_year() == ind::core::period::of_year(2026));
   auto module = compile(R"(modul m "M"
tetapan t "T" = 1 berlaku sejak 2022
tetapan t "T" = 2 berlaku sejak 2025
tetapan u "U" = 1 berlaku sampai 2023
)");
   REQUIRE(module->program);
   CHECK(module->program->latest_year() == ind::core::period::of_year(2025));
   auto undated = compile(R"(modul m "M"
aturan dua(x) = x * 2
)");
   REQUIRE(undated->program);
   CHECK(!undated->program->latest_year());
}

TEST_CASE("resolve: versions of an indicator's rumus, chosen by period; other periods read data")
{
   auto c = compile(R"(instansi "Uji" renstra 2020..2024
realisasi "r.csv"
indikator a "A" { tingkat program }
indikator x "X" {
  tingkat tujuan
  rumus realisasi(a) * 2 berlaku sejak 2022
  rumus realisasi(a) bulat 1 berlaku sejak 2015 sampai 2018
  bulat 2
}
indikator y "Y" {
  tingkat tujuan
  rumus realisasi(a)
  rumus realisasi(a) * 3 berlaku sejak 2022
}
indikator z "Z" {
  tingkat tujuan
  rumus realisasi(a)
  berlaku sejak 2022
})");
   REQUIRE(c->program);
   INFO(c->places());
   CHECK(c->sink.error_count() == 0);
   const auto& x = *c->program->find_indicator("x");
   REQUIRE(x.value_versions.size() == 2);
   CHECK(x.value_versions[0].info.since == ind::core::period::of_year(2015)); // sorted
   CHECK(!x.value.formula);
   CHECK(x.value.places == 2);
   const auto at = [](const ind::lang::indicator& i, std::string_view p) {
      return i.formula_for(*ind::core::period::parse(p));
   };
   CHECK(at(x, "2014") == nullptr);
   CHECK(at(x, "2016") == &x.value_versions[0].value);
   CHECK(x.value_versions[0].value.places == 1);                  // its own bulat
   CHECK(at(x, "2019") == nullptr);                                // after sampai 2018: the data
   CHECK(at(x, "2021-TW4") == nullptr);
   CHECK(at(x, "2022-TW1") == &x.value_versions[1].value);
   CHECK(x.value_versions[1].value.places == 2);                  // the indicator's bulat
   // A rumus without berlaku beside versions holds from the beginning until the next starts.
   const auto& y = *c->program->find_indicator("y");
   REQUIRE(y.value_versions.size() == 2);
   CHECK(at(y, "2010") == &y.value_versions[0].value);
   CHECK(at(y, "2021") == &y.value_versions[0].value);
   CHECK(at(y, "2022") == &y.value_versions[1].value);
   // berlaku on a line of its own is the indicator's, as before: the formula has no versions.
   const auto& z = *c->program->find_indicator("z");
   CHECK(z.value_versions.empty());
   CHECK(z.info.since == ind::core::period::of_year(2022));
   CHECK(at(z, "2020") == &z.value);
}

TEST_CASE("resolve: versions of a rumus that overlap, and a clause ending before it starts")
{
   auto c = compile(R"(instansi "Uji"
realisasi "r.csv"
indikator a "A" { tingkat program }
indikator x "X" {
  tingkat tujuan
  rumus realisasi(a) berlaku sejak 2020 sampai 2022
  rumus realisasi(a) berlaku sejak 2022-TW3
}
indikator y "Y" {
  tingkat tujuan
  rumus realisasi(a) berlaku sejak 2022
  rumus realisasi(a) * 2 berlaku sejak 2022
  rumus realisasi(a) * 3 berlaku sejak 2024 sampai 2023
})");
   CHECK(c->places() == std::vector<std::string>{"7:22 E-RUMUS-TUMPANG", "12:26 E-RUMUS-TUMPANG",
                                                 "13:26 E-PERIODE"});
}
