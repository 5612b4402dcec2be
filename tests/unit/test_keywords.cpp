// The keyword table (lang/keywords.hpp) and everything read from it: the grammar's keyword rules,
// the lists in messages, the AST's words, the near-miss hints and the fuzz dictionary.
#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"
#include "lang/grammar.hpp"
#include "lang/keywords.hpp"
#include "lang/parser.hpp"
#include "lang/source.hpp"
#include "lang/suggest.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace pegtl = tao::pegtl;
namespace g = ind::lang::grammar;
using namespace ind::lang;

namespace {

// The dictionary block the table gives: one quoted word a line, in the table's order.
std::string dictionary_block()
{
   std::string block;
   for (const keyword_entry& e : keywords) {
      block.append("\"").append(e.spelling).append("\"\n");
   }
   return block;
}

template <typename Rule>
bool matches_whole(std::string_view text)
{
   pegtl::memory_input in(text, "test");
   return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
}

template <keyword K>
bool keyword_rule_matches()
{
   return matches_whole<g::kw<K>>(spelling(K)) &&
          !matches_whole<g::kw<K>>(std::string(spelling(K)).append("_x"));
}

template <std::size_t... I>
bool every_keyword_rule_matches(std::index_sequence<I...> /*unused*/)
{
   return (keyword_rule_matches<keywords[I].word>() && ...);
}

// Parses `text` as a rule file and gives its one diagnostic: message, hint and column.
struct one_error
{
   std::string message;
   std::string hint;
   std::size_t column = 0;
};

one_error parse_error_of(const std::string& text)
{
   source_manager sources;
   diagnostic_sink sink;
   parse(sources.add("t.ind", text), sink, parse_mode::whole);
   const std::vector<diagnostic> all = sink.sorted();
   REQUIRE(all.size() == 1);
   const diagnostic& d = all.front();
   return {d.message, d.hint, d.at.column_number()};
}

const std::string indicator_head = "indikator x \"X\" {\n  ";

} // namespace

TEST_CASE("keywords: the fuzz dictionary's keyword block is the table")
{
   const std::filesystem::path path = std::filesystem::path(IND_SOURCE_DIR) / "tests/fuzz/ind.dict";
   std::ifstream in(path);
   REQUIRE(in);
   std::stringstream whole;
   whole << in.rdbuf();
   const std::string text = whole.str();
   const std::string begin = "# keywords begin\n";
   const std::string end = "# keywords end\n";
   const std::size_t from = text.find(begin);
   const std::size_t to = text.find(end);
   REQUIRE(from != std::string::npos);
   REQUIRE(to != std::string::npos);
   REQUIRE(from < to);
   const std::string written = text.substr(from + begin.size(), to - from - begin.size());
   const std::string wanted = dictionary_block();
   if (written != wanted) {
      FAIL_CHECK("the keyword block of tests/fuzz/ind.dict differs from lang/keywords.hpp; "
                 "paste this between its markers:\n"
                 << begin << wanted << end);
   }
   // No keyword is listed again outside the block.
   const std::string outside = text.substr(0, from) + text.substr(to + end.size());
   for (const keyword_entry& e : keywords) {
      std::string line = "\"";
      line.append(e.spelling).append("\"\n");
      CHECK_MESSAGE(outside.find(line) == std::string::npos, e.spelling);
   }
}

TEST_CASE("keywords: the table's lookups")
{
   CHECK(spelling(keyword::predikat_efisiensi) == "predikat_efisiensi");
   CHECK(keyword_of("sampai") == keyword::sampai);
   CHECK_FALSE(keyword_of("sampa").has_value());
   CHECK(keyword_of("anggaran", keyword_group::indicator_field) == keyword::anggaran);
   CHECK(keyword_of("anggaran", keyword_group::declaration) == keyword::anggaran);
   CHECK_FALSE(keyword_of("tabel", keyword_group::indicator_field).has_value());
   CHECK(group_size(keyword_group::level) == 5);
   CHECK(group_size(keyword_group::expression) == 12);
   CHECK(members_of<keyword_group::direction>.size() == 2);
   CHECK(members_of<keyword_group::direction>[1] == keyword::turun);
}

