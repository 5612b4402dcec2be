#include "core/number_format.hpp"
#include "core/text.hpp"

#include <doctest/doctest.h>

#include <string>

using ind::core::decimal;
using ind::core::format_number;
using ind::core::is_missing_marker;
using ind::core::locale;
using ind::core::number_error;
using ind::core::number_kind;
using ind::core::number_parse;
using ind::core::number_style;
using ind::core::parse_number;

namespace {

constexpr auto comma = number_style::comma_decimal;
constexpr auto point = number_style::point_decimal;

// The exact value as canonical text, or the error's name.
std::string read(std::string_view text, number_kind kind = number_kind::decimal,
                 number_style style = comma)
{
   const number_parse p = parse_number(text, kind, style);
   switch (p.error) {
   case number_error::none:
      REQUIRE(p.value.has_value());
      CHECK(p.hint.empty());
      return p.value->to_string();
   case number_error::missing:
      CHECK_FALSE(p.value.has_value());
      return "missing";
   case number_error::malformed:
      CHECK_FALSE(p.value.has_value());
      CHECK_FALSE(p.hint.empty());
      return "malformed";
   case number_error::ambiguous:
      CHECK_FALSE(p.value.has_value());
      CHECK_FALSE(p.hint.empty());
      return "ambiguous";
   case number_error::fraction:
      CHECK_FALSE(p.value.has_value());
      CHECK_FALSE(p.hint.empty());
      return "fraction";
   }
   return "?";
}

std::string hint(std::string_view text, number_kind kind = number_kind::decimal,
                 number_style style = comma)
{
   return parse_number(text, kind, style).hint;
}

decimal dec(std::string_view text)
{
   return *decimal::parse(text);
}

} // namespace

TEST_CASE("number_format: figures from the Pasuruan report")
{
   CHECK(read("14.289.814.108", number_kind::rupiah) == "14289814108");
   CHECK(read("14.289.814.108", number_kind::integer) == "14289814108");
   CHECK(read("14.289.814.108") == "14289814108");
   CHECK(read("71,17") == "71.17");
   CHECK(read("108,6%", number_kind::percent) == "108.6");
   CHECK(read("93,66 %", number_kind::percent) == "93.66");
   CHECK(read("84", number_kind::percent) == "84");
   CHECK(read("Rp 1.234.567,00", number_kind::rupiah) == "1234567");
   CHECK(read("Rp 14.289.814.108,-", number_kind::rupiah) == "14289814108");
   CHECK(read("Rp. 1.234.567,00", number_kind::rupiah) == "1234567");
   CHECK(read("7.593", number_kind::integer) == "7593");
   CHECK(read("12.864", number_kind::integer) == "12864");
}

TEST_CASE("number_format: missing markers")
{
   for (const char* marker : {"", "   ", "-", " - ", "\xE2\x80\x93", "n/a", "N/A", "NA", "na",
                              "tidak ada", "Tidak Ada", "\xC2\xA0-\xC2\xA0", "\t\t"}) {
      CHECK_MESSAGE(is_missing_marker(marker), marker);
      for (const number_kind kind : {number_kind::decimal, number_kind::integer,
                                     number_kind::rupiah, number_kind::percent}) {
         CHECK_MESSAGE(read(marker, kind) == "missing", marker);
      }
   }
   for (const char* value : {"0", "--", "n/a/", "nan", "tidak", "ada", "0,0"}) {
      CHECK_MESSAGE(!is_missing_marker(value), value);
   }
}

TEST_CASE("number_format: trimming and signs")
{
   CHECK(read("  71,17\t") == "71.17");
   CHECK(read("\xC2\xA0"
              "71,17"
              "\xC2\xA0") == "71.17");
   CHECK(read("-3,5") == "-3.5");
   CHECK(read("+3,5") == "3.5");
   CHECK(read("-0") == "0");
   CHECK(read("-1.234.567,89") == "-1234567.89");
   CHECK(read("(5)") == "malformed");
   CHECK(read("- 5") == "malformed");
   CHECK(read("5-") == "malformed");
   CHECK(read("--5") == "malformed");
   CHECK(read("1 234") == "malformed");
   CHECK(hint("1 234") == "spasi tidak boleh ada di tengah angka");
}

