// Reporting periods: a year, a quarter (triwulan) or a semester of a year.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ind::core {

// How a period is written, for the hint of every message that refuses one (a target, `--period`,
// a period literal in a formula).
inline constexpr std::string_view period_forms_hint =
   "tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1)";

struct period
{
   enum class kind : unsigned char
   {
      year,
      semester,
      quarter,
   };

   int year = 0;
   kind grain = kind::year;
   int part = 0; // 1..4 for a quarter, 1..2 for a semester, 0 for a year

   static period of_year(int y) { return period{y, kind::year, 0}; }

   // Accepts "2024", "2024-TW2", "2024-TWII", "TW II 2024", "TW2 2024", "2024-S1",
   // "Semester I 2024" (case-insensitive, spaces or '-' between the parts). Years 1900..2999.
   static std::optional<period> parse(std::string_view text);

   // Canonical form used in .ind files, JSON and CSV: "2024", "2024-TW2", "2024-S1".
   std::string to_string() const;
   // Human form for tables: "2024", "TW II 2024", "Semester I 2024".
   std::string display() const;

   // True when `other` lies within this period (a year contains its quarters and semesters).
   bool contains(const period& other) const;

   // The quarter of its year this period runs to: 2024-TW2 -> 2, 2024-S1 -> 2, 2024 -> 4. The
   // quarters a figure to date, the budget to date and the Renja form's (13) are taken over.
   int last_quarter() const;

   // The same grain one step earlier or later (2024 -> 2023; 2024-TW1 -> 2023-TW4).
   period shifted(int steps) const;

   friend auto operator<=>(const period&, const period&) = default;
};

} // namespace ind::core
