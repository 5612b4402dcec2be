#include "core/number_format.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>

namespace ind::core {

namespace {

constexpr std::string_view en_dash = "\xE2\x80\x93";

bool is_digit(char c)
{
   return c >= '0' && c <= '9';
}

char to_lower(char c)
{
   return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool starts_with_lower(std::string_view text, std::string_view lower_prefix)
{
   if (text.size() < lower_prefix.size()) {
      return false;
   }
   for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
      if (to_lower(text[i]) != lower_prefix[i]) {
         return false;
      }
   }
   return true;
}

bool equals_lower(std::string_view text, std::string_view lower)
{
   return text.size() == lower.size() && starts_with_lower(text, lower);
}

struct separators
{
   char decimal;
   char group;
   std::string_view decimal_name;
   std::string_view group_name;
};

separators separators_of(number_style style)
{
   if (style == number_style::comma_decimal) {
      return {',', '.', "koma", "titik"};
   }
   return {'.', ',', "titik", "koma"};
}

std::string join(std::initializer_list<std::string_view> parts)
{
   std::string out;
   for (const std::string_view part : parts) {
      out += part;
   }
   return out;
}

number_parse failure(number_error error, std::string hint)
{
   number_parse result;
   result.error = error;
   result.hint = std::move(hint);
   return result;
}

// Plain digits, or digits grouped by `group` into a first group of 1 to 3 digits (not starting
// with 0) followed by groups of exactly 3.
bool valid_grouping(std::string_view s, char group)
{
   const std::size_t first = s.find(group);
   if (first == std::string_view::npos) {
      return !s.empty();
   }
   if (first == 0 || first > 3 || s[0] == '0') {
      return false;
   }
   for (std::size_t i = first; i < s.size(); i += 4) {
      if (s[i] != group || i + 4 > s.size()) {
         return false;
      }
      for (std::size_t k = i + 1; k < i + 4; ++k) {
         if (!is_digit(s[k])) {
            return false;
         }
      }
   }
   return true;
}

constexpr std::array<std::string_view, 10> digit_words = {
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};

// Indonesian words for 0 <= n < 1 000 000, the range an ambiguous cell can have.
std::string spell(int n)
{
   const auto word = [](int digit) {
      return std::string(digit_words[static_cast<std::size_t>(digit)]);
   };
   if (n < 10) {
      return word(n);
   }
   if (n == 10) {
      return "sepuluh";
   }
   if (n == 11) {
      return "sebelas";
   }
   if (n < 20) {
      return word(n - 10) + " belas";
   }
   std::string head;
   int rest = 0;
   if (n < 100) {
      head = word(n / 10) + " puluh";
      rest = n % 10;
   } else if (n < 1000) {
      head = n / 100 == 1 ? "seratus" : word(n / 100) + " ratus";
      rest = n % 100;
   } else {
      head = n / 1000 == 1 ? "seribu" : spell(n / 1000) + " ribu";
      rest = n % 1000;
   }
   return rest == 0 ? head : head + " " + spell(rest);
}

int to_int(std::string_view digits)
{
   int value = 0;
   for (const char c : digits) {
      value = value * 10 + (c - '0');
   }
   return value;
}

// "1.234" under comma_decimal (or "1,234" in a rupiah column): tells how to write each of its
// two readings so that it can be read only one way. `thousands_tail` and `fraction_tail` end the
// spellings of the two readings ("1.234,0" and "1,234" in a decimal column; "1.234" and
// "1,2340" in a rupiah column, where a grouped number is never read as decimals).
std::string ambiguity_hint(bool negative, std::string_view left, std::string_view right,
                           const separators& sep, std::string_view thousands_tail,
                           std::string_view fraction_tail)
{
   const std::string_view sign = negative ? "-" : "";
   const std::string_view minus = negative ? "minus " : "";
   const std::string_view decimal_mark(&sep.decimal, 1);
   const std::string_view group_mark(&sep.group, 1);
   std::string fraction_words = spell(to_int(left)) + " koma";
   for (const char c : right) {
      fraction_words += join({" ", digit_words[static_cast<std::size_t>(c - '0')]});
   }
   return join({"kolom ini memakai ", sep.decimal_name, " sebagai tanda desimal; tulis ", sign,
                left, group_mark, right, thousands_tail, " untuk ", minus,
                spell(to_int(left) * 1000 + to_int(right)), " atau ", sign, left, decimal_mark,
                right, fraction_tail, " untuk ", minus, fraction_words});
}

std::string unknown_character_hint(std::string_view s, std::size_t at, number_kind kind)
{
   const char c = s[at];
   if (starts_with_blank(s.substr(at))) {
      return "spasi tidak boleh ada di tengah angka";
   }
   if (c == '-' || c == '+') {
      return "tanda minus atau plus hanya boleh di depan angka";
   }
   if (c == '%') {
      return kind == number_kind::percent ? "tanda % hanya boleh di akhir angka"
                                          : "tanda % hanya boleh dipakai di kolom persen";
   }
   // Quote the whole UTF-8 sequence, not a lone byte of it.
   std::size_t length = 1;
   while (at + length < s.size() && (static_cast<unsigned char>(s[at + length]) & 0xC0) == 0x80) {
      ++length;
   }
   return join({"karakter \"", s.substr(at, length), "\" tidak boleh ada dalam angka"});
}

decimal value_of(bool negative, std::string_view int_part, std::string_view fraction, char group)
{
   constexpr std::size_t int64_safe_digits = 18;
   std::size_t digits = fraction.size();
   for (const char c : int_part) {
      digits += c != group ? 1 : 0;
   }
   if (digits <= int64_safe_digits) {
      std::int64_t coef = 0;
      for (const std::string_view part : {int_part, fraction}) {
         for (const char c : part) {
            if (c != group) {
               coef = coef * 10 + (c - '0');
            }
         }
      }
      return decimal::from_scaled(negative ? -coef : coef, static_cast<int>(fraction.size()));
   }
   std::string canonical = negative ? "-" : "";
   for (const char c : int_part) {
      if (c != group) {
         canonical += c;
      }
   }
   if (!fraction.empty()) {
      canonical += '.';
      canonical += fraction;
   }
   return *decimal::parse(canonical);
}

} // namespace

bool is_missing_marker(std::string_view text)
{
   const std::string_view s = trim(text);
   return s.empty() || s == "-" || s == en_dash || equals_lower(s, "n/a") ||
          equals_lower(s, "na") || equals_lower(s, "tidak ada");
}

number_parse parse_number(std::string_view text, number_kind kind, number_style style)
{
   std::string_view s = trim(text);
   if (is_missing_marker(s)) {
      return failure(number_error::missing, "sel ini menandai nilai yang tidak tersedia");
   }
   const std::string_view shown = s;
   const separators sep = separators_of(style);

   bool negative = false;
   bool has_sign = false;
   const auto take_sign = [&] {
      if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
         negative = s.front() == '-';
         has_sign = true;
         s.remove_prefix(1);
      }
   };
   take_sign();
   if (starts_with_lower(s, "rp")) {
      if (kind != number_kind::rupiah) {
         return failure(number_error::malformed, "awalan Rp hanya boleh dipakai di kolom rupiah");
      }
      s.remove_prefix(2);
      if (!s.empty() && s.front() == '.') {
         s.remove_prefix(1);
      }
      s = trim_front(s);
      if (!has_sign) {
         take_sign();
      }
   }
   if (!s.empty() && s.back() == '%') {
      if (kind != number_kind::percent) {
         return failure(number_error::malformed, "tanda % hanya boleh dipakai di kolom persen");
      }
      s = trim_back(s.substr(0, s.size() - 1));
   }
   // "Rp 14.289.814.108,-": the dash stands for zero sen.
   if (kind == number_kind::rupiah && s.size() >= 2 && s[s.size() - 2] == sep.decimal &&
       s.back() == '-') {
      s.remove_suffix(2);
   }
   if (s.empty()) {
      return failure(number_error::malformed, "tidak ada angka");
   }
   for (std::size_t i = 0; i < s.size(); ++i) {
      if (!is_digit(s[i]) && s[i] != sep.decimal && s[i] != sep.group) {
         return failure(number_error::malformed, unknown_character_hint(s, i, kind));
      }
   }