TEST_CASE("keywords: a group's list, in the table's order, with glosses")
{
   CHECK(spelled_list(keyword_group::status) == "terkonfirmasi, bacaan_praktisi, asumsi");
   CHECK(spelled_list(keyword_group::column_type) ==
         "teks, desimal, bulat, rupiah, persen, periode, ya_tidak");
   CHECK(spelled_list(keyword_group::direction) ==
         "naik (makin tinggi makin baik), turun (makin rendah makin baik)");
   CHECK(spelled_list(keyword_group::declaration) ==
         "pakai, tabel, realisasi, tercetak, target, capaian, anggaran, tetapan, aturan, nilai, "
         "bobot, skala, indikator, ubah, contoh, syarat, renja");
   CHECK(spelled_list(keyword_group::indicator_field | keyword_group::meta) ==
         "tingkat, induk, satuan, arah, definisi, sumber, rumus, bulat, target, capaian, "
         "predikat, kategori, anggaran, efisiensi, predikat_efisiensi, dasar, status, berlaku, "
         "kumulatif");
}

TEST_CASE("keywords: every keyword rule matches its word and not a longer name")
{
   CHECK(every_keyword_rule_matches(std::make_index_sequence<keywords.size()>{}));
   CHECK_FALSE(matches_whole<g::kw<keyword::lain>>("lainnya"));
   CHECK(matches_whole<g::reserved>("lainnya"));
   CHECK(matches_whole<g::level_value>("subkegiatan"));
   CHECK_FALSE(matches_whole<g::level_value>("naik"));
   CHECK(matches_whole<g::column_type>("ya_tidak"));
   CHECK_FALSE(matches_whole<g::column_type>("Teks"));
   // Expression keywords are reserved, declaration keywords are not.
   CHECK_FALSE(matches_whole<g::identifier>("pilih"));
   CHECK(matches_whole<g::identifier>("nilai"));
   CHECK(matches_whole<g::identifier>("target"));
}

TEST_CASE("keywords: the AST's words are the table's")
{
   CHECK(std::string(ast::level_name(ast::indicator_level::subkegiatan)) == "subkegiatan");
   CHECK(std::string(ast::column_type_name(ast::column_type::boolean)) == "ya_tidak");
   CHECK(std::string(ast::column_type_name(ast::column_type::integer)) == "bulat");
   CHECK(std::string(ast::status_name(ast::source_status::practitioner_reading)) ==
         "bacaan_praktisi");
   CHECK(std::string(ast::status_name(ast::source_status::unspecified)).empty());
   CHECK(std::string(ast::direction_name(ast::direction::down)) == "turun");
   CHECK(kind_of(ast::direction_words, keyword::turun) == ast::direction::down);
   CHECK_FALSE(kind_of(ast::direction_words, keyword::naik) == ast::direction::down);
   CHECK_FALSE(kind_of(ast::level_words, keyword::naik).has_value());
}

TEST_CASE("keywords: the parser reads kinds through the table")
{
   source_manager sources;
   diagnostic_sink sink;
   const ast::module m =
      parse(sources.add("t.ind", "tabel t \"t.csv\" { kolom a ya_tidak; kolom b persen titik }\n"
                                 "indikator x \"X\" { tingkat kegiatan; arah turun; status asumsi }\n"),
            sink, parse_mode::whole);
   REQUIRE(sink.error_count() == 0);
   REQUIRE(m.declarations.size() == 2);
   const auto& t = std::get<ast::table_decl>(m.declarations[0]);
   REQUIRE(t.columns.size() == 2);
   CHECK(t.columns[0].type == ast::column_type::boolean);
   CHECK(t.columns[1].type == ast::column_type::percent);
   CHECK(t.columns[1].style == ast::number_style::point_decimal);
   const auto& ind = std::get<ast::indicator_decl>(m.declarations[1]);
   CHECK(ind.level == ast::indicator_level::kegiatan);
   CHECK(ind.dir == ast::direction::down);
   CHECK(ind.info.status == ast::source_status::assumed);
}

