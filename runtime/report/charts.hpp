// The charts of the HTML report, as inline SVG inside a <figure>: target against realisasi per
// indicator, the multi-year trend of each indicator with its Renstra targets, and the absorption
// of each budget program. Every coordinate is computed with exact decimals and written with one
// decimal place; no floating point is involved. Each chart carries a <title> and a <desc> that
// states its figures in words, for readers who cannot see it.
#pragma once

#include "runtime/number_format.hpp"
#include "runtime/report/model.hpp"

#include <string>

namespace ind::rt::report {

// Each returns "" when the document has nothing to draw.
std::string chart_achievement(const document& doc, locale loc);
std::string chart_trends(const document& doc, locale loc);
std::string chart_absorption(const document& doc, locale loc);

// Text escaped for HTML and SVG content and attribute values.
std::string escape_xml(const std::string& text);

} // namespace ind::rt::report
