#include "core/decimal.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ind::core::decimal;
using ind::core::rounding;

namespace {

decimal dec(std::string_view text)
{
   const std::optional<decimal> d = decimal::parse(text);
   REQUIRE_MESSAGE(d.has_value(), text);
   return *d;
}

decimal quotient(const decimal& a, const decimal& b)
{
   const std::optional<decimal> q = decimal::divide(a, b);
   REQUIRE(q.has_value());
   return *q;
}

decimal ten_to(int n)
{
   decimal result(1);
   for (int i = 0; i < n; ++i) {
      result = result * decimal(10);
   }
   return result;
}

} // namespace

TEST_CASE("decimal: parse accepts only the canonical form")
{
   CHECK(dec("77.315").to_string() == "77.315");
   CHECK(dec("-12.50").to_string() == "-12.5");
   CHECK(dec("14289814108").to_string() == "14289814108");
   CHECK(dec("-0.5").to_string() == "-0.5");
   CHECK(dec("0").to_string() == "0");
   CHECK(dec("-0").to_string() == "0");
   CHECK(dec("-0.000").to_string() == "0");
   CHECK(dec("007").to_string() == "7");
   for (const char* bad : {"", "-", ".", "+1", ".5", "5.", "1,5", "1e3", " 1", "1 ", "1.2.3", "--1",
                           "1-", "abc", "0x10", "1_000"}) {
      CHECK_MESSAGE(!decimal::parse(bad).has_value(), bad);
   }
}

TEST_CASE("decimal: parse keeps long literals exact")
{
   const std::string forty_digits = "1234567890123456789012345678901234567890";
   CHECK(dec(forty_digits).to_string() == forty_digits);
   CHECK(dec("-" + forty_digits + ".5").to_string() == "-" + forty_digits + ".5");
   CHECK(dec("0.00000000000000000000000000000000000000000001").places() == 44);
   CHECK(dec("0.90335212813237465815903348217102644901344").to_string() ==
         "0.90335212813237465815903348217102644901344");
   CHECK(dec("-0000000000000000000000000000000000000000009").to_string() == "-9");
   // Trailing zeros beyond 128 bits still denote a small number.
   CHECK(dec("1.0000000000000000000000000000000000000000000000").to_int64() == 1);
}

TEST_CASE("decimal: construction")
{
   CHECK(decimal().is_zero());
   CHECK(decimal(42).to_string() == "42");
   CHECK(decimal(-7).to_string() == "-7");
   CHECK(decimal::from_scaled(77315, 3) == dec("77.315"));
   CHECK(decimal::from_scaled(-5, 1).to_string() == "-0.5");
   CHECK(decimal::from_scaled(1200, 2).to_string() == "12");
}

TEST_CASE("decimal: large rupiah sums are exact to the unit")
{
   const decimal total = dec("10656768771") + dec("2379958107") + dec("1253087230");
   CHECK(total == dec("14289814108"));
   CHECK(total.to_string() == "14289814108");
   CHECK(total.to_int64() == 14289814108);

   const decimal realisasi = dec("13005924773");
   const decimal percent = quotient(realisasi, total) * decimal(100);
   CHECK_FALSE(percent.is_terminating());
   CHECK(percent.round(2).to_string() == "91.02");
   CHECK(percent.to_fixed(2) == "91.02");

   // A year of a national budget in rupiah, summed a million times over, stays exact.
   decimal sum;
   const decimal item = dec("3325118700000000.01");
   for (int i = 0; i < 1000; ++i) {
      sum = sum + item;
   }
   CHECK(sum.to_string() == "3325118700000000010");
}

