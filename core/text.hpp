// Blank space around what people type into cells, labels and numbers: one definition for every
// layer, so that a table read whole and the same table streamed see the same keys and values.
//
// Blank is the white space of the C locale (space, \t, \n, \v, \f, \r) and the no-break space
// U+00A0 (UTF-8 C2 A0) that spreadsheets put around and inside figures. Only the two ends are
// trimmed; blank space inside a text is kept. Inline because the roster engine trims every cell
// it reads.
#pragma once

#include <string_view>

namespace ind::core {

inline constexpr std::string_view no_break_space = "\xC2\xA0";

[[gnu::always_inline]] constexpr bool is_ascii_blank(char c)
{
   return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Whether `s` begins with a blank character (one byte, or the two of a no-break space).
constexpr bool starts_with_blank(std::string_view s)
{
   return !s.empty() && (is_ascii_blank(s.front()) || s.starts_with(no_break_space));
}

[[gnu::always_inline]] constexpr std::string_view trim_front(std::string_view s)
{
   for (;;) {
      if (!s.empty() && is_ascii_blank(s.front())) {
         s.remove_prefix(1);
      } else if (s.starts_with(no_break_space)) {
         s.remove_prefix(no_break_space.size());
      } else {
         return s;
      }
   }
}

[[gnu::always_inline]] constexpr std::string_view trim_back(std::string_view s)
{
   for (;;) {
      if (!s.empty() && is_ascii_blank(s.back())) {
         s.remove_suffix(1);
      } else if (s.ends_with(no_break_space)) {
         s.remove_suffix(no_break_space.size());
      } else {
         return s;
      }
   }
}

[[gnu::always_inline]] constexpr std::string_view trim(std::string_view s)
{
   return trim_back(trim_front(s));
}

} // namespace ind::core
