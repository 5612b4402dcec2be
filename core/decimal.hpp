// Exact numbers for every computed figure.
//
// A `decimal` is an exact rational number. While it has a finite decimal expansion that fits,
// it is stored as a 128-bit coefficient and a power-of-ten scale (value = coef * 10^-scale);
// otherwise (77,32 / 71,17, or a coefficient beyond 128 bits) it is stored as a big rational.
// Addition, subtraction, multiplication and division are exact. Nothing is ever rounded
// implicitly: rounding happens only in round(), which names its mode. There is no conversion
// from or to binary floating point.
#pragma once

#include <compare>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ind::core {

// The largest exact value: a numerator and a denominator of at most this many decimal digits.
// Figures of a report have a few dozen; a value beyond this comes from a formula that multiplies
// or divides without end (squaring a figure again and again), and computing with it would take
// minutes, then hours.
inline constexpr int max_digits = 2000;

// Thrown by an operation whose exact result would exceed max_digits (and by nothing else); the
// evaluator reports it at the formula that asked for it.
class value_too_large : public std::overflow_error
{
 public:
   value_too_large();
};

// How a value is brought to a number of decimal places.
enum class rounding
{
   half_up,   // ties away from zero: 77,315 -> 77,32; -2,5 -> -3 (the Indonesian convention)
   half_even, // ties to the even digit (banker's rounding), for rules that demand it
   down,      // truncation toward zero: 97,619 -> 97
};

class decimal
{
 public:
   decimal() noexcept = default; // zero
   explicit decimal(std::int64_t integer) noexcept;

   // Parses the canonical form: optional '-', digits, optionally '.' and digits
   // ("77.315", "-0.5", "14289814108"). No grouping, no exponent. nullopt otherwise, and for
   // more than max_digits digits.
   static std::optional<decimal> parse(std::string_view canonical);

   // coef * 10^-scale, scale >= 0.
   static decimal from_scaled(std::int64_t coef, int scale);

   friend decimal operator+(const decimal& a, const decimal& b);
   friend decimal operator-(const decimal& a, const decimal& b);
   friend decimal operator*(const decimal& a, const decimal& b);
   decimal operator-() const;

   // Exact quotient; nullopt when `divisor` is zero.
   static std::optional<decimal> divide(const decimal& dividend, const decimal& divisor);

   // The value rounded to `places` decimals (places >= 0) in the given mode.
   decimal round(int places, rounding mode = rounding::half_up) const;

   int sign() const noexcept; // -1, 0, 1
   bool is_zero() const noexcept { return sign() == 0; }
   bool is_integer() const;
   // True when the value has a finite decimal expansion (every value built from literals with
   // + - * has one; 1/3 has not).
   bool is_terminating() const;
   // Number of decimals of the exact expansion with trailing zeros removed; for a
   // non-terminating value, -1.
   int places() const;

   friend std::strong_ordering operator<=>(const decimal& a, const decimal& b);
   friend bool operator==(const decimal& a, const decimal& b);

   // Exact text, '.' as separator, no grouping, trailing zeros removed: "77.315", "-0.5",
   // "14289814108", "0". A non-terminating value prints its first `max_places` decimals
   // (truncated) followed by "..." so that the text never pretends to be exact.
   std::string to_string(int max_places = 20) const;

   // Rounded half-up to `places` and printed with exactly that many decimals, '.' as
   // separator, no grouping: to_fixed(2) of 77.315 is "77.32"; of 5 is "5.00".
   std::string to_fixed(int places) const;

   // The value as an integer when it is one and fits in 64 bits.
   std::optional<std::int64_t> to_int64() const;

 private:
   struct big;
   // Helpers that need the big form's type, which this header keeps hidden.
   struct ops;
   // __extension__ because ISO C++ has no 128-bit integer (-Wpedantic).
   __extension__ typedef __int128 coef_t;
   coef_t m_coef = 0;
   std::int32_t m_scale = 0;
   std::shared_ptr<const big> m_big; // set only when the value is not representable as coef/scale
};

} // namespace ind::core