TEST_CASE("decimal: arithmetic on report figures")
{
   const decimal mean = quotient(dec("79.92") + dec("74.71"), decimal(2));
   CHECK(mean.to_string() == "77.315");
   CHECK(mean.round(2).to_string() == "77.32");

   CHECK(quotient(dec("108.6"), dec("91.02")).round(2).to_string() == "1.19");
   CHECK((quotient(dec("108.6"), dec("91.02")) * decimal(100)).round(0).to_string() == "119");
   CHECK((quotient(decimal(100), dec("93.66")) * decimal(100)).round(0).to_string() == "107");
   CHECK((quotient(decimal(7732), decimal(7117)) * decimal(100)).round(1).to_string() == "108.6");

   const decimal ratio = quotient(decimal(82), decimal(84)) * decimal(100);
   CHECK(ratio.round(0, rounding::down).to_string() == "97");
   CHECK(ratio.round(0, rounding::half_up).to_string() == "98");

   CHECK((dec("0.1") + dec("0.2")) == dec("0.3"));
   CHECK((dec("1.5") - dec("2.25")).to_string() == "-0.75");
   CHECK((dec("-1.5") * dec("-1.5")).to_string() == "2.25");
   CHECK((-dec("3.5")).to_string() == "-3.5");
   CHECK((-decimal()).to_string() == "0");
}

TEST_CASE("decimal: exact division")
{
   CHECK(quotient(decimal(1), decimal(4)).to_string() == "0.25");
   CHECK(quotient(decimal(1), decimal(8)).places() == 3);
   CHECK(quotient(decimal(3), dec("0.03")).to_string() == "100");
   CHECK(quotient(dec("0.5"), dec("0.025")).to_string() == "20");
   CHECK(quotient(decimal(-7), decimal(2)).to_string() == "-3.5");
   CHECK(quotient(decimal(7), decimal(-2)).to_string() == "-3.5");
   CHECK(quotient(decimal(1), decimal(1024)).to_string() == "0.0009765625");
   CHECK(quotient(decimal(0), decimal(3)).is_zero());

   const decimal third = quotient(decimal(1), decimal(3));
   CHECK_FALSE(third.is_terminating());
   CHECK(third.places() == -1);
   CHECK((third * decimal(3)) == decimal(1));
   CHECK((third + third + third).to_string() == "1");
   CHECK((quotient(decimal(1), decimal(6)) + quotient(decimal(1), decimal(3))) == dec("0.5"));
}

TEST_CASE("decimal: division by zero gives nothing")
{
   CHECK_FALSE(decimal::divide(decimal(1), decimal()).has_value());
   CHECK_FALSE(decimal::divide(decimal(0), dec("0.00")).has_value());
   CHECK_FALSE(decimal::divide(ten_to(50), decimal()).has_value());
   CHECK_FALSE(decimal::divide(quotient(decimal(1), decimal(3)), decimal()).has_value());
}

TEST_CASE("decimal: half-up boundary table")
{
   struct row
   {
      const char* value;
      int places;
      const char* expected;
   };
   const std::vector<row> table = {
       {"77.315", 2, "77.32"}, {"77.325", 2, "77.33"}, {"0.005", 2, "0.01"},
       {"-0.005", 2, "-0.01"}, {"2.675", 2, "2.68"},   {"1.005", 2, "1.01"},
       {"2.5", 0, "3"},        {"-2.5", 0, "-3"},      {"0.125", 2, "0.13"},
       {"1.4999", 0, "1"},     {"0.0049", 2, "0"},     {"-0.0049", 2, "0"},
       {"99.995", 2, "100"},   {"12", 2, "12"},        {"1.23456789", 5, "1.23457"},
   };
   for (const row& r : table) {
      CHECK_MESSAGE(dec(r.value).round(r.places).to_string() == r.expected, r.value);
   }
}

TEST_CASE("decimal: half-even and down")
{
   CHECK(dec("2.5").round(0, rounding::half_even).to_string() == "2");
   CHECK(dec("3.5").round(0, rounding::half_even).to_string() == "4");
   CHECK(dec("-2.5").round(0, rounding::half_even).to_string() == "-2");
   CHECK(dec("0.125").round(2, rounding::half_even).to_string() == "0.12");
   CHECK(dec("0.1251").round(2, rounding::half_even).to_string() == "0.13");
   CHECK(dec("97.619").round(0, rounding::down).to_string() == "97");
   CHECK(dec("-1.99").round(0, rounding::down).to_string() == "-1");
   CHECK(dec("0.999").round(2, rounding::down).to_string() == "0.99");
}