TEST_CASE("keywords: a near miss is compared with the words the failing rule expects")
{
   SUBCASE("a level")
   {
      const one_error e = parse_error_of(indicator_head + "tingkat sasarn\n}\n");
      CHECK(e.message == "tingkat tidak dikenal");
      CHECK(e.hint == "mungkin maksud Anda 'sasaran'");
      CHECK(e.column == 11);
   }
   SUBCASE("a direction, capitalised")
   {
      const one_error e = parse_error_of(indicator_head + "arah Turun\n}\n");
      CHECK(e.message == "arah tidak dikenal");
      CHECK(e.hint == "mungkin maksud Anda 'turun'");
   }
   SUBCASE("a word far from every direction keeps the list")
   {
      const one_error e = parse_error_of(indicator_head + "arah keatas\n}\n");
      CHECK(e.hint == "yang dikenal: naik (makin tinggi makin baik), turun (makin rendah makin baik)");
   }
   SUBCASE("a status")
   {
      const one_error e = parse_error_of("skala s { status asumsu }\n");
      CHECK(e.message == "status sumber tidak dikenal");
      CHECK(e.hint == "mungkin maksud Anda 'asumsi'");
   }
   SUBCASE("a column type")
   {
      const one_error e = parse_error_of("tabel t \"t.csv\" { kolom a desimql }\n");
      CHECK(e.message == "diharapkan jenis kolom atau '=' dan rumus kolom turunan");
      CHECK(e.hint == "mungkin maksud Anda 'desimal'");
   }
   SUBCASE("a field of an indicator is not compared with declarations")
   {
      // `tabell` is one edit from the declaration `tabel`, but no field is near it.
      const one_error e = parse_error_of(indicator_head + "tabell 2\n}\n");
      CHECK(e.message == "diharapkan kolom indikator atau '}'");
      CHECK(e.hint.starts_with("kolom indikator: tingkat, induk"));
   }
   SUBCASE("a field of a table")
   {
      const one_error e = parse_error_of("tabel t \"t.csv\" { kolm a teks }\n");
      CHECK(e.hint == "mungkin maksud Anda 'kolom'");
   }
   SUBCASE("an item of a budget")
   {
      const one_error e = parse_error_of("anggaran \"a.csv\" { serpan bulat 2 }\n");
      CHECK(e.hint == "mungkin maksud Anda 'serapan'");
   }
   SUBCASE("a bound of berlaku")
   {
      const one_error e = parse_error_of("tetapan x = 1 berlaku sejk 2022\n");
      CHECK(e.hint == "mungkin maksud Anda 'sejak'");
   }
   SUBCASE("a declaration word, a header word among them")
   {
      CHECK(parse_error_of("indikatr x \"X\" { }\n").hint == "mungkin maksud Anda 'indikator'");
      CHECK(parse_error_of("tabel t \"t.csv\" { }\nmodl m\n").hint == "mungkin maksud Anda 'modul'");
   }
   SUBCASE("a keyword out of place is not called a misspelling")
   {
      // `tabel` is one edit from nothing in a table, and is a keyword itself.
      const one_error e = parse_error_of(indicator_head + "tabel\n}\n");
      CHECK(e.hint.starts_with("kolom indikator:"));
   }
}

TEST_CASE("keywords: nearest_keyword")
{
   CHECK(nearest_keyword("rumsu", keyword_group::indicator_field) == "rumus");
   CHECK(nearest_keyword("rumus", keyword_group::indicator_field).empty());
   CHECK(nearest_keyword("tabel", keyword_group::indicator_field).empty());
   CHECK(nearest_keyword("rumsu", keyword_group::declaration).empty());
   CHECK(nearest_keyword("rumsu", group_set{}).empty());
}
