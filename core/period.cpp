#include "core/period.hpp"

#include <array>
#include <cstdint>

namespace ind::core {

namespace {

constexpr int min_year = 1900;
constexpr int max_year = 2999;

constexpr std::array<std::string_view, 4> roman_numerals = {"I", "II", "III", "IV"};

bool is_letter(char c)
{
   return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_digit(char c)
{
   return c >= '0' && c <= '9';
}

char to_upper(char c)
{
   return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

bool starts_with_upper(std::string_view text, std::string_view upper_prefix)
{
   if (text.size() < upper_prefix.size()) {
      return false;
   }
   for (std::size_t i = 0; i < upper_prefix.size(); ++i) {
      if (to_upper(text[i]) != upper_prefix[i]) {
         return false;
      }
   }
   return true;
}

bool equals_upper(std::string_view text, std::string_view upper)
{
   return text.size() == upper.size() && starts_with_upper(text, upper);
}

// A run of letters or of digits. `glued` when no separator precedes it ("TW2": "2" is glued).
struct token
{
   std::string_view text;
   bool digits = false;
   bool glued = false;
};

// A period has at most four parts: "Semester" "I" "2024", or "2024" "TW" "2".
constexpr std::size_t max_tokens = 4;

struct tokens
{
   std::array<token, max_tokens> items{};
   std::size_t count = 0;
};

// Between two runs there may be spaces and at most one '-'; any other character, or a
// separator at either end, rejects the text.
std::optional<tokens> tokenize(std::string_view text)
{
   const auto is_space = [](char c) { return c == ' ' || c == '\t'; };
   while (!text.empty() && is_space(text.front())) {
      text.remove_prefix(1);
   }
   while (!text.empty() && is_space(text.back())) {
      text.remove_suffix(1);
   }
   tokens out;
   std::size_t i = 0;
   while (i < text.size()) {
      const std::size_t separator_start = i;
      int hyphens = 0;
      while (i < text.size() && (is_space(text[i]) || text[i] == '-')) {
         hyphens += text[i] == '-' ? 1 : 0;
         ++i;
      }
      if (hyphens > 1 || (i > separator_start && (out.count == 0 || i == text.size()))) {
         return std::nullopt;
      }
      const std::size_t start = i;
      const bool digits = is_digit(text[i]);
      if (!digits && !is_letter(text[i])) {
         return std::nullopt;
      }
      while (i < text.size() && (digits ? is_digit(text[i]) : is_letter(text[i]))) {
         ++i;
      }
      if (out.count == max_tokens) {
         return std::nullopt;
      }
      const bool glued = out.count > 0 && start == separator_start;
      out.items[out.count] = {text.substr(start, i - start), digits, glued};
      ++out.count;
   }
   return out;
}

std::optional<int> year_of(const token& t)
{
   if (!t.digits || t.text.size() != 4) {
      return std::nullopt;
   }
   int year = 0;
   for (const char c : t.text) {
      year = year * 10 + (c - '0');
   }
   if (year < min_year || year > max_year) {
      return std::nullopt;
   }
   return year;
}

std::optional<int> roman_value(std::string_view text)
{
   for (std::size_t i = 0; i < roman_numerals.size(); ++i) {
      if (equals_upper(text, roman_numerals[i])) {
         return static_cast<int>(i) + 1;
      }
   }
   return std::nullopt;
}

std::optional<int> part_value(const token& t)
{
   if (!t.digits) {
      return roman_value(t.text);
   }
   if (t.text.size() != 1) {
      return std::nullopt;
   }
   return t.text[0] - '0';
}

// The grain and part from "TW II", "TW2", "TWII", "S1", "Semester I" (already split into runs).
std::optional<period> grain_and_part(const token* first, std::size_t count)
{
   if (count == 0 || first->digits) {
      return std::nullopt;
   }
   period p;
   std::string_view word = first->text;
   if (starts_with_upper(word, "SEMESTER")) {
      p.grain = period::kind::semester;
      word.remove_prefix(8);
   } else if (starts_with_upper(word, "TW")) {
      p.grain = period::kind::quarter;
      word.remove_prefix(2);
   } else if (starts_with_upper(word, "S")) {
      p.grain = period::kind::semester;
      word.remove_prefix(1);
   } else {
      return std::nullopt;
   }
   std::optional<int> part;
   if (!word.empty() && count == 1) {
      part = roman_value(word);
   } else if (word.empty() && count == 2) {
      part = part_value(first[1]);
   }
   const int parts = p.grain == period::kind::quarter ? 4 : 2;
   if (!part || *part < 1 || *part > parts) {
      return std::nullopt;
   }
   p.part = *part;
   return p;
}

int parts_per_year(period::kind grain)
{
   switch (grain) {
   case period::kind::year:
      return 1;
   case period::kind::semester:
      return 2;
   case period::kind::quarter:
      return 4;
   }
   return 1;
}

} // namespace

std::optional<period> period::parse(std::string_view text)
{
   const std::optional<tokens> found = tokenize(text);
   if (!found || found->count == 0) {
      return std::nullopt;
   }
   const token* items = found->items.data();
   const std::size_t count = found->count;

   // The year comes first ("2024-TW2") or last ("TW II 2024"), never glued to a word.
   if (const std::optional<int> year = year_of(items[0])) {
      if (count == 1) {
         return of_year(*year);
      }
      if (items[1].glued) {
         return std::nullopt;
      }
      std::optional<period> p = grain_and_part(items + 1, count - 1);
      if (p) {
         p->year = *year;
      }
      return p;
   }
   const token& last = items[count - 1];
   const std::optional<int> year = year_of(last);
   if (!year || last.glued) {
      return std::nullopt;
   }
   std::optional<period> p = grain_and_part(items, count - 1);
   if (p) {
      p->year = *year;
   }
   return p;
}

std::string period::to_string() const
{
   std::string text = std::to_string(year);
   switch (grain) {
   case kind::year:
      break;
   case kind::semester:
      text += "-S" + std::to_string(part);
      break;
   case kind::quarter:
      text += "-TW" + std::to_string(part);
      break;
   }
   return text;
}

std::string period::display() const
{
   const std::string year_text = std::to_string(year);
   if (grain == kind::year || part < 1 || part > static_cast<int>(roman_numerals.size())) {
      return year_text;
   }
   const std::string numeral(roman_numerals[static_cast<std::size_t>(part - 1)]);
   return (grain == kind::quarter ? "TW " : "Semester ") + numeral + " " + year_text;
}

int period::last_quarter() const
{
   switch (grain) {
   case kind::quarter: return part;
   case kind::semester: return 2 * part;
   case kind::year: break;
   }
   return 4;
}

bool period::contains(const period& other) const
{
   if (other.year != year) {
      return false;
   }
   switch (grain) {
   case kind::year:
      return true;
   case kind::semester:
      return (other.grain == kind::semester && other.part == part) ||
             (other.grain == kind::quarter && (other.part + 1) / 2 == part);
   case kind::quarter:
      return other == *this;
   }
   return false;
}

period period::shifted(int steps) const
{
   const std::int64_t per_year = parts_per_year(grain);
   const std::int64_t offset = grain == kind::year ? 0 : part - 1;
   const std::int64_t index = std::int64_t{year} * per_year + offset + steps;
   // Floor division, so that stepping back from the first quarter lands in the previous year.
   std::int64_t new_year = index / per_year;
   std::int64_t new_offset = index % per_year;
   if (new_offset < 0) {
      new_offset += per_year;
      --new_year;
   }
   period p = *this;
   p.year = static_cast<int>(new_year);
   p.part = grain == kind::year ? 0 : static_cast<int>(new_offset) + 1;
   return p;
}

} // namespace ind::core
