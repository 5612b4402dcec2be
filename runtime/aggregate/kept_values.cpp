#include "runtime/aggregate/kept_values.hpp"

#include "runtime/aggregate/accumulate.hpp"

namespace ind::rt::agg {

namespace {

// Puts into [first, last) of `values` what sorting them would put there.
template <class T>
void order(std::vector<T>& values, std::size_t first, std::size_t last)
{
   const auto at = [&](std::size_t i) { return values.begin() + static_cast<std::ptrdiff_t>(i); };
   if (first == 0 && last == values.size()) {
      std::sort(values.begin(), values.end());
      return;
   }
   if (first >= last) {
      return;
   }
   std::nth_element(values.begin(), at(first), values.end());
   std::partial_sort(at(first), at(last), values.end());
}

} // namespace

decimal sorted_values::coef_to_decimal(core::i128 coef) const
{
   return to_decimal(coef, m_scale);
}

sorted_values kept_values::sorted(std::size_t first, std::size_t last) const
{
   sorted_values out;
   if (m_exact.empty()) {
      // Every value at the largest scale among them: then numbers compare as integers.
      std::int32_t scale = 0;
      for (const core::fixed x : m_fast) {
         scale = std::max(scale, x.scale);
      }
      out.m_scale = scale;
      out.m_coefs.reserve(m_fast.size());
      bool fits = true;
      for (const core::fixed x : m_fast) {
         core::i128 raised = 0;
         fits = fits && core::scaled::raise<core::i128>(x.coef, scale - x.scale, raised);
         out.m_coefs.push_back(raised);
      }
      if (fits) {
         order(out.m_coefs, first, last);
         return out;
      }
      out.m_coefs.clear();
   }
   out.m_exact = m_exact;
   out.m_exact.reserve(size());
   for (const core::fixed x : m_fast) {
      out.m_exact.push_back(to_decimal(x));
   }
   order(out.m_exact, first, last);
   return out;
}

} // namespace ind::rt::agg
