// Spelling suggestions: the nearest name within a bounded number of edits, computed in a band
// around the diagonal, must agree with the full edit-distance table.
#include "lang/suggest.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using ind::lang::closest;
using ind::lang::max_suggestion_edits;
using ind::lang::nearest_name;

namespace {

// The whole optimal-string-alignment table, as the reference the banded computation must match.
std::size_t full_distance(const std::string& a, const std::string& b)
{
   std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
   for (std::size_t i = 0; i <= a.size(); ++i) {
      d[i][0] = i;
   }
   for (std::size_t j = 0; j <= b.size(); ++j) {
      d[0][j] = j;
   }
   for (std::size_t i = 1; i <= a.size(); ++i) {
      for (std::size_t j = 1; j <= b.size(); ++j) {
         d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                             d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
         if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
            d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
         }
      }
   }
   return d[a.size()][b.size()];
}

} // namespace

TEST_CASE("suggest: typos, swaps and names too far to suggest")
{
   CHECK(closest("ip_asm", {"ip_asn", "ip_pns"}) == "ip_asn");
   CHECK(closest("nilia", {"nilai"}) == "nilai"); // two neighbouring letters swapped: one edit
   CHECK(closest("abc", {"xyz"}).empty());
   CHECK(closest("nilai", {"nilai"}).empty()); // the word itself is no suggestion
   // A tie goes to the candidate offered first; a nearer one offered later wins.
   CHECK(closest("kota", {"kata", "koti"}) == "kata");
   CHECK(closest("kotaa", {"kotbb", "kota"}) == "kota");
   // A third of the word's length, but never more than max_suggestion_edits.
   const std::string longer(30, 'a');
   std::string four = longer;
   std::string five = longer;
   for (std::size_t i = 0; i < max_suggestion_edits; ++i) {
      four[i * 2] = 'b';
   }
   five = four;
   five[20] = 'b';
   CHECK(closest(longer, {four}) == four);
   CHECK(closest(longer, {five}).empty());
}

TEST_CASE("suggest: the banded distance agrees with the full table")
{
   std::mt19937 random(11);
   const auto word = [&](std::size_t length) {
      std::string w;
      for (std::size_t i = 0; i < length; ++i) {
         w.push_back(static_cast<char>('a' + random() % 3));
      }
      return w;
   };
   for (int round = 0; round < 20000; ++round) {
      const std::string a = word(random() % 16);
      const std::string b = word(random() % 16);
      const std::size_t bound = std::clamp<std::size_t>(a.size() / 3, 1, max_suggestion_edits);
      const std::size_t d = full_distance(a, b);
      const std::string got = closest(a, {b});
      CAPTURE(a);
      CAPTURE(b);
      CAPTURE(d);
      CHECK(got == (d <= bound && a != b ? b : std::string()));
   }
}

TEST_CASE("suggest: very long names cost time and memory linear in their length")
{
   // The full table of two 100 000-letter names would take 80 GB.
   const std::string name(100000, 'a');
   std::string typo = name;
   typo[50000] = 'b';
   nearest_name search(typo);
   search.consider(std::string(100000, 'b'));
   search.consider(name);
   CHECK(search.best() == name);
}
