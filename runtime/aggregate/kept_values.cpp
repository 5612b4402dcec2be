#include "runtime/aggregate/kept_values.hpp"

#include "runtime/aggregate/accumulate.hpp"

namespace ind::rt::agg {

decimal sorted_values::coef_to_decimal(core::i128 coef) const
{
   return to_decimal(coef, m_scale);
}

sorted_values kept_values::sorted() const
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
         std::sort(out.m_coefs.begin(), out.m_coefs.end());
         return out;
      }
      out.m_coefs.clear();
   }
   out.m_exact = m_exact;
   out.m_exact.reserve(size());
   for (const core::fixed x : m_fast) {
      out.m_exact.push_back(to_decimal(x));
   }
   std::sort(out.m_exact.begin(), out.m_exact.end());
   return out;
}

} // namespace ind::rt::agg
