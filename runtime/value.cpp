#include "runtime/value.hpp"

#include "runtime/core.hpp"

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
         else if constexpr (std::is_same_v<T, std::shared_ptr<const grouped>>) {
            return *x == *std::get<T>(b.m_data);
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
   if (is_grouped()) {
      return std::to_string(as_grouped().groups.size()) + " kelompok";
   }
   return as_period().to_string();
}

value round_value(const value& v, int places)
{
   if (v.is_number()) {
      return v.as_number().round(places);
   }
   if (!v.is_grouped()) {
      return v;
   }
   auto out = std::make_shared<grouped>(v.as_grouped());
   for (grouped::group& g : out->groups) {
      g.result = round_value(g.result, places);
   }
   return std::shared_ptr<const grouped>(std::move(out));
}

bool operator==(const grouped& a, const grouped& b)
{
   if (a.key_names != b.key_names || a.groups.size() != b.groups.size()) {
      return false;
   }
   for (std::size_t i = 0; i < a.groups.size(); ++i) {
      const grouped::group& x = a.groups[i];
      const grouped::group& y = b.groups[i];
      if (x.key != y.key || !(x.result == y.result) || x.rows != y.rows) {
         return false;
      }
   }
   return true;
}

} // namespace ind::rt
