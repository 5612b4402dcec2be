// Versions of targets: which version capaian is measured against, the others beside it, and the
// errors of a choice that cannot be made.
#include "support.hpp"

using namespace ind;
using test::data_folder;
using test::text;
using files = std::map<std::string, std::string>;

namespace {

const char* const rules = R"(instansi "Uji" renstra 2024..2024
realisasi "realisasi.csv"
target renstra "Renstra"
target pk "Perjanjian Kinerja"
target pk_perubahan "PK Perubahan"
capaian terhadap pk
indikator x "X" {
  tingkat sasaran; satuan indeks; arah naik
  target renstra 2024: 80
  target pk 2024: 82  2024-TW1: 78
  target pk_perubahan 2024: 81,5
  capaian bulat 2
}
indikator y "Y" { tingkat sasaran; satuan orang; arah naik; target 2024: 200; target renstra 2024: 180; capaian terhadap renstra }
indikator z "Z" { tingkat sasaran; satuan orang; arah naik; target 2024: 4 }
nilai selisih "Selisih" = target(x; 2024; pk) - target(x; 2024; renstra)
nilai dipakai "Dipakai" = target(x)
)";

std::string value_of(const test::evaluated& e, const std::string& id)
{
   for (const auto& v : e.doc.values) {
      if (v.id == id) {
         return text(v.figure);
      }
   }
   return "?";
}

// "renstra=80 pk_perubahan=81.5": the other versions of a row, as the report holds them.
std::string others(const rt::report::indicator_row& row)
{
   std::string out;
   for (const auto& v : row.other_targets) {
      if (!out.empty()) {
         out += ' ';
      }
      out += v.name.empty() ? std::string("-") : v.name;
      out += '=';
      out += text(v.figure);
      if (v.from) {
         out += '@';
         out += v.from->to_string();
      }
   }
   return out;
}

} // namespace

TEST_CASE("target versions: the chosen version is the indicator's targets, the others kept apart")
{
   auto c = test::compile(rules);
   REQUIRE(c->program);
   CHECK(c->codes().empty());
   const auto& p = *c->program;
   REQUIRE(p.target_versions.size() == 3);
   CHECK(p.measured == p.target_versions[1].get());
   const auto& x = *p.indicators[0];
   CHECK(x.measured == p.target_versions[1].get());
   CHECK(x.targets.size() == 2);
   REQUIRE(x.other_targets.size() == 2);
   CHECK(x.other_targets[0].version->name == "renstra");
   CHECK(x.other_targets[1].version->name == "pk_perubahan");
   // y chooses its own version; its unnamed targets come first among the others.
   const auto& y = *p.indicators[1];
   CHECK(y.measured == p.target_versions[0].get());
   REQUIRE(y.other_targets.size() == 1);
   CHECK(y.other_targets[0].version == nullptr);
   // z writes no version: the file's choice does not apply, and it has no versions.
   const auto& z = *p.indicators[2];
   CHECK(z.measured == nullptr);
   CHECK_FALSE(z.has_versions());
}

TEST_CASE("target versions: capaian of a year and of a quarter, figures checked by hand")
{
   data_folder folder(files{{"realisasi.csv", "indikator;periode;nilai\nx;2024;82,4\n"
                                              "x;2024-TW1;79,3\ny;2024;190\ny;2024-TW1;45\n"
                                              "z;2024;4\n"}});
   auto year = test::evaluate(rules, folder.path(), core::period::of_year(2024));
   // 82,4 / 82 x 100 = 100,4878... -> 100,49 against PK; Renstra 80 and PK Perubahan 81,5 beside.
   CHECK(text(year->row("x").target) == "82");
   CHECK(text(year->row("x").achievement) == "100.49");
   CHECK(year->row("x").target_version == "pk");
   CHECK(others(year->row("x")) == "renstra=80 pk_perubahan=81.5");
   // 190 / 180 x 100 = 105,55...: y is measured against its Renstra target, the unnamed 200 beside.
   CHECK(text(year->row("y").target) == "180");
   CHECK(year->row("y").target_version == "renstra");
   CHECK(others(year->row("y")) == "-=200");
   CHECK_FALSE(year->row("z").versioned);
   CHECK(value_of(*year, "selisih") == "2");
   CHECK(value_of(*year, "dipakai") == "82");

   // In TW I the PK has a target of its own (78); the other versions borrow their year's.
   auto quarter = test::evaluate(rules, folder.path(), *core::period::parse("2024-TW1"));
   const auto& x = quarter->row("x");
   CHECK(text(x.target) == "78");
   CHECK_FALSE(x.target_from);
   // 79,3 / 78 x 100 = 101,666... -> 101,67
   CHECK(text(x.achievement) == "101.67");
   CHECK(others(x) == "renstra=80@2024 pk_perubahan=81.5@2024");
   CHECK(value_of(*quarter, "dipakai") == "78");
   CHECK(value_of(*quarter, "selisih") == "2");
   // 45 / 180 x 100 = 25, against the Renstra target of the year.
   CHECK(text(quarter->row("y").target) == "180");
   CHECK(text(quarter->row("y").achievement) == "25");
}

TEST_CASE("target versions: the errors of a choice, each at its place")
{
   SUBCASE("a version not declared names the nearest one")
   {
      auto c = test::compile(R"(instansi "Uji"
target renstra "Renstra"
indikator x "X" { target rentsra 2024: 80 })");
      CHECK(c->places() == std::vector<std::string>{"3:26 E-TARGET-VERSI"});
      REQUIRE(c->sink.sorted().front().fix);
      CHECK(c->sink.sorted().front().fix->text == "renstra");
   }
   SUBCASE("several named versions and no choice")
   {
      auto c = test::compile(R"(instansi "Uji"
target renstra "Renstra"
target pk "PK"
indikator x "X" { target renstra 2024: 80; target pk 2024: 82 })");
      CHECK(c->places() == std::vector<std::string>{"4:11 E-TARGET-PILIH"});
   }
   SUBCASE("one version written twice for a period")
   {
      auto c = test::compile(R"(instansi "Uji"
target pk "PK"
indikator x "X" { target pk 2024: 82; target 2024: 80; target pk 2024: 83 })");
      CHECK(c->places() == std::vector<std::string>{"3:66 E-GANDA"});
   }
   SUBCASE("a chosen version the indicator does not write")
   {
      auto c = test::compile(R"(instansi "Uji"
target renstra "Renstra"
target pk "PK"
indikator x "X" { target renstra 2024: 80; capaian terhadap pk })");
      CHECK(c->places() == std::vector<std::string>{"4:61 E-TARGET-VERSI"});
   }
   SUBCASE("a third argument of target() that is no version")
   {
      auto c = test::compile(R"(instansi "Uji"
target renstra "Renstra"
indikator x "X" { target 2024: 82; target renstra 2024: 80 }
nilai v "V" = target(x; 2024; renstar))");
      CHECK(c->places() == std::vector<std::string>{"4:31 E-TARGET-VERSI"});
   }
}
