// render_*: report::document -> one output format. Human formats (table, Markdown, CSV, HTML,
// XLSX display formats) write numbers the Indonesian way by default; JSON always writes exact
// decimals as strings with '.'.
#pragma once

#include "runtime/core.hpp"
#include "runtime/json.hpp"
#include "runtime/report/model.hpp"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

namespace ind::rt::report {

struct render_options
{
   locale loc = locale::id;
   bool bom = false; // CSV opens with a UTF-8 byte-order mark, for spreadsheets on Windows
};

void render_json(std::ostream& out, const document& doc);
// The "asal" object of every JSON report (eval and audit): docs/schema/common.schema.json#/$defs/asal.
json provenance_json(const provenance& origin);
// "pemeriksaan_data": each syarat and its result, in eval's and audit's JSON.
json conditions_json(const std::vector<condition_result>& conditions);
void render_text(std::ostream& out, const document& doc, const render_options& options);
void render_markdown(std::ostream& out, const document& doc, const render_options& options);
// All tables in one stream: each starts with a line "# <title>", tables are separated by an
// empty line. Indonesian locale separates cells with ';' (',' is the decimal separator).
void render_csv(std::ostream& out, const document& doc, const render_options& options);
// One CSV file per table, named "NN-<id>.csv" in report order: {file name, content}.
std::vector<std::pair<std::string, std::string>> render_csv_files(const document& doc,
                                                                  const render_options& options);
// One self-contained HTML page: inline CSS, charts as inline SVG, no script, no external resource.
void render_html(std::ostream& out, const document& doc, const render_options& options);
// One sheet per table, numbers as numbers. Writes `file` (libxlsxwriter writes files only);
// false with a message in `error` when it cannot.
bool render_xlsx(const std::filesystem::path& file, const document& doc,
                 const render_options& options, std::string& error);

struct table; // runtime/report/table.hpp

// The opening of every HTML page ind writes, up to <body>: the one style sheet, the
// Content-Security-Policy that forbids anything from outside the page.
void html_head(std::ostream& out, const std::string& title);
// A table as the HTML report shows it: headed by its title, stacked as cards on a phone.
void html_table(std::ostream& out, const table& t);

// Tables as the sheets of one workbook titled `title` (a batch's long tables), as render_xlsx
// writes a report's.
bool render_xlsx_tables(const std::filesystem::path& file, const std::string& title,
                        const std::vector<table>& tables, std::string& error);

// The period as headings print it: "2024", "TW II 2024", or "tanpa periode" for a rule file
// that needs none.
std::string period_heading(const document& doc);

// Shared by the renderers: a number in the given locale, or "-" when it is not available.
std::string human(const number& n, locale loc);
std::string human(const label& l);
// The number as JSON wants it: exact, '.' as separator, at its places.
std::string exact_text(const number& n);

} // namespace ind::rt::report
