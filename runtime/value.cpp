#include "runtime/value.hpp"

#include "runtime/number_format.hpp"

namespace ind::rt {

bool operator==(const value& a, const value& b)
{
   if (a.m_data.index() != b.m_data.index()) {
      return false;
   }
   if (a.is_missing()) {
      return true;
   }
   return std::visit(
      [&](const auto& x) {
         using T = std::decay_t<decltype(x)>;
         if constexpr (std::is_same_v<T, missing>) {
            return true;
         }
         else {
            return x == std::get<T>(b.m_data);
         }
      },
      a.m_data);
}

std::string value::describe() const
{
   if (is_missing()) {
      return "tidak tersedia";
   }
   if (is_number()) {
      const decimal& d = as_number();
      if (d.is_terminating()) {
         return format_number(d, d.places(), locale::id);
      }
      return format_number(d, 6, locale::id) + "...";
   }
   if (is_bool()) {
      return as_bool() ? "benar" : "salah";
   }
   if (is_text()) {
      return "\"" + as_text() + "\"";
   }
   return as_period().to_string();
}

} // namespace ind::rt
