// render_*: report::document -> text in one format. Human formats (table, Markdown) write numbers
// the Indonesian way by default; JSON always writes exact decimals as strings with '.'.
#pragma once

#include "runtime/number_format.hpp"
#include "runtime/report/model.hpp"

#include <iosfwd>

namespace ind::rt::report {

struct render_options
{
   locale loc = locale::id;
};

void render_json(std::ostream& out, const document& doc);
void render_text(std::ostream& out, const document& doc, const render_options& options);
void render_csv(std::ostream& out, const document& doc, const render_options& options);
void render_markdown(std::ostream& out, const document& doc, const render_options& options);

// Shared by the renderers: a number in the given locale, or "-" when it is not available.
std::string human(const number& n, locale loc);
std::string human(const label& l);
// The number as JSON wants it: exact, '.' as separator, at its places.
std::string exact_text(const number& n);

} // namespace ind::rt::report