TEST_CASE("decimal: rounding non-terminating values")
{
   const decimal third = quotient(decimal(1), decimal(3));
   const decimal two_thirds = quotient(decimal(2), decimal(3));
   CHECK(third.round(2).to_string() == "0.33");
   CHECK(two_thirds.round(2).to_string() == "0.67");
   CHECK((-two_thirds).round(2).to_string() == "-0.67");
   CHECK(two_thirds.round(2, rounding::down).to_string() == "0.66");
   CHECK(two_thirds.round(0).to_string() == "1");
   CHECK(third.round(0).to_string() == "0");
   CHECK(quotient(decimal(5), decimal(6)).round(1, rounding::half_even).to_string() == "0.8");
   // Ties cannot happen for a non-terminating value, but huge terminating ones can tie.
   const decimal big_tie = ten_to(40) + dec("0.5");
   CHECK(big_tie.round(0).to_string() == (ten_to(40) + decimal(1)).to_string());
   CHECK(big_tie.round(0, rounding::half_even).to_string() == ten_to(40).to_string());
   CHECK((-big_tie).round(0).to_string() == "-1" + std::string(39, '0') + "1");
}

TEST_CASE("decimal: overflow to the big form and back")
{
   const decimal huge = ten_to(40) * ten_to(40);
   CHECK(huge.to_string() == "1" + std::string(80, '0'));
   CHECK(huge.is_integer());
   CHECK_FALSE(huge.to_int64().has_value());
   CHECK(quotient(huge, ten_to(60)).to_string() == "1" + std::string(20, '0'));
   CHECK(quotient(huge, ten_to(78)).to_int64() == 100);
   CHECK((huge - huge).is_zero());
   CHECK((huge - (huge - decimal(1))) == decimal(1));

   // The largest coefficients: 2^127 - 1 fits, one more does not.
   const decimal max128 = dec("170141183460469231731687303715884105727");
   const decimal over = max128 + decimal(1);
   CHECK(over.to_string() == "170141183460469231731687303715884105728");
   CHECK((-over).to_string() == "-170141183460469231731687303715884105728");
   CHECK((over - decimal(1)) == max128);
   CHECK((-over - decimal(1)).to_string() == "-170141183460469231731687303715884105729");

   // Many decimals on both sides.
   const decimal tiny = quotient(decimal(1), ten_to(50));
   CHECK(tiny.places() == 50);
   const decimal mixed = decimal(1) + tiny;
   CHECK(mixed.places() == 50);
   CHECK(mixed.to_string() == "1." + std::string(49, '0') + "1");
   CHECK((mixed - tiny) == decimal(1));
   CHECK(mixed.round(2).to_string() == "1");
   CHECK(mixed.to_fixed(3) == "1.000");

   // Division of huge numbers.
   const decimal a = dec("123456789012345678901234567890123456789012345678901234567890");
   const decimal b = dec("1234567890123456789012345678901234567890");
   CHECK(quotient(a, b) * b == a);
   CHECK(quotient(a * decimal(2), a) == decimal(2));
   CHECK(quotient(a, b).round(0).to_string() == "100000000000000000000");
}

TEST_CASE("decimal: ordering across forms")
{
   const decimal third = quotient(decimal(1), decimal(3));
   const decimal huge = ten_to(45);
   CHECK(third < dec("0.3334"));
   CHECK(third > dec("0.3333"));
   CHECK(-third < decimal(0));
   CHECK(huge > dec("99999999999999999999999999999999999999"));
   CHECK(-huge < dec("-99999999999999999999999999999999999999"));
   CHECK(huge > third);
   CHECK(dec("1.50") == dec("1.5"));
   CHECK((dec("1.50") <=> dec("1.5")) == std::strong_ordering::equal);
   CHECK(dec("2") > dec("1.99999"));
   CHECK(dec("-2") < dec("-1.99999"));
   CHECK(decimal(0) == dec("-0.0"));
   CHECK(quotient(decimal(2), decimal(6)) == third);
   CHECK(third != dec("0.33333333333333333333333333"));
   // Aligning these two scales overflows 128 bits; the comparison must still be exact.
   const decimal wide = dec("12345678901234567890123456789012345678");
   const decimal deep = dec("1.2345678901234567890123456789012345678");
   CHECK(deep < wide);
   CHECK(wide > deep);
}

