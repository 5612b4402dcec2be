// The report formats by name: one table read by the CLI's option checks, its --help texts and the
// writer dispatch (runtime/cli/commands.cpp). A new format is a row here, a renderer in
// render.hpp and a case in write_report, which -Wswitch asks for.
#pragma once

#include <array>
#include <string_view>

namespace ind::rt::report {

enum class format : unsigned char
{
   table,
   json,
   csv,
   md,
   html,
   xlsx,
};

struct format_spec
{
   std::string_view name; // as --format spells it
   format id;
   bool to_screen; // may be written to standard output
   bool to_folder; // --out FOLDER/ writes one file per table
   bool audited;   // `ind audit` writes the report in it with every finding marked
};

inline constexpr std::array<format_spec, 6> formats{{
   {"table", format::table, true, false, false},
   {"json", format::json, true, false, false},
   {"csv", format::csv, true, true, true},
   {"md", format::md, true, false, true},
   {"html", format::html, true, false, true},
   {"xlsx", format::xlsx, false, false, true},
}};

constexpr const format_spec* find_format(std::string_view name)
{
   for (const format_spec& f : formats) {
      if (f.name == name) {
         return &f;
      }
   }
   return nullptr;
}

} // namespace ind::rt::report
