#include "runtime/data/budget.hpp"
#include "runtime/data/budget_quarters.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
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

namespace {

// A quarterly line: its written realisasi (to date) and its eight quarter cells, in
// budget_quarter_header order ("" for a cell left empty).
struct quarter_line
{
   const char* code;
   const char* realised;
   std::array<const char*, 8> cells;
};

struct quarter_result
{
   ind::rt::dataset data;
   std::vector<std::string> codes; // of the diagnostics, in order
};

quarter_result resolve(const std::vector<quarter_line>& given, int quarter)
{
   quarter_result out;
   std::vector<ind::rt::budget_quarter_cells> cells;
   for (const quarter_line& g : given) {
      out.data.budget.push_back(line(g.code, "1000", g.realised));
      ind::rt::budget_quarter_cells c;
      for (std::size_t k = 0; k < c.cells.size(); ++k) {
         c.cells[k] = std::string(g.cells[k]).empty()
                         ? value(missing{missing::kind::empty_cell, "sel kosong", {}})
                         : value(*decimal::parse(g.cells[k]));
      }
      cells.push_back(c);
   }
   out.data.budget_links = ind::rt::build_budget_tree(out.data.budget);
   ind::lang::diagnostic_sink sink(0);
   ind::rt::resolve_budget_quarters(out.data, cells, quarter, sink);
   for (const auto& d : sink.sorted()) {
      out.codes.push_back(d.code);
   }
   return out;
}

} // namespace

TEST_CASE("budget per quarter: the quarter's RAK and spending, the RAK and spending to date")
{
   const quarter_result r = resolve(
      {{"A", "", {"", "", "", "", "", "", "", ""}},
       {"A.1", "", {"100", "200", "150", "150", "90", "95", "", ""}},
       {"A.2", "185", {"50", "150", "100", "100", "40", "145", "", ""}}},
      2);
   CHECK(r.codes.empty());
   const auto& a1 = r.data.budget[1];
   CHECK(text(a1.plan_quarter) == "200");
   CHECK(text(a1.spent_quarter) == "95");
   CHECK(text(a1.plan_to_date) == "300");
   CHECK(text(a1.realised) == "185"); // 90 + 95, the realisasi column left empty
   CHECK(text(r.data.budget[2].realised) == "185");
   CHECK(r.data.budget_disagreements == 0);
   // The parent adds up from its lines, each amount on its own.
   const budget_amounts plan(r.data.budget, r.data.budget_links,
                             ind::rt::budget_amount::plan_quarter, {});
   const budget_amounts spent(r.data.budget, r.data.budget_links,
                              ind::rt::budget_amount::spent_quarter, {});
   const budget_amounts to_date(r.data.budget, r.data.budget_links,
                                ind::rt::budget_amount::plan_to_date, {});
   CHECK(text(plan.of({0})) == "350");
   CHECK(text(spent.of({0})) == "240");
   CHECK(text(to_date.of({0})) == "500");
}

TEST_CASE("budget per quarter: a reached quarter left empty, and a written realisasi that disagrees")
{
   const quarter_result r = resolve(
      {{"A", "", {"", "", "", "", "", "", "", ""}},
       {"A.1", "", {"100", "200", "150", "150", "", "95", "", ""}},
       {"A.2", "145", {"50", "150", "100", "100", "40", "145", "", ""}},
       {"A.3", "70", {"50", "150", "100", "100", "", "", "", ""}}},
      2);
   // Never a sum over fewer quarters: 95 alone is not the spending to date.
   REQUIRE(r.data.budget[1].realised.is_missing());
   CHECK(r.data.budget[1].realised.as_missing().reason ==
         "realisasi anggaran A.1 s.d. TW II tidak dapat dihitung: realisasi_tw1 kosong");
   CHECK(text(r.data.budget[2].realised) == "185"); // the quarters' sum, not the 145 written
   CHECK(r.data.budget_disagreements == 1);
   CHECK(text(r.data.budget[3].realised) == "70"); // no quarter written: as written
   CHECK(r.data.budget[3].spent_quarter.is_missing());
   std::vector<std::string> codes = r.codes;
   std::sort(codes.begin(), codes.end());
   CHECK(codes == std::vector<std::string>{"W-ANGGARAN-KUMULATIF", "W-ANGGARAN-TW-KOSONG"});
   // TW IV: every quarter is reached, and the later ones are empty.
   const quarter_result year = resolve({{"A", "", {"1", "1", "1", "1", "1", "1", "", ""}}}, 4);
   CHECK(year.data.budget[0].realised.is_missing());
   CHECK(year.codes == std::vector<std::string>{"W-ANGGARAN-TW-KOSONG"});
   CHECK(ind::core::period::parse("2024-S1")->last_quarter() == 2);
   CHECK(ind::core::period::parse("2024")->last_quarter() == 4);
}