   const std::string_view decimal_name = sep.decimal_name;
   const std::string_view group_name = sep.group_name;
   const std::size_t point = s.find(sep.decimal);
   const bool has_fraction = point != std::string_view::npos;
   if (has_fraction && s.find(sep.decimal, point + 1) != std::string_view::npos) {
      return failure(
          number_error::malformed,
          join({"hanya boleh ada satu ", decimal_name,
                " sebagai tanda desimal; pemisah ribuan di kolom ini adalah ", group_name}));
   }
   const std::string_view int_part = s.substr(0, point);
   const std::string_view fraction = has_fraction ? s.substr(point + 1) : std::string_view{};
   if (fraction.find(sep.group) != std::string_view::npos) {
      return failure(number_error::malformed,
                     join({"kolom ini memakai ", decimal_name, " sebagai tanda desimal dan ",
                           group_name, " sebagai pemisah ribuan; ", group_name,
                           " tidak boleh ada di belakang tanda desimal"}));
   }
   if (has_fraction && int_part.empty()) {
      return failure(number_error::malformed,
                     join({"tulis ", negative ? "-0" : "0", s, " (harus ada angka sebelum ",
                           decimal_name, ")"}));
   }
   if (has_fraction && fraction.empty()) {
      return failure(number_error::malformed,
                     join({"harus ada angka sesudah ", decimal_name, " sebagai tanda desimal"}));
   }

