// The one JSON writer: every JSON the tool prints (eval reports, explain, audit) is built as a
// document of this type and written by write_json, so that they share one layout and one
// contract: exact decimals as strings with '.', counts as numbers, keys in the order written.
#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace ind::rt {

using json = nlohmann::ordered_json;

// The version of the JSON contract (docs/schema/*.schema.json), written as "versi_format" at the
// top of every JSON document. Raised when a field changes meaning or disappears.
inline constexpr int json_format_version = 2;

// A new JSON document that opens with its "versi_format".
json json_document();

// Two-space indentation, UTF-8 as it is (bytes that are not UTF-8 become U+FFFD rather than
// stopping the output), control characters escaped, and a final newline.
void write_json(std::ostream& out, const json& document);

} // namespace ind::rt
