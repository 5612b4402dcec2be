// "Did you mean": the closest candidate to a misspelt name, by edit distance.
#pragma once

#include "lang/keywords.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ind::lang {

// Edits a suggestion may be away from the misspelt word: a third of the word's length, at least
// one and at most this many. Beyond it a "did you mean" is a guess, and the bound keeps the work
// linear in the word's length however long a word or a candidate is.
inline constexpr std::size_t max_suggestion_edits = 4;

// Finds the nearest of the candidates offered one by one, without copying them. Ties go to the
// candidate offered first.
class nearest_name
{
 public:
   explicit nearest_name(std::string_view word);
   void consider(std::string_view candidate);
   // Empty when no candidate is near enough to be a plausible typo.
   const std::string& best() const { return m_best; }

 private:
   std::string_view m_word;
   std::size_t m_bound; // the most edits a better candidate than m_best may take
   std::string m_best;
   std::vector<std::size_t> m_rows; // the distance table's rows, reused for every candidate
};

// The candidate nearest to `word`, if it is near enough to be a plausible typo; empty otherwise.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

// The hint that proposes `guess` for a misspelt name: "mungkin maksud Anda 'guess'".
std::string did_you_mean(std::string_view guess);

// The keyword allowed where `allowed` are that is nearest to `word`, if it is near enough; empty
// otherwise, and empty when `word` is a keyword itself (a word out of place, not a misspelling).
std::string nearest_keyword(std::string_view word, group_set allowed);

} // namespace ind::lang
