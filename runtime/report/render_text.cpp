#include "lang/source.hpp"
#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"

#include <ostream>

namespace ind::rt::report {

void render_text(std::ostream& out, const document& doc, const render_options& options)
{
   out << lang::printable_text(doc.verdict ? audit_title(doc.agency, period_heading(doc))
                                           : doc.agency)
       << '\n';
   out << (doc.dated ? "Periode " + period_heading(doc) : "Tanpa periode");
   if (doc.renstra_from && doc.renstra_to) {
      out << " (Renstra " << *doc.renstra_from << "-" << *doc.renstra_to << ")";
   }
   out << '\n';
   for (const table& t : lkjip_tables(doc, {options.loc, true, false})) {
      out << '\n';
      print_aligned(out, t);
   }
}

} // namespace ind::rt::report