TEST_CASE("text: trim removes the documented blank set at both ends only")
{
   using ind::core::trim;
   CHECK(trim(" \t\n\v\f\r kode \r\n") == "kode");
   CHECK(trim("\xC2\xA0"
              "Dinas Kesehatan"
              "\xC2\xA0 ") == "Dinas Kesehatan");
   CHECK(trim("a \xC2\xA0 b") == "a \xC2\xA0 b");
   CHECK(trim(" \xC2\xA0\t ").empty());
   CHECK(trim("").empty());
   // A lone lead byte or a lone continuation byte is not a no-break space.
   CHECK(trim("\xC2x") == "\xC2x");
   CHECK(trim("x\xA0") == "x\xA0");
   CHECK(trim("\xE2\x80\x83x") == "\xE2\x80\x83x"); // em space: not in the set
}

TEST_CASE("number_format: comma_decimal")
{
   CHECK(read("1.234,5") == "1234.5");
   CHECK(read("7.593.000") == "7593000");
   CHECK(read("0,5") == "0.5");
   CHECK(read("007") == "7");
   CHECK(read("123456789012345678901234567890") == "123456789012345678901234567890");
   CHECK(read("1.234.567.890.123.456.789,123") == "1234567890123456789.123");

   CHECK(read("1.234") == "ambiguous");
   CHECK(read("-1.234") == "ambiguous");
   CHECK(read("12.345") == "ambiguous");
   CHECK(read("999.999") == "ambiguous");
   CHECK(hint("1.234") ==
         "kolom ini memakai koma sebagai tanda desimal; tulis 1.234,0 untuk seribu dua ratus tiga "
         "puluh empat atau 1,234 untuk satu koma dua tiga empat");
   CHECK(hint("-12.011") == "kolom ini memakai koma sebagai tanda desimal; tulis -12.011,0 untuk "
                            "minus dua belas ribu sebelas atau -12,011 untuk minus dua belas koma "
                            "nol satu satu");
   CHECK(hint("100.100") ==
         "kolom ini memakai koma sebagai tanda desimal; tulis 100.100,0 untuk seratus ribu "
         "seratus atau 100,100 untuk seratus koma satu nol nol");

   CHECK(read("1.23") == "malformed");
   CHECK(hint("1.23") == "tanda desimal di kolom ini adalah koma; tulis 1,23");
   CHECK(hint("0.123") == "tanda desimal di kolom ini adalah koma; tulis 0,123");
   CHECK(hint("-.5") == "tanda desimal di kolom ini adalah koma; tulis -0,5");
   CHECK(read("12.34.567") == "malformed");
   CHECK(hint("12.34.567") ==
         "titik sebagai pemisah ribuan harus memisahkan kelompok tiga angka, misalnya 12.345.678");
   CHECK(read("1234.567") == "malformed");
   CHECK(read("1.2345") == "malformed");
   CHECK(read("1..234") == "malformed");
   CHECK(read("1.") == "malformed");
   CHECK(read(".") == "malformed");
   CHECK(read("01.234") == "malformed");
   CHECK(read("1,2,3") == "malformed");
   CHECK(
       hint("1,2,3") ==
       "hanya boleh ada satu koma sebagai tanda desimal; pemisah ribuan di kolom ini adalah titik");
   CHECK(read("1,234,567") == "malformed");
   CHECK(read("1,234.56") == "malformed");
   CHECK(hint("1,234.56") == "kolom ini memakai koma sebagai tanda desimal dan titik sebagai "
                             "pemisah ribuan; titik tidak boleh ada di belakang tanda desimal");
   CHECK(read(",5") == "malformed");
   CHECK(hint(",5") == "tulis 0,5 (harus ada angka sebelum koma)");
   CHECK(read("5,") == "malformed");
   CHECK(read("abc") == "malformed");
   CHECK(hint("abc") == "karakter \"a\" tidak boleh ada dalam angka");
   CHECK(read("12a") == "malformed");
   CHECK(hint("12\xC2\xB0") == "karakter \"\xC2\xB0\" tidak boleh ada dalam angka");
   CHECK(read("1e3") == "malformed");
   CHECK(read("1,5%") == "malformed");
   CHECK(hint("1,5%") == "tanda % hanya boleh dipakai di kolom persen");
   CHECK(read("Rp 5") == "malformed");
   CHECK(hint("Rp 5") == "awalan Rp hanya boleh dipakai di kolom rupiah");
}