TEST_CASE("decimal: text")
{
   const decimal third = quotient(decimal(1), decimal(3));
   CHECK(third.to_string() == "0.33333333333333333333...");
   CHECK(third.to_string(4) == "0.3333...");
   CHECK((-quotient(decimal(2), decimal(3))).to_string(3) == "-0.666...");
   CHECK(quotient(decimal(100), decimal(7)).to_string(2) == "14.28...");
   CHECK(dec("5.00").to_string() == "5");
   CHECK(dec("0.050").to_string() == "0.05");
   CHECK(dec("-100").to_string() == "-100");

   CHECK(dec("77.315").to_fixed(2) == "77.32");
   CHECK(decimal(5).to_fixed(2) == "5.00");
   CHECK(dec("-0.04").to_fixed(1) == "0.0");
   CHECK(dec("-0.05").to_fixed(1) == "-0.1");
   CHECK(dec("0.5").to_fixed(0) == "1");
   CHECK(dec("-0.004").to_fixed(0) == "0");
   CHECK(dec("0.001").to_fixed(3) == "0.001");
   CHECK(third.to_fixed(3) == "0.333");
   CHECK(ten_to(40).to_fixed(1) == "1" + std::string(40, '0') + ".0");
}

TEST_CASE("decimal: properties")
{
   CHECK(dec("1.50").places() == 1);
   CHECK(dec("100").places() == 0);
   CHECK(decimal().places() == 0);
   CHECK(dec("2.000").is_integer());
   CHECK_FALSE(dec("2.001").is_integer());
   CHECK(dec("-3").sign() == -1);
   CHECK(decimal().sign() == 0);
   CHECK(quotient(decimal(-1), decimal(3)).sign() == -1);
   CHECK(dec("-9223372036854775808").to_int64() == INT64_MIN);
   CHECK(dec("9223372036854775807").to_int64() == INT64_MAX);
   CHECK_FALSE(dec("9223372036854775808").to_int64().has_value());
   CHECK_FALSE(dec("1.5").to_int64().has_value());
   CHECK(dec("12.000").to_int64() == 12);
}

TEST_CASE("decimal: products keep their scale bounded")
{
   decimal x = dec("1.1");
   for (int i = 0; i < 30; ++i) {
      x = x * dec("1.10");
   }
   // 1.1^31 has 31 decimals; the zeros from "1.10" must not accumulate into the scale.
   CHECK(x.places() == 31);
   CHECK(x.to_string() == "19.1943424957750480504146841291811");
}

TEST_CASE("decimal: an exact value has at most max_digits digits above and below its fraction bar")
{
   using ind::core::max_digits;
   using ind::core::value_too_large;
   const std::string longest(static_cast<std::size_t>(max_digits), '9');
   REQUIRE(decimal::parse(longest).has_value());
   CHECK_FALSE(decimal::parse(longest + "9").has_value());
   CHECK_FALSE(decimal::parse("0." + longest).has_value());
   CHECK(decimal::parse("0." + longest.substr(1)).has_value());

   // Half the digits, squared, still fits; squared again it does not.
   const decimal half = dec(std::string(static_cast<std::size_t>(max_digits / 2), '9'));
   const decimal square = half * half;
   CHECK(square.to_string().size() == static_cast<std::size_t>(max_digits));
   CHECK_THROWS_AS(square * square, value_too_large);
   // A tiny power of ten is as long as a large one.
   decimal tiny = dec("0.1");
   CHECK_THROWS_AS(
      [&] {
         for (int i = 0; i < max_digits; ++i) {
            tiny = tiny * dec("0.1");
         }
      }(),
      value_too_large);
}
