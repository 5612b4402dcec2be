// syarat: conditions the data must satisfy, from the text to the report's Pemeriksaan data.
#include "support.hpp"

#include "runtime/conditions.hpp"

#include <doctest/doctest.h>

namespace ind {

namespace {

const char* const rules = R"(instansi "Uji Syarat" renstra 2024..2024
tabel golongan "golongan.csv" {
  kolom golongan teks
  kolom jumlah bulat
}
tabel aspek "aspek.csv" {
  kolom aspek teks
  kolom nilai desimal
  kolom maks desimal
}
tetapan jumlah_asn = 100
syarat "Jumlah per golongan" { jumlah(golongan.jumlah) = jumlah_asn } dasar "Rekap"
syarat "Aspek dalam batas" untuk setiap baris aspek { nilai <= maks }
)";

const rt::condition_result& result(const test::evaluated& e, std::size_t i)
{
   REQUIRE(e.doc.conditions.size() > i);
   return e.doc.conditions[i];
}

} // namespace

TEST_CASE("syarat: both forms resolve to a condition of the program")
{
   const auto c = test::compile(rules);
   REQUIRE(c->program);
   CHECK(c->codes().empty());
   REQUIRE(c->program->conditions.size() == 2);
   const lang::condition& whole = *c->program->conditions[0];
   CHECK(whole.title == "Jumlah per golongan");
   CHECK(whole.rows == nullptr);
   CHECK(whole.check == whole.formula.get());
   CHECK(whole.check->type == lang::value_type::boolean);
   REQUIRE(whole.info.citations.size() == 1);
   const lang::condition& rows = *c->program->conditions[1];
   REQUIRE(rows.rows != nullptr);
   CHECK(rows.rows->name == "aspek");
   // per row: the failing rows counted by an aggregate, the condition inside its filter
   const auto* counted = std::get_if<lang::ir::aggregate>(&rows.formula->node);
   REQUIRE(counted);
   CHECK(counted->kind == lang::ir::aggregate_kind::count);
   CHECK(counted->source == rows.rows);
}

TEST_CASE("syarat: a condition that is a number or a text is a type error")
{
   const auto number = test::compile("instansi \"x\"\ntetapan a = 1\nsyarat \"s\" { a + 1 }\n");
   CHECK(number->places() == std::vector<std::string>{"3:14 E-TIPE"});
   const auto text = test::compile("instansi \"x\"\nsyarat \"s\" { \"ya\" }\n");
   CHECK(text->places() == std::vector<std::string>{"2:14 E-TIPE"});
   const auto unknown = test::compile(
      "instansi \"x\"\ntetapan t = 1\nsyarat \"s\" untuk setiap baris t { benar }\n");
   CHECK(unknown->codes() == std::vector<std::string>{"E-NAMA"});
}

TEST_CASE("syarat: held, failed and rows listed with their sides")
{
   const test::data_folder data({
      {"golongan.csv", "golongan;jumlah\nI;40\nII;50\n"},
      {"aspek.csv", "aspek;nilai;maks\na;1;2\nb;3;2\nc;2;2\nd;5;4\ne;6;5\nf;7;6\ng;8;7\nh;9;8\n"},
   });
   const auto e = test::evaluate(rules, data.path(), *core::period::parse("2024"));
   REQUIRE(e->eval);
   const rt::condition_result& whole = result(*e, 0);
   CHECK(whole.outcome == rt::condition_outcome::failed);
   REQUIRE(whole.sides);
   CHECK(whole.sides->left.describe() == "90");
   CHECK(whole.sides->right.describe() == "100");
   const rt::condition_result& rows = result(*e, 1);
   CHECK(rows.outcome == rt::condition_outcome::failed);
   CHECK(rows.rows == 8);
   CHECK(rows.failing == 6);
   REQUIRE(rows.shown.size() == rt::failing_rows_shown);
   CHECK(rows.shown.front().location.ends_with("aspek.csv:3"));
   REQUIRE(rows.shown.front().sides);
   CHECK(rows.shown.front().sides->left.describe() == "3");
   CHECK(rows.shown.front().sides->right.describe() == "2");
   CHECK(rows.shown.back().location.ends_with("aspek.csv:8"));
   CHECK(rt::any_condition_finding(e->doc.conditions));
   CHECK(e->rules->has("W-SYARAT"));
}

TEST_CASE("syarat: every condition held is no finding")
{
   const test::data_folder data({
      {"golongan.csv", "golongan;jumlah\nI;40\nII;60\n"},
      {"aspek.csv", "aspek;nilai;maks\na;1;2\nb;2;2\n"},
   });
   const auto e = test::evaluate(rules, data.path(), *core::period::parse("2024"));
   REQUIRE(e->eval);
   CHECK(result(*e, 0).outcome == rt::condition_outcome::held);
   CHECK(result(*e, 1).outcome == rt::condition_outcome::held);
   CHECK(result(*e, 1).rows == 2);
   CHECK_FALSE(rt::any_condition_finding(e->doc.conditions));
   CHECK_FALSE(e->rules->has("W-SYARAT"));
}

TEST_CASE("syarat: a value not available makes it not evaluable, never a pass")
{
   const test::data_folder data({
      {"golongan.csv", "golongan;jumlah\nI;40\nII;-\n"},
      {"aspek.csv", "aspek;nilai;maks\na;1;2\nb;-;2\n"},
   });
   const auto e = test::evaluate(rules, data.path(), *core::period::parse("2024"));
   REQUIRE(e->eval);
   CHECK(result(*e, 0).outcome == rt::condition_outcome::unavailable);
   CHECK_FALSE(result(*e, 0).reason.empty());
   CHECK(result(*e, 1).outcome == rt::condition_outcome::unavailable);
   CHECK(rt::any_condition_finding(e->doc.conditions));
}

TEST_CASE("syarat: outside its berlaku it is not in force and no finding")
{
   const std::string text = std::string(rules) +
                            "syarat \"Lama\" { jumlah_asn > 1000 } berlaku sampai 2023\n";
   const test::data_folder data({
      {"golongan.csv", "golongan;jumlah\nI;100\n"},
      {"aspek.csv", "aspek;nilai;maks\na;1;2\n"},
   });
   const auto e = test::evaluate(text, data.path(), *core::period::parse("2024"));
   REQUIRE(e->eval);
   CHECK(result(*e, 2).outcome == rt::condition_outcome::not_in_force);
   CHECK_FALSE(rt::any_condition_finding(e->doc.conditions));
}

TEST_CASE("syarat: a streamed table counts the same failing rows as a held one")
{
   const test::data_folder folder({
      {"uji.ind", rules},
      {"golongan.csv", "golongan;jumlah\nI;40\nII;60\n"},
      {"aspek.csv", "aspek;nilai;maks\na;1;2\nb;3;2\nc;2;2\nd;5;4\n"},
   });
   const core::period when = *core::period::parse("2024");
   const test::engine_run held = test::run_through(folder.path() / "uji.ind", folder.path(), when,
                                                   false);
   const test::engine_run streamed =
      test::run_through(folder.path() / "uji.ind", folder.path(), when, true);
   CHECK(held.json.find("\"baris_tidak_memenuhi\": 2") != std::string::npos);
   CHECK(streamed.json.find("\"baris_tidak_memenuhi\": 2") != std::string::npos);
   CHECK(streamed.json.find("\"baris_diperiksa\": 4") != std::string::npos);
   // held tables list their rows; streamed ones count them only
   CHECK(held.json.find("aspek.csv:3") != std::string::npos);
   CHECK(streamed.json.find("aspek.csv:3") == std::string::npos);
}

} // namespace ind
