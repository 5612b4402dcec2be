// "Did you mean": the closest candidate to a misspelt name, by edit distance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ind::lang {

// The candidate nearest to `word`, if it is near enough to be a plausible typo (at most a third
// of the word's length in edits, and at least one); empty otherwise.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

} // namespace ind::lang
