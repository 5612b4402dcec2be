#include "lang/suggest.hpp"

#include <algorithm>

namespace ind::lang {

namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring letters ("nilia" for "nilai") each cost one edit. Only distances up to `bound`
// matter, so only the cells within `bound` of the diagonal are computed (a cell further away
// already costs more) and the work stops at a row with no cell within the bound: O(n * bound)
// time and O(n) memory. Gives bound + 1 for anything further.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t bound,
                             std::vector<std::size_t>& rows)
{
   const std::size_t over = bound + 1;
   // A common beginning and end cost no edit (names of one family often share both).
   while (!a.empty() && !b.empty() && a.front() == b.front()) {
      a.remove_prefix(1);
      b.remove_prefix(1);
   }
   while (!a.empty() && !b.empty() && a.back() == b.back()) {
      a.remove_suffix(1);
      b.remove_suffix(1);
   }
   const std::size_t n = a.size();
   const std::size_t m = b.size();
   if ((n > m ? n - m : m - n) > bound) {
      return over;
   }
   // Rows i - 2, i - 1 and i of the distance table, in one buffer kept from call to call; a
   // cell outside the band holds `over`.
   rows.assign(3 * (m + 1), over);
   std::size_t* before = rows.data();
   std::size_t* previous = before + (m + 1);
   std::size_t* current = previous + (m + 1);
   for (std::size_t j = 0; j <= std::min(m, bound); ++j) {
      previous[j] = j;
   }
   for (std::size_t i = 1; i <= n; ++i) {
      const std::size_t low = i > bound ? i - bound : 0;
      const std::size_t high = std::min(m, i + bound);
      std::size_t row_least = over;
      if (low == 0) {
         current[0] = i;
         row_least = i;
      }
      else {
         current[low - 1] = over;
      }
      for (std::size_t j = std::max<std::size_t>(1, low); j <= high; ++j) {
         const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
         std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
         if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
            d = std::min(d, before[j - 2] + 1);
         }
         current[j] = std::min(d, over);
         row_least = std::min(row_least, current[j]);
      }
      if (high < m) {
         current[high + 1] = over;
      }
      if (row_least > bound) {
         return over;
      }
      std::size_t* const oldest = before;
      before = previous;
      previous = current;
      current = oldest;
   }
   return std::min(previous[m], over);
}

} // namespace

nearest_name::nearest_name(std::string_view word)
   : m_word(word), m_bound(std::clamp<std::size_t>(word.size() / 3, 1, max_suggestion_edits))
{}

void nearest_name::consider(std::string_view candidate)
{
   // A bound of 0 follows a candidate one edit away, which only the word itself could beat.
   if (m_bound == 0 || candidate == m_word) {
      return;
   }
   const std::size_t d = bounded_distance(m_word, candidate, m_bound, m_rows);
   if (d <= m_bound) {
      m_best = candidate;
      m_bound = d - 1; // only a strictly nearer candidate replaces this one
   }
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates)
{
   nearest_name search(word);
   for (const std::string& candidate : candidates) {
      search.consider(candidate);
   }
   return search.best();
}

std::string nearest_keyword(std::string_view word, group_set allowed)
{
   if (keyword_of(word)) {
      return {};
   }
   nearest_name search(word);
   for (const keyword_entry& e : keywords) {
      if (e.groups.meets(allowed)) {
         search.consider(e.spelling);
      }
   }
   return search.best();
}

std::string did_you_mean(std::string_view guess)
{
   return "mungkin maksud Anda '" + std::string(guess) + "'";
}

} // namespace ind::lang
