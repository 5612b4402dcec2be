// What the language server answers, as LSP JSON, from a document's analysis: diagnostics and
// their quick fixes, hover, definition, references, completion and the outline.
#pragma once

#include "runtime/lsp/position.hpp"
#include "runtime/lsp/workspace.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace ind::rt::lsp {

using json = nlohmann::json;

// file:///a%20b/c.ind <-> /a b/c.ind
std::string path_of_uri(const std::string& uri);
std::string uri_of_path(const std::string& path);

json range_of(lang::span s);

// The diagnostics of an analysis by the URI of the file each is in: `main_uri` always has an
// entry, with the diagnostics that have no place in a file.
std::map<std::string, json> diagnostics_by_uri(const analysis& a, const std::string& main_uri);

// Quick fixes for the diagnostics of the main file that propose a replacement and touch `range`.
json code_actions(const analysis& a, const std::string& uri, const json& range);

json hover(const document& d, const position& at);
json definition(const document& d, const position& at);
json references(const document& d, const position& at, bool include_declaration);
json completion(const document& d, const position& at);
json document_symbols(const document& d);

} // namespace ind::rt::lsp
