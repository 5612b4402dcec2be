// The grammar on its own: no rule can loop without consuming input, and representative
// fragments are accepted or rejected as the language reference says.
#include "lang/grammar.hpp"

#include <doctest/doctest.h>
#include <tao/pegtl/contrib/analyze.hpp>

namespace pegtl = tao::pegtl;
namespace g = ind::lang::grammar;

namespace {

template <typename Rule>
bool accepts(std::string_view text)
{
   pegtl::memory_input in(text, "test");
   try {
      return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
   }
   catch (const pegtl::parse_error&) {
      return false;
   }
}

} // namespace

TEST_CASE("grammar: no rule loops without consuming input")
{
   CHECK(pegtl::analyze<g::file>(-1) == 0);
   CHECK(pegtl::analyze<g::used_file>(-1) == 0);
}

TEST_CASE("grammar: numbers are written the Indonesian way")
{
   CHECK(accepts<g::number_literal>("71,17"));
   CHECK(accepts<g::number_literal>("14.289.814.108"));
   CHECK(accepts<g::number_literal>("1.234,5"));
   CHECK(accepts<g::number_literal>("30%"));
   CHECK(accepts<g::number_literal>("0"));
   CHECK_FALSE(accepts<g::number_literal>("77.32"));
   CHECK_FALSE(accepts<g::number_literal>("1.23"));
   CHECK_FALSE(accepts<g::number_literal>("1.0001"));
   CHECK_FALSE(accepts<g::number_literal>(",5"));
}

TEST_CASE("grammar: expressions")
{
   CHECK(accepts<g::expression>("rata(ip_asn_pns; ip_asn_pppk)"));
   CHECK(accepts<g::expression>("realisasi / target * 100"));
   CHECK(accepts<g::expression>("realisasi \xC3\xB7 target \xC3\x97 100"));
   CHECK(accepts<g::expression>("jika a >= 90 maka \"A\" lain \"B\""));
   CHECK(accepts<g::expression>("jumlah(t.pagu dengan kode = \"A\")"));
   CHECK(accepts<g::expression>("pilih p { \"S3\": 25  \"S2\": 20  lainnya: 1 }"));
   CHECK(accepts<g::expression>("tidak (a dan b) atau c"));
   CHECK(accepts<g::expression>("-(-x)"));
   CHECK_FALSE(accepts<g::expression>("rata(a, b)"));
   CHECK_FALSE(accepts<g::expression>("a +"));
   CHECK_FALSE(accepts<g::expression>("IpAsn"));
}

TEST_CASE("grammar: scales with open and closed bounds")
{
   CHECK(accepts<g::band>("[100..~) \"Sangat memuaskan\""));
   CHECK(accepts<g::band>("(90..100] \"AA\" \"Sangat Memuaskan\""));
   CHECK(accepts<g::band>("(~..55) \"Kurang\""));
   CHECK(accepts<g::band>("[90,5..91) \"x\""));
   CHECK_FALSE(accepts<g::band>("[85, 100) \"x\""));
   CHECK_FALSE(accepts<g::band>("[85..100 \"x\""));
}
