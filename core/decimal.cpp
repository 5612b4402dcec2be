#include "core/decimal.hpp"

#include "core/scaled.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>
#include <stdexcept>
#include <utility>

namespace ind::core {

namespace mp = boost::multiprecision;

struct decimal::big
{
   mp::cpp_rational value;
};

namespace {

// -2^127 is kept out of the small form so that negating a coefficient can never overflow.
constexpr i128 i128_min = static_cast<i128>(static_cast<u128>(1) << 127);

constexpr int max_pow10 = scaled::traits<i128>::max_pow10;

// max_digits as bits of a numerator or a denominator: log2(10) = 3.3219...
constexpr std::size_t max_bits = static_cast<std::size_t>(max_digits) * 3322 / 1000;

// Beyond this scale, trailing zeros are stripped so that chains of products keep small scales.
constexpr std::int64_t strip_above = 18;

using scaled::magnitude;
using scaled::rounds_away;

mp::cpp_int to_cpp_int(i128 v)
{
   const u128 m = magnitude(v);
   mp::cpp_int r = static_cast<std::uint64_t>(m >> 64);
   r <<= 64;
   r |= static_cast<std::uint64_t>(m);
   if (v < 0) {
      r = -r;
   }
   return r;
}

// False when |v| >= 2^127 (see i128_min).
bool to_i128(const mp::cpp_int& v, i128& out)
{
   if (v.is_zero()) {
      out = 0;
      return true;
   }
   const mp::cpp_int m = abs(v);
   if (mp::msb(m) > 126) {
      return false;
   }
   const mp::cpp_int low_mask = std::numeric_limits<std::uint64_t>::max();
   const u128 u = (static_cast<u128>((m >> 64).convert_to<std::uint64_t>()) << 64) |
                  (m & low_mask).convert_to<std::uint64_t>();
   out = v.sign() < 0 ? -static_cast<i128>(u) : static_cast<i128>(u);
   return true;
}

mp::cpp_int big_pow10(std::int64_t n)
{
   return mp::pow(mp::cpp_int(10), static_cast<unsigned>(n));
}

// For a positive denominator: the number of decimals of any fraction over it when that
// fraction terminates (the denominator is 2^a * 5^b), nullopt otherwise.
std::optional<std::int64_t> terminating_places(const mp::cpp_int& den)
{
   if (den == 1) {
      return 0;
   }
   const std::int64_t twos = mp::lsb(den);
   mp::cpp_int rest = den >> twos;
   std::int64_t fives = 0;
   mp::cpp_int quotient;
   mp::cpp_int remainder;
   while (rest != 1) {
      mp::divide_qr(rest, mp::cpp_int(5), quotient, remainder);
      if (!remainder.is_zero()) {
         return std::nullopt;
      }
      rest.swap(quotient);
      ++fives;
   }
   return std::max(twos, fives);
}

std::string digits_of(u128 m)
{
   std::array<char, 40> buf{};
   std::size_t n = buf.size();
   do {
      buf[--n] = static_cast<char>('0' + static_cast<int>(m % 10));
      m /= 10;
   } while (m != 0);
   return std::string(buf.data() + n, buf.size() - n);
}

// Writes the magnitude `digits` * 10^-scale with its sign.
std::string with_point(bool negative, std::string digits, std::int64_t scale)
{
   const auto places = static_cast<std::size_t>(scale);
   if (places > 0) {
      if (digits.size() <= places) {
         digits.insert(0, places + 1 - digits.size(), '0');
      }
      digits.insert(digits.size() - places, 1, '.');
   }
   if (negative) {
      digits.insert(0, 1, '-');
   }
   return digits;
}

void check_places(int places)
{
   if (places < 0) {
      throw std::invalid_argument("jumlah desimal tidak boleh negatif");
   }
}

} // namespace

struct decimal::ops
{
   // The small form of coef * 10^-scale (any scale), or the big form when it does not fit.
   static decimal small(i128 coef, std::int64_t scale)
   {
      if (coef == 0) {
         return decimal{};
      }
      if (scale < 0) {
         i128 up = 0;
         if (!scaled::raise(coef, -scale, up)) {
            return from_rational(mp::cpp_rational(to_cpp_int(coef) * big_pow10(-scale)));
         }
         coef = up;
         scale = 0;
      }
      if (scale > strip_above) {
         while (scale > 0 && coef % 10 == 0) {
            coef /= 10;
            --scale;
         }
      }
      if (scale > max_digits) {
         throw value_too_large();
      }
      if (coef == i128_min) {
         return make_big(mp::cpp_rational(to_cpp_int(coef), big_pow10(scale)));
      }
      decimal d;
      d.m_coef = coef;
      d.m_scale = static_cast<std::int32_t>(scale);
      return d;
   }

