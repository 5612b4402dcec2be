#include "core/period.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using ind::core::period;

namespace {

period quarter(int year, int part)
{
   return period{year, period::kind::quarter, part};
}
period semester(int year, int part)
{
   return period{year, period::kind::semester, part};
}

std::string canonical(std::string_view text)
{
   const std::optional<period> p = period::parse(text);
   return p ? p->to_string() : "<ditolak>";
}

} // namespace

TEST_CASE("period: accepted forms")
{
   CHECK(canonical("2024") == "2024");
   CHECK(canonical("2024-TW2") == "2024-TW2");
   CHECK(canonical("2024-TWII") == "2024-TW2");
   CHECK(canonical("TW II 2024") == "2024-TW2");
   CHECK(canonical("TW2 2024") == "2024-TW2");
   CHECK(canonical("TW IV 2024") == "2024-TW4");
   CHECK(canonical("TWIII 2024") == "2024-TW3");
   CHECK(canonical("2024-S1") == "2024-S1");
   CHECK(canonical("Semester I 2024") == "2024-S1");
   CHECK(canonical("Semester II 2024") == "2024-S2");
   CHECK(canonical("2024 Semester 2") == "2024-S2");
   CHECK(canonical("2024 TW 1") == "2024-TW1");
   CHECK(canonical("2024 - TW 3") == "2024-TW3");
   CHECK(canonical("TW-IV-2025") == "2025-TW4");
   CHECK(canonical("  2024-TW1  ") == "2024-TW1");
   CHECK(canonical("1900") == "1900");
   CHECK(canonical("2999") == "2999");
}

TEST_CASE("period: parsing ignores case")
{
   CHECK(canonical("2024-tw2") == "2024-TW2");
   CHECK(canonical("tw ii 2024") == "2024-TW2");
   CHECK(canonical("Tw Iv 2024") == "2024-TW4");
   CHECK(canonical("SEMESTER i 2024") == "2024-S1");
   CHECK(canonical("semester ii 2024") == "2024-S2");
   CHECK(canonical("2024-s2") == "2024-S2");
}

TEST_CASE("period: everything else is rejected")
{
   for (const char* bad : {"",
                           " ",
                           "24",
                           "202",
                           "20245",
                           "1899",
                           "3000",
                           "0999",
                           "2024-TW5",
                           "2024-TW0",
                           "TW V 2024",
                           "TW IIII 2024",
                           "2024-S3",
                           "Semester III 2024",
                           "2024-SIV",
                           "2024-TW2x",
                           "2024-TW2 2025",
                           "2024 2025",
                           "2024-",
                           "-2024",
                           "2024--TW1",
                           "2024-TW",
                           "TW 2024",
                           "Semester 2024",
                           "2024TW2",
                           "TW22024",
                           "TWII2024",
                           "2024-Q2",
                           "Q2 2024",
                           "Triwulan II 2024",
                           "2024-TW02",
                           "2024-TW12",
                           "2024_TW2",
                           "2024/TW2",
                           "2024.TW2",
                           "TW II",
                           "Semester I",
                           "2024-TW2-"}) {
      CHECK_MESSAGE(!period::parse(bad).has_value(), bad);
   }
}

TEST_CASE("period: text forms")
{
   CHECK(period::of_year(2024).to_string() == "2024");
   CHECK(quarter(2024, 2).to_string() == "2024-TW2");
   CHECK(semester(2024, 1).to_string() == "2024-S1");
   CHECK(period::of_year(2024).display() == "2024");
   CHECK(quarter(2024, 2).display() == "TW II 2024");
   CHECK(quarter(2024, 4).display() == "TW IV 2024");
   CHECK(semester(2024, 1).display() == "Semester I 2024");
   for (const period& p : {period::of_year(2023), quarter(2024, 3), semester(2025, 2)}) {
      CHECK(period::parse(p.to_string()) == p);
      CHECK(period::parse(p.display()) == p);
   }
}

TEST_CASE("period: contains")
{
   const period year = period::of_year(2024);
   CHECK(year.contains(year));
   CHECK(year.contains(quarter(2024, 1)));
   CHECK(year.contains(semester(2024, 2)));
   CHECK_FALSE(year.contains(quarter(2023, 4)));
   CHECK_FALSE(year.contains(period::of_year(2025)));

   CHECK(semester(2024, 1).contains(quarter(2024, 1)));
   CHECK(semester(2024, 1).contains(quarter(2024, 2)));
   CHECK_FALSE(semester(2024, 1).contains(quarter(2024, 3)));
   CHECK(semester(2024, 2).contains(quarter(2024, 3)));
   CHECK(semester(2024, 2).contains(quarter(2024, 4)));
   CHECK(semester(2024, 2).contains(semester(2024, 2)));
   CHECK_FALSE(semester(2024, 2).contains(semester(2024, 1)));
   CHECK_FALSE(semester(2024, 1).contains(year));
   CHECK_FALSE(semester(2024, 1).contains(quarter(2025, 1)));

   CHECK(quarter(2024, 2).contains(quarter(2024, 2)));
   CHECK_FALSE(quarter(2024, 2).contains(quarter(2024, 3)));
   CHECK_FALSE(quarter(2024, 2).contains(semester(2024, 1)));
}

TEST_CASE("period: shifted crosses year boundaries")
{
   CHECK(period::of_year(2024).shifted(-1) == period::of_year(2023));
   CHECK(period::of_year(2024).shifted(5) == period::of_year(2029));
   CHECK(quarter(2024, 1).shifted(-1) == quarter(2023, 4));
   CHECK(quarter(2024, 4).shifted(1) == quarter(2025, 1));
   CHECK(quarter(2024, 2).shifted(-6) == quarter(2022, 4));
   CHECK(quarter(2024, 2).shifted(9) == quarter(2026, 3));
   CHECK(quarter(2024, 3).shifted(0) == quarter(2024, 3));
   CHECK(semester(2024, 1).shifted(-1) == semester(2023, 2));
   CHECK(semester(2024, 2).shifted(1) == semester(2025, 1));
   CHECK(semester(2024, 1).shifted(-4) == semester(2022, 1));
   CHECK(semester(2024, 1).shifted(3) == semester(2025, 2));
}

TEST_CASE("period: ordering is by year, then grain, then part")
{
   std::vector<period> periods = {quarter(2024, 2), period::of_year(2025), semester(2024, 1),
                                  quarter(2024, 1), period::of_year(2024), quarter(2023, 4)};
   std::sort(periods.begin(), periods.end());
   std::vector<std::string> texts;
   for (const period& p : periods) {
      texts.push_back(p.to_string());
   }
   CHECK(texts ==
         std::vector<std::string>{"2023-TW4", "2024", "2024-S1", "2024-TW1", "2024-TW2", "2025"});
}

TEST_CASE("period: the quarter of its year a period runs to")
{
   CHECK(period::parse("2024-TW3")->last_quarter() == 3);
   CHECK(period::parse("2024-S1")->last_quarter() == 2);
   CHECK(period::parse("2024-S2")->last_quarter() == 4);
   CHECK(period::parse("2024")->last_quarter() == 4);
}
