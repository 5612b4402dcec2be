#include "runtime/data/renja.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ind::core::decimal;
using ind::rt::compute_renja;
using ind::rt::missing;
using ind::rt::renja_form;
using ind::rt::renja_row;
using ind::rt::renja_side;
using ind::rt::value;

namespace {

value cell(const char* text)
{
   if (text == nullptr || std::string(text).empty()) {
      return missing{missing::kind::empty_cell, "sel kosong", {}};
   }
   return *decimal::parse(text);
}

// A row with its K and Rp of columns (6)-(12); an empty text is a cell left empty.
renja_row row(std::string code, std::array<const char*, 7> k, std::array<const char*, 7> rp,
              bool first = true)
{
   renja_row r;
   r.code = std::move(code);
   r.carries_budget = first;
   for (std::size_t i = 0; i < 7; ++i) {
      r.k[i] = cell(k[i]);
      r.rp[i] = first ? cell(rp[i]) : cell("");
   }
   return r;
}

const value& at(const renja_form& f, std::size_t r, renja_side side, int column)
{
   const auto& cells = side == renja_side::k ? f.lines[r].k : f.lines[r].rp;
   return cells[static_cast<std::size_t>(column - 6)];
}

decimal d(const char* text)
{
   return *decimal::parse(text);
}

const auto no_band = [](const value&) -> value { return missing{}; };

} // namespace

TEST_CASE("renja: (13)-(16) of a row at TW II, the quarters not reached not available")
{
   const std::vector<renja_row> rows = {
      row("A", {"300", "90", "100", "20", "30", "", ""},
          {"900", "280", "300", "60", "80", "", ""})};
   const renja_form f = compute_renja(rows, "renja.csv", 2, 2, no_band);
   CHECK(at(f, 0, renja_side::k, 13).as_number() == d("50"));
   CHECK(at(f, 0, renja_side::k, 14).as_number() == d("50.00"));
   CHECK(at(f, 0, renja_side::k, 15).as_number() == d("140"));
   // 140 / 300 x 100 = 46,666... rounded half-up to 2 places.
   CHECK(at(f, 0, renja_side::k, 16).as_number() == d("46.67"));
   CHECK(at(f, 0, renja_side::rp, 14).as_number() == d("46.67"));
   CHECK(at(f, 0, renja_side::k, 11).is_missing());
   CHECK(at(f, 0, renja_side::k, 11).as_missing().reason == "TW III belum berjalan");
   CHECK(f.gaps.empty());
   CHECK(f.early.empty());
}

TEST_CASE("renja: Rp rolls up; a written parent that disagrees is listed and the sum is used")
{
   const std::vector<renja_row> rows = {
      row("A", {"1", "1", "1", "1", "", "", ""}, {"", "", "999", "", "", "", ""}),
      row("A.1", {"1", "1", "1", "1", "", "", ""}, {"400", "100", "150", "30", "", "", ""}),
      row("A.2", {"1", "1", "1", "1", "", "", ""}, {"200", "50", "50", "10", "", "", ""}),
      row("A.2", {"2", "2", "2", "2", "", "", ""}, {}, false)};
   const renja_form f = compute_renja(rows, "renja.csv", 1, 2, no_band);
   CHECK(at(f, 0, renja_side::rp, 6).as_number() == d("600"));
   CHECK(at(f, 0, renja_side::rp, 8).as_number() == d("200"));
   CHECK(at(f, 0, renja_side::rp, 13).as_number() == d("40"));
   // (14) = 40 / 200 x 100
   CHECK(at(f, 0, renja_side::rp, 14).as_number() == d("20.00"));
   REQUIRE(f.disagreements.size() == 1);
   CHECK(f.disagreements[0].column == 8);
   CHECK(f.disagreements[0].written == d("999"));
   CHECK(f.disagreements[0].sum == d("200"));
   // The second indicator of A.2 has its own K and no Rp.
   CHECK(at(f, 3, renja_side::k, 13).as_number() == d("2"));
   CHECK(at(f, 3, renja_side::rp, 6).is_missing());
}

TEST_CASE("renja: an empty reached quarter makes (13) not available, never a partial sum")
{
   const std::vector<renja_row> rows = {
      row("A", {"10", "0", "10", "2", "3", "", ""}, {"", "", "", "", "", "", ""}),
      row("A.1", {"10", "0", "10", "2", "", "", ""}, {"100", "0", "100", "20", "", "", ""})};
   const renja_form f = compute_renja(rows, "renja.csv", 2, 2, no_band);
   CHECK(at(f, 1, renja_side::k, 13).is_missing());
   CHECK(at(f, 1, renja_side::rp, 13).is_missing());
   // The parent's other columns keep their sums.
   CHECK(at(f, 0, renja_side::rp, 6).as_number() == d("100"));
   CHECK(at(f, 0, renja_side::rp, 9).as_number() == d("20"));
   CHECK(at(f, 0, renja_side::rp, 10).is_missing());
   CHECK(at(f, 0, renja_side::rp, 10).as_missing().why == missing::kind::incomplete);
   CHECK(at(f, 0, renja_side::k, 13).as_number() == d("5"));
   CHECK(f.gaps.size() == 2); // K (10) and Rp (10) of A.1; A's empty Rp is filled by the sums
}

TEST_CASE("renja: a cell given (the audit's printed figure) flows into what follows from it")
{
   const std::vector<renja_row> rows = {
      row("A", {"", "", "", "", "", "", ""}, {"", "", "", "", "", "", ""}),
      row("A.1", {"1", "0", "1", "1", "1", "1", "1"}, {"100", "0", "100", "10", "20", "30", "40"})};
   ind::rt::renja_given given;
   given[{1, renja_side::rp, 9}] = d("50");
   const renja_form f = compute_renja(rows, "renja.csv", 4, 2, no_band, given);
   CHECK(at(f, 1, renja_side::rp, 13).as_number() == d("140"));
   CHECK(at(f, 0, renja_side::rp, 13).as_number() == d("140"));
   CHECK(at(f, 0, renja_side::rp, 14).as_number() == d("140.00"));
}

TEST_CASE("renja: objek and besaran as the printed-figures file names them")
{
   const std::vector<renja_row> rows = {row("A", {}, {}), row("A", {}, {}, false),
                                        row("A.1", {}, {})};
   CHECK(ind::rt::renja_object(rows, 0) == "renja:A");
   CHECK(ind::rt::renja_object(rows, 1) == "renja:A:2");
   CHECK(ind::rt::renja_row_of(rows, "renja:A:2") == 1u);
   CHECK(ind::rt::renja_row_of(rows, "renja:A:1") == 0u);
   CHECK_FALSE(ind::rt::renja_row_of(rows, "renja:B").has_value());
   CHECK(ind::rt::renja_quantity_of("rp14") == std::pair{renja_side::rp, 14});
   CHECK_FALSE(ind::rt::renja_quantity_of("rp17").has_value());
   CHECK(ind::core::period::parse("2024-S1")->last_quarter() == 2);
}