TEST_CASE("number_format: integer columns")
{
   CHECK(read("7593", number_kind::integer) == "7593");
   CHECK(read("-12.864", number_kind::integer) == "-12864");
   CHECK(read("7,5", number_kind::integer) == "fraction");
   CHECK(hint("7,5", number_kind::integer) ==
         "kolom ini berisi bilangan bulat; 7,5 mempunyai angka di belakang koma");
   CHECK(read("7,0", number_kind::integer) == "fraction");
   CHECK(read("7.593,00", number_kind::integer) == "fraction");
   CHECK(read("7.59", number_kind::integer) == "malformed");
   CHECK(read("7,5,0", number_kind::integer) == "malformed");
   CHECK(read("7.593", number_kind::integer, point) == "fraction");
   CHECK(read("7,593", number_kind::integer, point) == "7593");
}

TEST_CASE("number_format: rupiah columns")
{
   CHECK(read("Rp 1.234", number_kind::rupiah) == "1234");
   CHECK(read("1.234", number_kind::rupiah) == "1234");
   CHECK(read("Rp 1.234,50", number_kind::rupiah) == "1234.5");
   CHECK(read("Rp1.234", number_kind::rupiah) == "1234");
   CHECK(read("rp 1.234", number_kind::rupiah) == "1234");
   CHECK(read("RP.1.234", number_kind::rupiah) == "1234");
   CHECK(read("Rp. 1.234,-", number_kind::rupiah) == "1234");
   CHECK(read("Rp 1.234,000", number_kind::rupiah) == "1234");
   CHECK(read("-Rp 1.200.965.195", number_kind::rupiah) == "-1200965195");
   CHECK(read("Rp -1.200.965.195", number_kind::rupiah) == "-1200965195");
   CHECK(read("1.234,-", number_kind::rupiah) == "1234");
   CHECK(read("Rp", number_kind::rupiah) == "malformed");
   CHECK(read("Rp ,-", number_kind::rupiah) == "malformed");
   CHECK(read("Rp -", number_kind::rupiah) == "malformed");
   CHECK(read("-Rp -5", number_kind::rupiah) == "malformed");
   CHECK(read("Rp 1.23", number_kind::rupiah) == "malformed");
   CHECK(read("Rp 1.234.567,-", number_kind::rupiah, point) == "malformed");
   CHECK(read("Rp 1,234,567.-", number_kind::rupiah, point) == "1234567");
   CHECK(read("Rp 1,234,567.00", number_kind::rupiah, point) == "1234567");
   CHECK(read("IDR 5", number_kind::rupiah) == "malformed");
   CHECK(read("1.234,-", number_kind::decimal) == "malformed");
}

TEST_CASE("number_format: three decimals in a rupiah column can be a thousands group")
{
   CHECK(read("Rp 1,234", number_kind::rupiah) == "ambiguous");
   CHECK(hint("Rp 1,234", number_kind::rupiah) ==
         "kolom ini memakai koma sebagai tanda desimal; tulis 1.234 untuk seribu dua ratus tiga "
         "puluh empat atau 1,2340 untuk satu koma dua tiga empat");
   CHECK(read("1,234", number_kind::rupiah) == "ambiguous");
   CHECK(read("Rp 999,000", number_kind::rupiah) == "ambiguous");
   CHECK(read("-Rp 12,500", number_kind::rupiah) == "ambiguous");
   CHECK(hint("-Rp 12,500", number_kind::rupiah) ==
         "kolom ini memakai koma sebagai tanda desimal; tulis -12.500 untuk minus dua belas ribu "
         "lima ratus atau -12,5000 untuk minus dua belas koma lima nol nol");
   CHECK(read("Rp 1.234", number_kind::rupiah, point) == "ambiguous");
   // Read one way only: grouped, two decimals (sen), four decimals, or no first group.
   CHECK(read("Rp 1.234,000", number_kind::rupiah) == "1234");
   CHECK(read("Rp 1,23", number_kind::rupiah) == "1.23");
   CHECK(read("Rp 1,2340", number_kind::rupiah) == "1.234");
   CHECK(read("Rp 0,234", number_kind::rupiah) == "0.234");
   CHECK(read("Rp 1234,567", number_kind::rupiah) == "1234.567");
   CHECK(read("1,234", number_kind::decimal) == "1.234");
}

