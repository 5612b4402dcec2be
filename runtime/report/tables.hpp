// The tables of an LKjIP Bab III, as text cells, built once from a report::document and printed
// by the text, Markdown and CSV renderers.
#pragma once

#include "runtime/report/render.hpp"
#include "runtime/report/table.hpp"

#include <vector>

namespace ind::rt::report {

struct table_style
{
   locale loc = locale::id;
   bool grouping = true; // thousands separators (off for CSV, which spreadsheets re-read)
};

std::vector<text_table> lkjip_tables(const document& doc, const table_style& style);

} // namespace ind::rt::report
