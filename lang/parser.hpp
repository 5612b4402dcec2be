// parse: source_file -> ast::module. The only entry point to the grammar.
#pragma once

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"

namespace ind::lang {

// Parses one .ind file. A syntax error stops parsing and is reported to `sink` (one per file);
// the returned module then holds nothing past the header. Literal values that the grammar
// accepts but that mean nothing (a period "2024-TW7") are reported too, and parsing goes on.
ast::module parse(const source_file& file, diagnostic_sink& sink);

// The `//` comments of a file, in order, found without parsing (strings are skipped).
std::vector<ast::comment> scan_comments(const source_file& file);

} // namespace ind::lang
