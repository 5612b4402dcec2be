// The one scaled-integer kernel: a value held as an integer coefficient and a power-of-ten scale
// (value = coef * 10^-scale), with a 64-bit coefficient (`fixed`, the fast type of the roster's
// row program) or a 128-bit one (the small form of `decimal`, and exact sums over many rows).
//
// Every operation is exact or says that it cannot be: false (or nullopt) when the coefficient
// would overflow or a quotient has no finite decimal expansion. The caller then takes the exact
// path (decimal's big rational, or the evaluator for a row). Nothing here rounds implicitly.
#pragma once

#include "core/decimal.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <numeric>
#include <type_traits>

namespace ind::core {

// __extension__: ISO C++ has no 128-bit integer (-Wpedantic).
__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

// coef * 10^-scale with a 64-bit coefficient: how the roster engine holds the numbers of a row.
struct fixed
{
   std::int64_t coef = 0;
   std::int32_t scale = 0;
};

namespace scaled {

template <class C>
struct traits;
template <>
struct traits<std::int64_t>
{
   using magnitude = std::uint64_t;
   static constexpr int max_pow10 = 18; // 10^18 < 2^63
};
template <>
struct traits<i128>
{
   using magnitude = u128;
   static constexpr int max_pow10 = 38; // 10^38 < 2^127
};

template <class C>
constexpr std::array<C, traits<C>::max_pow10 + 1> make_pow10()
{
   std::array<C, traits<C>::max_pow10 + 1> table{};
   table[0] = 1;
   for (std::size_t i = 1; i < table.size(); ++i) {
      table[i] = table[i - 1] * 10;
   }
   return table;
}

template <class C>
inline constexpr std::array<C, traits<C>::max_pow10 + 1> pow10 = make_pow10<C>();

template <class C>
constexpr typename traits<C>::magnitude magnitude(C v)
{
   using M = typename traits<C>::magnitude;
   return v < 0 ? M{0} - static_cast<M>(v) : static_cast<M>(v);
}

// c * 10^n (n >= 0); false on overflow.
template <class C>
[[gnu::always_inline]] inline bool raise(C c, std::int64_t n, C& out)
{
   if (n == 0 || c == 0) {
      out = c;
      return true;
   }
   if (n < 0 || n > traits<C>::max_pow10) {
      return false;
   }
   return !__builtin_mul_overflow(c, pow10<C>[static_cast<std::size_t>(n)], &out);
}

// Both coefficients brought to the larger of the two scales; false on overflow.
template <class C>
[[gnu::always_inline]] inline bool align(C a, std::int64_t a_scale, C b, std::int64_t b_scale,
                                         C& x, C& y, std::int64_t& scale)
{
   scale = std::max(a_scale, b_scale);
   return raise(a, scale - a_scale, x) && raise(b, scale - b_scale, y);
}

// Whether a truncated quotient moves one step away from zero, given how twice the discarded
// remainder compares with the divisor (-1, 0, 1).
constexpr bool rounds_away(int twice_remainder_vs_divisor, bool quotient_odd, rounding mode)
{
   switch (mode) {
   case rounding::half_up:
      return twice_remainder_vs_divisor >= 0;
   case rounding::half_even:
      return twice_remainder_vs_divisor > 0 || (twice_remainder_vs_divisor == 0 && quotient_odd);
   case rounding::down:
      return false;
   }
   return false;
}

// coef * 10^-drop rounded to an integer (0 <= drop <= max_pow10).
template <class C>
C round_off(C coef, std::int64_t drop, rounding mode)
{
   using M = typename traits<C>::magnitude;
   if (drop == 0) {
      return coef;
   }
   const C unit = pow10<C>[static_cast<std::size_t>(drop)];
   C quotient = coef / unit;
   const C remainder = coef % unit;
   if (remainder != 0) {
      // 2 * |remainder| < 2 * 10^max_pow10 fits the unsigned type.
      const M twice = magnitude(remainder) * 2;
      const auto divisor = static_cast<M>(unit);
      const int cmp = twice < divisor ? -1 : twice == divisor ? 0 : 1;
      if (rounds_away(cmp, quotient % 2 != 0, mode)) {
         quotient += coef < 0 ? -1 : 1;
      }
   }
   return quotient;
}

// a / b (both not zero, neither the most negative coefficient) as coef * 10^-places when the
// quotient has a finite decimal expansion and its coefficient fits; `places` is then to be added
// to scale(a) - scale(b).
template <class C>
[[gnu::always_inline]] inline bool terminating_quotient(C a, C b, C& coef, std::int64_t& places)
{
   using M = typename traits<C>::magnitude;
   C g = 0;
   if constexpr (std::is_integral_v<C>) {
      g = std::gcd(a, b); // libstdc++'s is binary, without a division per step
   }
   else {
      M x = magnitude(a);
      M y = magnitude(b);
      while (y != 0) {
         const M r = x % y;
         x = y;
         y = r;
      }
      g = static_cast<C>(x);
   }
   C p = a / g;
   C q = b / g;
   if (q < 0) {
      p = -p;
      q = -q;
   }
   // p/q ends iff q = 2^x 5^y; then p/q = p 2^(m-x) 5^(m-y) / 10^m with m = max(x, y).
   auto rest = static_cast<M>(q);
   std::int64_t twos = 0;
   if constexpr (sizeof(C) == sizeof(unsigned long long)) {
      twos = __builtin_ctzll(rest);
      rest >>= twos;
   }
   else {
      while (rest % 2 == 0) {
         rest /= 2;
         ++twos;
      }
   }
   std::int64_t fives = 0;
   while (rest % 5 == 0) {
      rest /= 5;
      ++fives;
   }
   if (rest != 1) {
      return false;
   }
   const std::int64_t m = std::max(twos, fives);
   for (std::int64_t i = twos; i < m; ++i) {
      if (__builtin_mul_overflow(p, 2, &p)) {
         return false;
      }
   }
   for (std::int64_t i = fives; i < m; ++i) {
      if (__builtin_mul_overflow(p, 5, &p)) {
         return false;
      }
   }
   coef = p;
   places = m;
   return true;
}

// ---------------------------------------------------------------- fixed

// Scales above this are stripped of trailing zeros, and given up on when that is not enough.
inline constexpr std::int32_t max_fixed_scale = 18;

inline fixed normal(fixed x)
{
   while (x.scale > 0 && x.coef % 10 == 0) {
      x.coef /= 10;
      --x.scale;
   }
   return x;
}

// -1, 0, 1. Exact for any two fixed values (128-bit alignment).
[[gnu::always_inline]] inline int compare(fixed a, fixed b)
{
   if (a.scale == b.scale) {
      // The usual case (a cell against a constant written alike): no alignment needed.
      return a.coef < b.coef ? -1 : a.coef > b.coef ? 1 : 0;
   }
   const std::int32_t scale = std::max(a.scale, b.scale);
   const i128 x =
      static_cast<i128>(a.coef) * pow10<i128>[static_cast<std::size_t>(scale - a.scale)];
   const i128 y =
      static_cast<i128>(b.coef) * pow10<i128>[static_cast<std::size_t>(scale - b.scale)];
   return x < y ? -1 : x > y ? 1 : 0;
}

[[gnu::always_inline]] inline bool add(fixed a, fixed b, fixed& out)
{
   const std::int32_t scale = std::max(a.scale, b.scale);
   std::int64_t x = 0;
   std::int64_t y = 0;
   if (!raise(a.coef, scale - a.scale, x) || !raise(b.coef, scale - b.scale, y) ||
       __builtin_add_overflow(x, y, &out.coef)) {
      return false;
   }
   out.scale = scale;
   return true;
}

[[gnu::always_inline]] inline bool negate(fixed a, fixed& out)
{
   if (a.coef == std::numeric_limits<std::int64_t>::min()) {
      return false;
   }
   out = {-a.coef, a.scale};
   return true;
}

[[gnu::always_inline]] inline bool multiply(fixed a, fixed b, fixed& out)
{
   if (__builtin_mul_overflow(a.coef, b.coef, &out.coef)) {
      return false;
   }
   out.scale = a.scale + b.scale;
   if (out.scale > max_fixed_scale) {
      out = normal(out);
   }
   return out.scale <= max_fixed_scale;
}

// a / b exactly (b not zero).
[[gnu::always_inline]] inline bool divide(fixed a, fixed b, fixed& out)
{
   if (a.coef == 0) {
      out = {};
      return true;
   }
   if (a.coef == std::numeric_limits<std::int64_t>::min() ||
       b.coef == std::numeric_limits<std::int64_t>::min()) {
      return false;
   }
   std::int64_t p = 0;
   std::int64_t places = 0;
   if (!terminating_quotient(a.coef, b.coef, p, places)) {
      return false;
   }
   std::int64_t scale = places + a.scale - b.scale;
   if (scale < 0) {
      if (!raise(p, -scale, p)) {
         return false;
      }
      scale = 0;
   }
   out = {p, static_cast<std::int32_t>(scale)};
   if (out.scale > max_fixed_scale) {
      out = normal(out);
   }
   return out.scale <= max_fixed_scale;
}

inline fixed round(fixed x, std::int32_t places, rounding mode)
{
   if (x.scale <= places) {
      return x;
   }
   return {round_off(x.coef, x.scale - places, mode), places};
}

inline bool is_integer(fixed x)
{
   return x.scale == 0 || x.coef % pow10<std::int64_t>[static_cast<std::size_t>(x.scale)] == 0;
}

} // namespace scaled

} // namespace ind::core