   static decimal make_big(mp::cpp_rational value)
   {
      if ((!numerator(value).is_zero() && mp::msb(abs(numerator(value))) >= max_bits) ||
          mp::msb(denominator(value)) >= max_bits) {
         throw value_too_large();
      }
      decimal d;
      d.m_big = std::make_shared<const big>(big{std::move(value)});
      return d;
   }

   // Back to the small form whenever the value has a decimal expansion that fits.
   static decimal from_rational(mp::cpp_rational value)
   {
      const mp::cpp_int& num = numerator(value);
      const mp::cpp_int& den = denominator(value);
      const std::optional<std::int64_t> places = terminating_places(den);
      if (!places || *places > std::numeric_limits<std::int32_t>::max()) {
         return make_big(std::move(value));
      }
      // den divides 10^places exactly, so this is the coefficient at that scale.
      const mp::cpp_int coef = num * big_pow10(*places) / den;
      i128 c = 0;
      if (!to_i128(coef, c)) {
         return make_big(std::move(value));
      }
      return small(c, *places);
   }

   static mp::cpp_rational to_rational(const decimal& d)
   {
      if (d.m_big) {
         return d.m_big->value;
      }
      if (d.m_scale == 0) {
         return mp::cpp_rational(to_cpp_int(d.m_coef));
      }
      return mp::cpp_rational(to_cpp_int(d.m_coef), big_pow10(d.m_scale));
   }

   // Both small coefficients brought to the larger scale; false on overflow.
   static bool align(const decimal& a, const decimal& b, i128& x, i128& y, std::int64_t& scale)
   {
      return scaled::align(a.m_coef, a.m_scale, b.m_coef, b.m_scale, x, y, scale);
   }

