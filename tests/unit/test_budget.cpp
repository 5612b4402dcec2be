#include "runtime/data/budget.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ind::rt::budget_amounts;
using ind::rt::budget_line;
using ind::rt::budget_tree;
using ind::core::decimal;
using ind::rt::missing;
using ind::rt::value;

namespace {

// A line with its pagu and realisasi; an empty text is a cell left empty.
budget_line line(std::string code, const char* ceiling, const char* realised)
{
   const auto read = [](const char* text) -> value {
      if (std::string(text).empty()) {
         return missing{missing::kind::empty_cell, "sel kosong", {}};
      }
      return *decimal::parse(text);
   };
   budget_line l;
   l.code = std::move(code);
   l.ceiling = read(ceiling);
   l.realised = read(realised);
   return l;
}

std::string text(const value& v)
{
   return v.is_number() ? v.as_number().to_string() : "tidak tersedia: " + v.as_missing().reason;
}

} // namespace

TEST_CASE("budget: a line's parent is the nearest line above it, whatever the file order")
{
   // A.1.6 comes first, and A.1 is not in the file: A.1.6 is under A.
   const std::vector<budget_line> lines = {line("A.1.6", "5", "4"), line("B", "7", "7"),
                                           line("A", "0", "0"), line("A.2", "3", "1"),
                                           line("A.2.1", "3", "1")};
   const budget_tree t = ind::rt::build_budget_tree(lines);
   CHECK(t.parent[0] == 2);
   CHECK(t.parent[1] == budget_tree::none);
   CHECK(t.parent[3] == 2);
   CHECK(t.parent[4] == 3);
   CHECK(t.roots == std::vector<std::size_t>{1, 2});
   CHECK(t.children[2] == std::vector<std::size_t>{0, 3});
   CHECK(t.leaf(0));
   CHECK_FALSE(t.leaf(3));
   // Every line comes after the lines below it.
   std::vector<std::size_t> position(lines.size());
   for (std::size_t k = 0; k < t.bottom_up.size(); ++k) {
      position[t.bottom_up[k]] = k;
   }
   CHECK(t.bottom_up.size() == lines.size());
   for (std::size_t i = 0; i < lines.size(); ++i) {
      if (t.parent[i] != budget_tree::none) {
         CHECK(position[i] < position[t.parent[i]]);
      }
   }
   CHECK(ind::rt::budget_levels("A.1.6") == 3);
   CHECK(t.find("A.2") == 3);
   CHECK_FALSE(t.find("A.1"));
}

TEST_CASE("budget: totals are recomputed from the lines at the bottom, each column on its own")
{
   const std::vector<budget_line> lines = {line("A", "999", "999"), line("A.1", "1729500", "1500000"),
                                           line("A.2", "1270500", ""), line("B", "500000", "400000")};
   const budget_tree t = ind::rt::build_budget_tree(lines);
   const budget_amounts pagu(lines, t, ind::rt::budget_amount::ceiling, {});
   const budget_amounts realisasi(lines, t, ind::rt::budget_amount::realised, {});
   CHECK(text(pagu.of({0})) == "3000000");
   CHECK(text(pagu.of(t.roots)) == "3500000");
   CHECK(text(realisasi.of({1})) == "1500000");
   CHECK(text(realisasi.of({2})) == "tidak tersedia: sel kosong");
   CHECK(text(realisasi.of({0})) ==
         "tidak tersedia: tidak lengkap: realisasi A.2 tidak tersedia (sel kosong)");
   const value total = realisasi.of(t.roots);
   REQUIRE(total.is_missing());
   CHECK(total.as_missing().why == missing::kind::incomplete);
}

TEST_CASE("budget: a given amount stands for everything below its line")
{
   const std::vector<budget_line> lines = {line("A", "0", "0"), line("A.1", "10", ""),
                                           line("A.1.1", "4", ""), line("A.2", "6", "")};
   const budget_tree t = ind::rt::build_budget_tree(lines);
   const decimal printed(7);
   const budget_amounts pagu(lines, t, ind::rt::budget_amount::ceiling, [&](std::size_t i) {
      return lines[i].code == "A.1" ? &printed : nullptr;
   });
   CHECK(text(pagu.of({0})) == "13");
   const budget_amounts realisasi(lines, t, ind::rt::budget_amount::realised, {});
   CHECK(text(realisasi.of({0})) ==
         "tidak tersedia: tidak lengkap: realisasi 2 baris tidak tersedia, yang pertama A.1.1 "
         "(sel kosong)");
}
