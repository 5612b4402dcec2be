// The charts of the HTML report, as inline SVG inside a <figure>: target against realisasi per
// indicator, the multi-year trend of each indicator with its Renstra targets, and the absorption
// of each top-level budget line. Every coordinate is computed with exact decimals and written
// with one decimal place; no floating point is involved. Each chart carries a <title> and a
// <desc> that states its figures in words, for readers who cannot see it. The bar charts come in
// two layouts, 720 units wide for a page and 360 for a phone (class lebar / sempit); text is
// placed by an estimate of its width (text_width), wrapped or cut to stay inside the chart.
#pragma once

#include "runtime/core.hpp"
#include "runtime/report/model.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ind::rt::report {

// Each returns "" when the document has nothing to draw.
std::string chart_achievement(const document& doc, locale loc);
std::string chart_trends(const document& doc, locale loc);
std::string chart_absorption(const document& doc, locale loc);

// Text escaped for HTML and SVG content and attribute values.
std::string escape_xml(const std::string& text);

// An upper estimate of the width of text in SVG user units at a font size (see charts.cpp).
decimal text_width(const std::string& text, std::int64_t size);
// Text in at most max_lines lines no wider than `room` by that estimate, broken at spaces; the
// last line is cut with an ellipsis when text is left over.
std::vector<std::string> wrapped(const std::string& text, const decimal& room, std::int64_t size,
                                 std::size_t max_lines);

} // namespace ind::rt::report
