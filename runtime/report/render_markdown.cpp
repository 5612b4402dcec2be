#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"

#include <ostream>

namespace ind::rt::report {

void render_markdown(std::ostream& out, const document& doc, const render_options& options)
{
   const std::string heading = doc.verdict ? audit_title(doc.agency, period_heading(doc))
                                           : doc.agency + " — " + period_heading(doc);
   out << "## " << markdown_text(heading) << "\n";
   for (const table& t : lkjip_tables(doc, {options.loc, true})) {
      out << '\n';
      print_markdown(out, t);
   }
}

} // namespace ind::rt::report
