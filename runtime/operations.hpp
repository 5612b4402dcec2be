// What each arithmetic operator and numeric builtin computes, written once for both numeric
// types: `decimal` (exact, used by the evaluator) and `fixed` (the 64-bit scaled integer of the
// roster's row program). The evaluator and the row program both call these functions; the rules
// of the language (a zero divisor makes a value not available, min keeps the first of equal
// values, a period moves by at most lang::limits::max_period_steps) live here and nowhere else.
//
// A `fixed` operation that overflows, or a quotient without a finite decimal expansion, answers
// `exact_path`: the row program then leaves the row to the evaluator. The `decimal` forms never
// answer it.
#pragma once

#include "lang/ast.hpp"
#include "lang/builtins.hpp"
#include "lang/limits.hpp"
#include "runtime/core.hpp"
#include "core/scaled.hpp"

#include <cstdint>
#include <optional>

namespace ind::rt::ops {

enum class status : unsigned char
{
   ok,
   zero_divisor, // the value is not available: pembagian dengan nol
   exact_path,   // the fast type cannot hold the result: compute it as a decimal
};

// ---------------------------------------------------------------- the two numeric types

namespace num {

inline bool add(const decimal& a, const decimal& b, decimal& out)
{
   out = a + b;
   return true;
}
inline bool add(fixed a, fixed b, fixed& out)
{
   return scaled::add(a, b, out);
}
inline bool negate(const decimal& a, decimal& out)
{
   out = -a;
   return true;
}
inline bool negate(fixed a, fixed& out)
{
   return scaled::negate(a, out);
}
inline bool subtract(const decimal& a, const decimal& b, decimal& out)
{
   out = a - b;
   return true;
}
[[gnu::always_inline]] inline bool subtract(fixed a, fixed b, fixed& out)
{
   fixed minus_b;
   return scaled::negate(b, minus_b) && scaled::add(a, minus_b, out);
}
inline bool multiply(const decimal& a, const decimal& b, decimal& out)
{
   out = a * b;
   return true;
}
inline bool multiply(fixed a, fixed b, fixed& out)
{
   return scaled::multiply(a, b, out);
}
// b not zero.
inline bool divide(const decimal& a, const decimal& b, decimal& out)
{
   out = *decimal::divide(a, b);
   return true;
}
inline bool divide(fixed a, fixed b, fixed& out)
{
   return scaled::divide(a, b, out);
}
inline bool is_zero(const decimal& a)
{
   return a.is_zero();
}
inline bool is_zero(fixed a)
{
   return a.coef == 0;
}
inline int compare(const decimal& a, const decimal& b)
{
   const auto order = a <=> b;
   return order < 0 ? -1 : order > 0 ? 1 : 0;
}
inline int compare(fixed a, fixed b)
{
   return scaled::compare(a, b);
}
inline decimal round(const decimal& a, int places, rounding mode)
{
   return a.round(places, mode);
}
inline fixed round(fixed a, int places, rounding mode)
{
   return scaled::round(a, places, mode);
}
// The value as an integer, when it is one (and fits 64 bits).
inline std::optional<std::int64_t> integer(const decimal& a)
{
   return a.is_integer() ? a.to_int64() : std::nullopt;
}
inline std::optional<std::int64_t> integer(fixed a)
{
   if (!scaled::is_integer(a)) {
      return std::nullopt;
   }
   return a.coef / scaled::pow10<std::int64_t>[static_cast<std::size_t>(a.scale)];
}
template <class N>
N whole(std::int64_t n);
template <>
inline decimal whole<decimal>(std::int64_t n)
{
   return decimal(n);
}
template <>
inline fixed whole<fixed>(std::int64_t n)
{
   return {n, 0};
}

} // namespace num

inline status ok_or_exact(bool fits)
{
   return fits ? status::ok : status::exact_path;
}

// ---------------------------------------------------------------- operators

// a + b, a - b, a * b, a / b (an arithmetic operator).
template <class N>
[[gnu::always_inline]] inline status arithmetic(lang::ast::binary_op op, const N& a, const N& b,
                                                N& out)
{
   using bop = lang::ast::binary_op;
   switch (op) {
   case bop::add:
      return ok_or_exact(num::add(a, b, out));
   case bop::subtract:
      return ok_or_exact(num::subtract(a, b, out));
   case bop::multiply:
      return ok_or_exact(num::multiply(a, b, out));
   case bop::divide:
   // Not arithmetic operators: callers never pass them; they divide as before.
   case bop::equal:
   case bop::not_equal:
   case bop::less:
   case bop::less_equal:
   case bop::greater:
   case bop::greater_equal:
   case bop::logical_and:
   case bop::logical_or:
      if (num::is_zero(b)) {
         return status::zero_divisor;
      }
      return ok_or_exact(num::divide(a, b, out));
   }
   return status::exact_path; // unreachable: every operator is handled above
}

template <class N>
status negate(const N& a, N& out)
{
   return ok_or_exact(num::negate(a, out));
}

// Whether a comparison operator holds, given the order of its two sides (-1, 0, 1).
inline bool holds(lang::ast::binary_op op, int order)
{
   using bop = lang::ast::binary_op;
   switch (op) {
   case bop::equal:
      return order == 0;
   case bop::not_equal:
      return order != 0;
   case bop::less:
      return order < 0;
   case bop::less_equal:
      return order <= 0;
   case bop::greater:
      return order > 0;
   case bop::greater_equal:
   // Not comparisons: callers never pass them.
   case bop::add:
   case bop::subtract:
   case bop::multiply:
   case bop::divide:
   case bop::logical_and:
   case bop::logical_or:
      return order >= 0;
   }
   return order >= 0; // unreachable: every operator is handled above
}

// periode + n, periode - n: n must be a whole number of steps, at most max_period_steps away.
enum class step_status : unsigned char
{
   ok,
   not_integer, // "langkah periode harus bilangan bulat"
   too_far,     // "langkah periode ... terlalu jauh"
};

template <class N>
step_status period_step(lang::ast::binary_op op, const N& n, int& steps)
{
   const std::optional<std::int64_t> whole = num::integer(n);
   if (!whole) {
      return step_status::not_integer;
   }
   constexpr auto farthest = static_cast<std::int64_t>(lang::limits::max_period_steps);
   if (*whole < -farthest || *whole > farthest) {
      return step_status::too_far;
   }
   steps = static_cast<int>(op == lang::ast::binary_op::subtract ? -*whole : *whole);
   return step_status::ok;
}

// ---------------------------------------------------------------- builtins over values

// jumlah(a; b; ...), rata(a; b; ...): `at(k)` is the k-th of `n` arguments.
template <class N, class At>
status sum(std::size_t n, At at, N& out)
{
   out = at(0);
   for (std::size_t k = 1; k < n; ++k) {
      if (!num::add(out, at(k), out)) {
         return status::exact_path;
      }
   }
   return status::ok;
}

template <class N, class At>
status mean(std::size_t n, At at, N& out)
{
   if (const status s = sum(n, at, out); s != status::ok) {
      return s;
   }
   return ok_or_exact(num::divide(out, num::whole<N>(static_cast<std::int64_t>(n)), out));
}

// min(a; b; ...), maks(a; b; ...): the first argument unless a later one is strictly beyond it.
template <class N, class At>
const N& extreme(bool least, std::size_t n, At at)
{
   const N* best = &at(0);
   for (std::size_t k = 1; k < n; ++k) {
      const int c = num::compare(at(k), *best);
      if (least ? c < 0 : c > 0) {
         best = &at(k);
      }
   }
   return *best;
}

// batas(x; bawah; atas)
template <class N>
const N& clamp(const N& x, const N& low, const N& high)
{
   return num::compare(x, low) < 0 ? low : num::compare(x, high) > 0 ? high : x;
}

// mutlak(x)
template <class N>
status absolute(const N& x, N& out)
{
   if (num::compare(x, num::whole<N>(0)) < 0) {
      return negate(x, out);
   }
   out = x;
   return status::ok;
}

// bulat(x; n), bulat_genap(x; n), potong(x; n)
constexpr rounding rounding_of(lang::ir::function fn)
{
   return fn == lang::ir::function::round_even ? rounding::half_even
          : fn == lang::ir::function::truncate ? rounding::down
                                               : rounding::half_up;
}

template <class N>
N round(const N& x, int places, rounding mode)
{
   return num::round(x, places, mode);
}

// persen(a; b) = a * 100 / b
template <class N>
status percent(const N& a, const N& b, N& out)
{
   if (num::is_zero(b)) {
      return status::zero_divisor;
   }
   N hundredfold;
   if (!num::multiply(a, num::whole<N>(100), hundredfold)) {
      return status::exact_path;
   }
   return ok_or_exact(num::divide(hundredfold, b, out));
}

} // namespace ind::rt::ops
