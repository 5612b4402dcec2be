#include "lang/suggest.hpp"

#include <algorithm>

namespace ind::lang {

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b)
{
   std::vector<std::size_t> row(b.size() + 1);
   for (std::size_t j = 0; j <= b.size(); ++j) {
      row[j] = j;
   }
   for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
         const std::size_t above = row[j];
         const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
         row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
         diagonal = above;
      }
   }
   return row[b.size()];
}

} // namespace

std::string closest(std::string_view word, const std::vector<std::string>& candidates)
{
   const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
   std::string best;
   std::size_t best_distance = allowed + 1;
   for (const std::string& candidate : candidates) {
      const std::size_t d = edit_distance(word, candidate);
      if (d < best_distance && candidate != word) {
         best = candidate;
         best_distance = d;
      }
   }
   return best;
}

} // namespace ind::lang
