// The evaluator's Renja form (evaluator::renja): the form computed by rt::compute_renja
// (runtime/data/renja.hpp) over the dataset's rows, with the predikat of (14) by the declared
// scale in force in the period, and the cells given so far (the audit's replay) in place.
#include "runtime/evaluator.hpp"

namespace ind::rt {

renja_form evaluator::renja(const period& when)
{
   if (!m_program.renja) {
      return {};
   }
   const lang::renja_source& source = *m_program.renja;
   const auto classify = [&](const value& x) -> value {
      if (!source.bands) {
         return missing{missing::kind::not_computed, "renja tanpa skala predikat", source.where};
      }
      if (!x.is_number()) {
         return x;
      }
      return this->classify(source.bands, x, when, source.where);
   };
   return compute_renja(m_data.renja, m_data.renja_file, when.last_quarter(), source.places,
                        classify, m_given_renja);
}

} // namespace ind::rt