   static std::optional<decimal> divide_small(const decimal& a, const decimal& b)
   {
      i128 coef = 0;
      std::int64_t places = 0;
      if (!scaled::terminating_quotient(a.m_coef, b.m_coef, coef, places)) {
         return std::nullopt;
      }
      return small(coef, places + a.m_scale - b.m_scale);
   }
};

value_too_large::value_too_large()
   : std::overflow_error("angka lebih dari " + std::to_string(max_digits) + " digit")
{}

decimal::decimal(std::int64_t integer) noexcept : m_coef(integer) {}

std::optional<decimal> decimal::parse(std::string_view canonical)
{
   const std::size_t n = canonical.size();
   const auto is_digit = [&](std::size_t i) { return canonical[i] >= '0' && canonical[i] <= '9'; };
   std::size_t i = 0;
   const bool negative = n > 0 && canonical[0] == '-';
   if (negative) {
      ++i;
   }
   const std::size_t int_begin = i;
   while (i < n && is_digit(i)) {
      ++i;
   }
   if (i == int_begin) {
      return std::nullopt;
   }
   const std::size_t int_end = i;
   std::size_t frac_begin = i;
   if (i < n && canonical[i] == '.') {
      frac_begin = ++i;
      while (i < n && is_digit(i)) {
         ++i;
      }
      if (i == frac_begin) {
         return std::nullopt;
      }
   }
   if (i != n) {
      return std::nullopt;
   }
   const std::size_t scale = n - frac_begin;
   if ((int_end - int_begin) + scale > static_cast<std::size_t>(max_digits)) {
      return std::nullopt;
   }

   const std::string_view int_digits = canonical.substr(int_begin, int_end - int_begin);
   const std::string_view frac_digits = canonical.substr(frac_begin);
   i128 coef = 0;
   bool overflow = false;
   for (const std::string_view part : {int_digits, frac_digits}) {
      for (const char c : part) {
         overflow = overflow || __builtin_mul_overflow(coef, 10, &coef) ||
                    __builtin_add_overflow(coef, c - '0', &coef);
      }
   }
   if (!overflow) {
      return ops::small(negative ? -coef : coef, static_cast<std::int64_t>(scale));
   }
   std::string digits(int_digits);
   digits.append(frac_digits);
   // A leading 0 would make cpp_int read the digits as octal.
   digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
   mp::cpp_int num(digits);
   if (negative) {
      num = -num;
   }
   return ops::from_rational(mp::cpp_rational(num, big_pow10(static_cast<std::int64_t>(scale))));
}

decimal decimal::from_scaled(std::int64_t coef, int scale)
{
   return ops::small(coef, scale);
}

decimal operator+(const decimal& a, const decimal& b)
{
   if (!a.m_big && !b.m_big) {
      i128 x = 0;
      i128 y = 0;
      std::int64_t scale = 0;
      i128 sum = 0;
      if (decimal::ops::align(a, b, x, y, scale) && !__builtin_add_overflow(x, y, &sum)) {
         return decimal::ops::small(sum, scale);
      }
   }
   return decimal::ops::from_rational(decimal::ops::to_rational(a) + decimal::ops::to_rational(b));
}

decimal operator-(const decimal& a, const decimal& b)
{
   if (!a.m_big && !b.m_big) {
      i128 x = 0;
      i128 y = 0;
      std::int64_t scale = 0;
      i128 difference = 0;
      if (decimal::ops::align(a, b, x, y, scale) && !__builtin_sub_overflow(x, y, &difference)) {
         return decimal::ops::small(difference, scale);
      }
   }
   return decimal::ops::from_rational(decimal::ops::to_rational(a) - decimal::ops::to_rational(b));
}

decimal operator*(const decimal& a, const decimal& b)
{
   if (!a.m_big && !b.m_big) {
      i128 product = 0;
      if (!__builtin_mul_overflow(a.m_coef, b.m_coef, &product)) {
         return decimal::ops::small(product, std::int64_t{a.m_scale} + b.m_scale);
      }
   }
   return decimal::ops::from_rational(decimal::ops::to_rational(a) * decimal::ops::to_rational(b));
}

decimal decimal::operator-() const
{
   if (m_big) {
      return ops::make_big(-m_big->value);
   }
   decimal d = *this;
   d.m_coef = -m_coef;
   return d;
}

std::optional<decimal> decimal::divide(const decimal& dividend, const decimal& divisor)
{
   if (divisor.is_zero()) {
      return std::nullopt;
   }
   if (dividend.is_zero()) {
      return decimal{};
   }
   if (!dividend.m_big && !divisor.m_big) {
      if (std::optional<decimal> quotient = ops::divide_small(dividend, divisor)) {
         return quotient;
      }
   }
   return ops::from_rational(ops::to_rational(dividend) / ops::to_rational(divisor));
}

decimal decimal::round(int places, rounding mode) const
{
   check_places(places);
   if (m_big) {
      const mp::cpp_rational& v = m_big->value;
      const mp::cpp_int& den = denominator(v);
      mp::cpp_int quotient;
      mp::cpp_int remainder;
      mp::divide_qr(numerator(v) * big_pow10(places), den, quotient, remainder);
      if (!remainder.is_zero()) {
         const mp::cpp_int twice = abs(remainder) * 2;
         const bool odd = mp::bit_test(mp::cpp_int(abs(quotient)), 0);
         if (rounds_away(twice.compare(den), odd, mode)) {
            quotient += v.sign();
         }
      }
      return ops::from_rational(mp::cpp_rational(quotient, big_pow10(places)));
   }
   if (m_scale <= places) {
      return *this;
   }
   const std::int64_t drop = std::int64_t{m_scale} - places;
   if (drop > max_pow10) {
      return decimal{}; // |coef| < 2^127 < 10^drop / 2: below half of the last kept unit
   }
   const i128 quotient = scaled::round_off(m_coef, drop, mode);
   return ops::small(quotient, places);
}

int decimal::sign() const noexcept
{
   if (m_big) {
      return m_big->value.sign();
   }
   return (m_coef > 0) - (m_coef < 0);
}

bool decimal::is_integer() const
{
   if (m_big) {
      return denominator(m_big->value) == 1;
   }
   if (m_scale == 0 || m_coef == 0) {
      return true;
   }
   return m_scale <= max_pow10 &&
          m_coef % scaled::pow10<i128>[static_cast<std::size_t>(m_scale)] == 0;
}

bool decimal::is_terminating() const
{
   return !m_big || terminating_places(denominator(m_big->value)).has_value();
}

int decimal::places() const
{
   if (m_big) {
      const std::optional<std::int64_t> places = terminating_places(denominator(m_big->value));
      return places ? static_cast<int>(*places) : -1;
   }
   if (m_coef == 0) {
      return 0;
   }
   i128 coef = m_coef;
   int places = m_scale;
   while (places > 0 && coef % 10 == 0) {
      coef /= 10;
      --places;
   }
   return places;
}

std::strong_ordering operator<=>(const decimal& a, const decimal& b)
{
   const int sign_a = a.sign();
   const int sign_b = b.sign();
   if (sign_a != sign_b) {
      return sign_a <=> sign_b;
   }
   if (!a.m_big && !b.m_big) {
      i128 x = 0;
      i128 y = 0;
      std::int64_t scale = 0;
      if (decimal::ops::align(a, b, x, y, scale)) {
         return x <=> y;
      }
   }
   const int cmp = decimal::ops::to_rational(a).compare(decimal::ops::to_rational(b));
   return cmp <=> 0;
}

bool operator==(const decimal& a, const decimal& b)
{
   if (!a.m_big && !b.m_big && a.m_scale == b.m_scale) {
      return a.m_coef == b.m_coef;
   }
   return (a <=> b) == 0;
}

std::string decimal::to_string(int max_places) const
{
   if (!m_big) {
      i128 coef = m_coef;
      std::int64_t scale = m_scale;
      while (scale > 0 && coef % 10 == 0) {
         coef /= 10;
         --scale;
      }
      return with_point(coef < 0, digits_of(magnitude(coef)), scale);
   }
   const mp::cpp_rational& v = m_big->value;
   const mp::cpp_int num = abs(numerator(v));
   const mp::cpp_int& den = denominator(v);
   const bool negative = v.sign() < 0;
   if (const std::optional<std::int64_t> places = terminating_places(den)) {
      return with_point(negative, (num * big_pow10(*places) / den).str(), *places);
   }
   const int shown = std::max(max_places, 0);
   return with_point(negative, (num * big_pow10(shown) / den).str(), shown) + "...";
}

std::string decimal::to_fixed(int places) const
{
   const decimal rounded = round(places, rounding::half_up);
   if (rounded.m_big) {
      const mp::cpp_rational& v = rounded.m_big->value;
      const mp::cpp_int digits = abs(numerator(v)) * big_pow10(places) / denominator(v);
      return with_point(v.sign() < 0, digits.str(), places);
   }
   std::string digits = digits_of(magnitude(rounded.m_coef));
   digits.append(static_cast<std::size_t>(places - rounded.m_scale), '0');
   return with_point(rounded.m_coef < 0, std::move(digits), places);
}

std::optional<std::int64_t> decimal::to_int64() const
{
   if (!is_integer()) {
      return std::nullopt;
   }
   i128 value = 0;
   if (m_big) {
      if (!to_i128(numerator(m_big->value), value)) {
         return std::nullopt;
      }
   } else {
      value = m_scale == 0 ? m_coef
                           : m_coef / scaled::pow10<i128>[static_cast<std::size_t>(m_scale)];
   }
   if (value < std::numeric_limits<std::int64_t>::min() ||
       value > std::numeric_limits<std::int64_t>::max()) {
      return std::nullopt;
   }
   return static_cast<std::int64_t>(value);
}

} // namespace ind::core
