// Every number an aggregate keeps, for the aggregates that need all of them (median, modus: the
// builtins whose row in lang/builtins.hpp says kept::values). Both engines feed it: the roster
// engine with the fast type while a cell fits it, the evaluator with exact decimals. Its result
// is the numbers in ascending order, so that an aggregate over them is written once, over one
// representation, whichever engine read the rows.
//
// A fast value takes 16 bytes, an exact one about 50. Sorting takes as much again: while every
// value is a fast one, they are sorted as 128-bit integers at the largest scale among them (any
// 64-bit coefficient times 10^18 fits), otherwise as decimals.
#pragma once

#include "core/scaled.hpp"
#include "runtime/core.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ind::rt::agg {

// Kept numbers in ascending order (or the part of it asked for); equal numbers written at other
// scales (2,5 and 2,50) are equal here.
class sorted_values
{
 public:
   std::size_t size() const { return m_exact.empty() ? m_coefs.size() : m_exact.size(); }

   // The value at position `i` (0 the least), exactly.
   decimal at(std::size_t i) const
   {
      if (!m_exact.empty()) {
         return m_exact[i];
      }
      return coef_to_decimal(m_coefs[i]);
   }

   // Whether positions `i` and `j` hold the same number.
   bool same(std::size_t i, std::size_t j) const
   {
      return m_exact.empty() ? m_coefs[i] == m_coefs[j] : m_exact[i] == m_exact[j];
   }

 private:
   friend class kept_values;

   decimal coef_to_decimal(core::i128 coef) const;

   // While every value was a fast one: the coefficients at the common scale `m_scale`.
   std::vector<core::i128> m_coefs;
   std::int32_t m_scale = 0;
   // Otherwise every value, exactly.
   std::vector<decimal> m_exact;
};

class kept_values
{
 public:
   void add(core::fixed x) { m_fast.push_back(x); }
   void add(const decimal& x) { m_exact.push_back(x); }

   // `later` kept the values of rows after this one's; the order of values does not matter.
   void merge(const kept_values& later)
   {
      m_fast.insert(m_fast.end(), later.m_fast.begin(), later.m_fast.end());
      m_exact.insert(m_exact.end(), later.m_exact.begin(), later.m_exact.end());
   }

   std::size_t size() const { return m_fast.size() + m_exact.size(); }

   // Every value kept, in ascending order (a copy: the kept values stay as they are).
   sorted_values sorted() const { return sorted(0, size()); }
   // The same, but only the positions from `first` up to `last` (excluded) are sure to hold the
   // values that sorting would put there: what the median needs, in linear time.
   sorted_values sorted(std::size_t first, std::size_t last) const;

 private:
   std::vector<core::fixed> m_fast;
   std::vector<decimal> m_exact;
};

} // namespace ind::rt::agg
