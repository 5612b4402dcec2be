// Numbers as people write them in Indonesian reports and spreadsheets, in both directions.
//
// Reading: a data column declares how its numbers are written; a cell that does not parse, or
// that could be read two ways under the declared style ("1.234" in a decimal-comma column:
// one thousand two hundred thirty-four, or 1,234?), is rejected with a reason and a hint.
// Writing: Indonesian style by default (14.289.814.108; 77,32), English style on request.
#pragma once

#include "core/decimal.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ind::core {

// Which character separates decimals; the other one groups thousands.
enum class number_style : unsigned char
{
   comma_decimal, // 1.234.567,89 (Indonesian)
   point_decimal, // 1,234,567.89 (English)
};

// What a column holds. Each kind accepts the decorations people type around such numbers.
enum class number_kind : unsigned char
{
   decimal, // 71,17  -3,5  1.234.567,89
   integer, // 7.593  12.864 (grouping allowed, no decimals)
   rupiah,  // Rp 14.289.814.108,-  Rp. 1.234.567,00  14.289.814.108
   percent, // 108,6%  93,66 %  84
};

enum class number_error : unsigned char
{
   none,
   missing,   // "", "-", "n/a", "N/A", "NA", "tidak ada" (after trimming): explicitly not available
   malformed, // not a number of this kind at all ("abc", "1,2,3", "12a")
   ambiguous, // readable two ways under the declared style ("1.234" with comma_decimal)
   fraction,  // decimals in an integer column ("7,5" declared integer)
};

struct number_parse
{
   std::optional<decimal> value; // set iff error == none
   number_error error = number_error::none;
   std::string hint; // Indonesian, for the diagnostic; empty when error == none
};

// Parses one cell. Leading/trailing spaces are ignored; a leading '-' or '+' is accepted;
// parentheses are not. Grouping separators must form groups of exactly three digits.
number_parse parse_number(std::string_view text, number_kind kind, number_style style);

// True for the texts that mean "not available" (see number_error::missing).
bool is_missing_marker(std::string_view text);

enum class locale : unsigned char
{
   id, // 14.289.814.108 ; 77,32
   en, // 14,289,814,108 ; 77.32
};

// `value` rounded half-up to `places` decimals and written with grouping in the given locale:
// format_number(77.315, 2, id) == "77,32"; format_number(14289814108, 0, id) == "14.289.814.108";
// format_number(-1200965195, 0, id) == "-1.200.965.195"; format_number(5, 2, en) == "5.00".
std::string format_number(const decimal& value, int places, locale loc);

} // namespace ind::core
