#include "lang/program.hpp"

#include <algorithm>
#include <cctype>

namespace ind::lang {

const char* type_name(value_type type)
{
   switch (type) {
   case value_type::number:
      return "angka";
   case value_type::boolean:
      return "benar/salah";
   case value_type::text:
      return "teks";
   case value_type::period:
      return "periode";
   case value_type::any:
      return "nilai";
   case value_type::grouped:
      return "nilai per kelompok";
   }
   return "";
}

std::string display_name(const module_info* owner, const std::string& name)
{
   return owner && !owner->name.empty() ? owner->name + "." + name : name;
}

std::string sheet_of(const std::string& file, const std::optional<ast::sheet_name>& named)
{
   if (named) {
      return named->name;
   }
   const std::size_t dot = file.rfind('.');
   std::string ext = dot == std::string::npos ? std::string() : file.substr(dot);
   for (char& c : ext) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
   }
   const std::size_t slash = file.find_last_of('/');
   const std::size_t start = slash == std::string::npos ? 0 : slash + 1;
   return ext == ".csv" && dot > start ? file.substr(start, dot - start) : file;
}

const indicator* program::find_indicator(std::string_view id) const
{
   for (const auto& ind : indicators) {
      if (ind->id == id) {
         return ind.get();
      }
   }
   return nullptr;
}

std::optional<core::period> program::latest_year() const
{
   std::optional<int> year = renstra_to;
   const auto consider = [&year](const std::optional<core::period>& when) {
      if (when && (!year || when->year > *year)) {
         year = when->year;
      }
   };
   const auto dated = [&consider](const auto& all) {
      for (const auto& d : all) {
         consider(d->info.since);
         consider(d->info.until);
      }
   };
   dated(constants);
   dated(rules);
   dated(values);
   dated(weights);
   dated(scales);
   dated(indicators);
   for (const auto& ind : indicators) {
      for (const auto& [when, written] : ind->targets) {
         consider(when);
      }
      for (const version_targets& other : ind->other_targets) {
         for (const auto& [when, written] : other.targets) {
            consider(when);
         }
      }
      for (const formula_version& v : ind->value_versions) {
         consider(v.info.since);
         consider(v.info.until);
      }
   }
   return year ? std::optional(core::period::of_year(*year)) : std::nullopt;
}

const std::pair<const core::period, target_value>* indicator::target_for(
   const core::period& when) const
{
   return target_in(targets, when);
}

const formula_version* indicator::version_for(const core::period& when) const
{
   const formula_version* found = nullptr;
   for (const formula_version& v : value_versions) {
      if (!v.info.since || !(when < *v.info.since)) {
         found = &v;
      }
   }
   return found && !ended(found->info, when) ? found : nullptr;
}

const figure* indicator::formula_for(const core::period& when) const
{
   if (value_versions.empty()) {
      return value.formula ? &value : nullptr;
   }
   const formula_version* v = version_for(when);
   return v ? &v->value : nullptr;
}

std::vector<const figure*> indicator::figures() const
{
   std::vector<const figure*> out{&value};
   for (const formula_version& v : value_versions) {
      out.push_back(&v.value);
   }
   out.push_back(&achievement);
   out.push_back(&efficiency);
   return out;
}

const target_map* indicator::targets_of(const target_version* v) const
{
   if (v == measured) {
      return &targets;
   }
   for (const version_targets& other : other_targets) {
      if (other.version == v) {
         return &other.targets;
      }
   }
   return nullptr;
}

const target_version* program::find_target_version(std::string_view name) const
{
   for (const auto& v : target_versions) {
      if (v->name == name) {
         return v.get();
      }
   }
   return nullptr;
}

const std::pair<const core::period, target_value>* target_in(const target_map& targets,
                                                             const core::period& when)
{
   if (const auto it = targets.find(when); it != targets.end()) {
      return &*it;
   }
   const std::pair<const core::period, target_value>* narrowest = nullptr;
   for (const auto& entry : targets) {
      // A year sorts before its semesters, so the last container found is the narrowest.
      if (entry.first.contains(when)) {
         narrowest = &entry;
      }
   }
   return narrowest;
}

const named_value* program::find_value(std::string_view name) const
{
   for (const auto& v : values) {
      if (v->name == name && v->owner && v->owner->name.empty()) {
         return v.get();
      }
   }
   return nullptr;
}

bool band::contains(const core::decimal& x) const
{
   return within(x, lower, lower_closed, upper, upper_closed,
                 [](const core::decimal& a, const core::decimal& b) {
                    const auto order = a <=> b;
                    return order < 0 ? -1 : order > 0 ? 1 : 0;
                 });
}

std::string band::interval_text() const
{
   const auto bound = [](const std::optional<core::decimal>& b) {
      if (!b) {
         return std::string("~");
      }
      std::string text = b->to_string();
      std::replace(text.begin(), text.end(), '.', ',');
      return text;
   };
   // Built by appending: GCC 12 warns falsely (-Wrestrict) on chained operator+ here.
   std::string text(lower_closed ? "[" : "(");
   text += bound(lower);
   text += "..";
   text += bound(upper);
   text += upper_closed ? "]" : ")";
   return text;
}

std::vector<const band*> scale::classify(const core::decimal& x) const
{
   std::vector<const band*> hits;
   for (const band& b : bands) {
      if (b.contains(x)) {
         hits.push_back(&b);
      }
   }
   return hits;
}

} // namespace ind::lang