   const std::size_t group_at = int_part.find(sep.group);
   const bool single_group = group_at != std::string_view::npos &&
                             int_part.find(sep.group, group_at + 1) == std::string_view::npos;
   const std::string_view left = int_part.substr(0, group_at);
   const std::string_view right = single_group ? int_part.substr(group_at + 1) : std::string_view{};
   if (!valid_grouping(int_part, sep.group)) {
      // "1.23" or "0.5" under comma_decimal: most likely a decimal point from the other style.
      if (single_group && !has_fraction && !right.empty() && kind != number_kind::integer) {
         return failure(number_error::malformed,
                        join({"tanda desimal di kolom ini adalah ", decimal_name, "; tulis ",
                              negative ? "-" : "", left.empty() ? "0" : left,
                              std::string_view(&sep.decimal, 1), right}));
      }
      const std::string_view g(&sep.group, 1);
      return failure(number_error::malformed,
                     join({group_name,
                           " sebagai pemisah ribuan harus memisahkan kelompok tiga "
                           "angka, misalnya 12",
                           g, "345", g, "678"}));
   }
   if (single_group && !has_fraction &&
       (kind == number_kind::decimal || kind == number_kind::percent)) {
      return failure(number_error::ambiguous,
                     ambiguity_hint(negative, left, right, sep,
                                    join({std::string_view(&sep.decimal, 1), "0"}), ""));
   }
   // "Rp 1,234" under comma_decimal: rupiah have at most two decimals (sen), so three digits
   // after the decimal sign are as likely a thousands group written in the other style.
   if (kind == number_kind::rupiah && has_fraction && fraction.size() == 3 &&
       group_at == std::string_view::npos && int_part.size() <= 3 && int_part[0] != '0') {
      return failure(number_error::ambiguous,
                     ambiguity_hint(negative, int_part, fraction, sep, "", "0"));
   }
   if (has_fraction && kind == number_kind::integer) {
      return failure(number_error::fraction, join({"kolom ini berisi bilangan bulat; ", shown,
                                                   " mempunyai angka di belakang ", decimal_name}));
   }

   const auto digits = static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return is_digit(c); }));
   if (digits > static_cast<std::size_t>(max_digits)) {
      return failure(number_error::malformed,
                     "angka ini lebih dari " + std::to_string(max_digits) +
                        " digit; periksa isi sel ini");
   }
   number_parse result;
   result.value = value_of(negative, int_part, fraction, sep.group);
   return result;
}

std::string format_number(const decimal& value, int places, locale loc)
{
   const std::string fixed = value.to_fixed(places);
   const char group = loc == locale::id ? '.' : ',';
   const char point = loc == locale::id ? ',' : '.';
   std::string_view digits = fixed;
   std::string out;
   out.reserve(fixed.size() + fixed.size() / 3);
   if (digits.front() == '-') {
      out += '-';
      digits.remove_prefix(1);
   }
   const std::size_t dot = digits.find('.');
   const std::string_view whole = digits.substr(0, dot);
   for (std::size_t i = 0; i < whole.size(); ++i) {
      if (i > 0 && (whole.size() - i) % 3 == 0) {
         out += group;
      }
      out += whole[i];
   }
   if (dot != std::string_view::npos) {
      out += point;
      out += digits.substr(dot + 1);
   }
   return out;
}

} // namespace ind::core
