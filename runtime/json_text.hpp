// One way to write a JSON string, for every JSON the tool prints (reports, explain, audit).
#pragma once

#include <iosfwd>
#include <string_view>

namespace ind::rt {

// `text` as a JSON string literal: quotes, backslashes and control characters escaped, UTF-8
// passed through as it is.
void write_json_string(std::ostream& out, std::string_view text);

} // namespace ind::rt
