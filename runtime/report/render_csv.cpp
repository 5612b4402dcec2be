#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"

#include <cstdio>
#include <ostream>
#include <sstream>

namespace ind::rt::report {

namespace {

// Spreadsheets re-read CSV: no thousands separators, and ';' between cells where ',' is the
// decimal separator, as Indonesian spreadsheets expect.
table_style csv_style(const render_options& options)
{
   return {options.loc, false};
}

char delimiter(const render_options& options)
{
   return options.loc == locale::id ? ';' : ',';
}

// Excel on Windows reads a CSV file without a byte-order mark in the system's code page, which
// turns "≥" and "—" into mojibake; with the mark it reads UTF-8.
void open_file(std::ostream& out, const render_options& options)
{
   if (options.bom) {
      out << "\xEF\xBB\xBF";
   }
}

} // namespace

void render_csv(std::ostream& out, const document& doc, const render_options& options)
{
   open_file(out, options);
   if (doc.verdict) {
      // An audited report says so before its first table.
      out << "# " << audit_title(doc.agency, period_heading(doc)) << "\n\n";
   }
   bool first = true;
   for (const table& t : lkjip_tables(doc, csv_style(options))) {
      if (!first) {
         out << '\n';
      }
      first = false;
      out << "# " << t.title << '\n';
      print_csv(out, t, delimiter(options));
   }
}

std::vector<std::pair<std::string, std::string>> render_csv_files(const document& doc,
                                                                  const render_options& options)
{
   std::vector<std::pair<std::string, std::string>> files;
   for (const table& t : lkjip_tables(doc, csv_style(options))) {
      std::ostringstream content;
      open_file(content, options);
      print_csv(content, t, delimiter(options));
      char prefix[8];
      std::snprintf(prefix, sizeof prefix, "%02zu-", files.size() + 1);
      files.emplace_back(prefix + t.id + ".csv", content.str());
   }
   return files;
}

} // namespace ind::rt::report