TEST_CASE("number_format: percent columns")
{
   CHECK(read("108,6 %", number_kind::percent) == "108.6");
   CHECK(read("108,6\xC2\xA0%", number_kind::percent) == "108.6");
   CHECK(read("-2,5%", number_kind::percent) == "-2.5");
   CHECK(read("100%", number_kind::percent) == "100");
   CHECK(read("1.234%", number_kind::percent) == "ambiguous");
   CHECK(read("1.234,5%", number_kind::percent) == "1234.5");
   CHECK(read("%", number_kind::percent) == "malformed");
   CHECK(read("5%%", number_kind::percent) == "malformed");
   CHECK(hint("5%%", number_kind::percent) == "tanda % hanya boleh di akhir angka");
   CHECK(read("%5", number_kind::percent) == "malformed");
   CHECK(read("108.6%", number_kind::percent, point) == "108.6");
}

TEST_CASE("number_format: point_decimal mirrors comma_decimal")
{
   CHECK(read("71.17", number_kind::decimal, point) == "71.17");
   CHECK(read("14,289,814,108", number_kind::decimal, point) == "14289814108");
   CHECK(read("1,234.5", number_kind::decimal, point) == "1234.5");
   CHECK(read("1,234", number_kind::decimal, point) == "ambiguous");
   CHECK(hint("1,234", number_kind::decimal, point) ==
         "kolom ini memakai titik sebagai tanda desimal; tulis 1,234.0 untuk seribu dua ratus tiga "
         "puluh empat atau 1.234 untuk satu koma dua tiga empat");
   CHECK(read("1,234", number_kind::rupiah, point) == "1234");
   CHECK(read("1,23", number_kind::decimal, point) == "malformed");
   CHECK(hint("1,23", number_kind::decimal, point) ==
         "tanda desimal di kolom ini adalah titik; tulis 1.23");
   CHECK(read("1.2.3", number_kind::decimal, point) == "malformed");
   CHECK(read("1.234,56", number_kind::decimal, point) == "malformed");
}

TEST_CASE("number_format: format_number")
{
   CHECK(format_number(dec("77.315"), 2, locale::id) == "77,32");
   CHECK(format_number(dec("14289814108"), 0, locale::id) == "14.289.814.108");
   CHECK(format_number(dec("-1200965195"), 0, locale::id) == "-1.200.965.195");
   CHECK(format_number(decimal(5), 2, locale::en) == "5.00");
   CHECK(format_number(dec("14289814108"), 2, locale::en) == "14,289,814,108.00");
   CHECK(format_number(dec("1234567.891"), 2, locale::id) == "1.234.567,89");
   CHECK(format_number(dec("999.995"), 2, locale::id) == "1.000,00");
   CHECK(format_number(dec("123"), 0, locale::id) == "123");
   CHECK(format_number(dec("1234"), 0, locale::id) == "1.234");
   CHECK(format_number(dec("123456"), 1, locale::id) == "123.456,0");
   CHECK(format_number(dec("-0.004"), 2, locale::id) == "0,00");
   CHECK(format_number(dec("-0.4"), 0, locale::id) == "0");
   CHECK(format_number(dec("-123.5"), 0, locale::id) == "-124");
   CHECK(format_number(decimal(), 0, locale::en) == "0");
   const decimal third = *decimal::divide(decimal(1), decimal(3));
   CHECK(format_number(third * decimal(100), 2, locale::id) == "33,33");
}

TEST_CASE("number_format: parse and format round trip")
{
   for (const char* text : {"14.289.814.108", "71,17", "-1.234.567,89", "0,05", "999"}) {
      const number_parse p = parse_number(text, number_kind::decimal, comma);
      REQUIRE_MESSAGE(p.value.has_value(), text);
      const int places = p.value->places();
      CHECK(format_number(*p.value, places, locale::id) == text);
   }
}
