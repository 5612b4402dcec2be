#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"

#include <ostream>

namespace ind::rt::report {

// Several tables in one CSV stream: each starts with a line holding only its title, and tables
// are separated by an empty line. Indonesian locale uses ';' between cells, as Indonesian
// spreadsheets expect when ',' is the decimal separator.
void render_csv(std::ostream& out, const document& doc, const render_options& options)
{
   const char delimiter = options.loc == locale::id ? ';' : ',';
   bool first = true;
   for (const text_table& t : lkjip_tables(doc, {options.loc, false})) {
      if (!first) {
         out << '\n';
      }
      first = false;
      out << "# " << t.title << '\n';
      print_csv(out, t, delimiter);
   }
}

} // namespace ind::rt::report
