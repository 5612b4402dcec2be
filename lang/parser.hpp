// parse: source_file -> ast::module. The only entry point to the grammar.
#pragma once

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"

namespace ind::lang {

// Parses one .ind file. A syntax error stops parsing and is reported to `sink` (one per file);
// the returned module then holds nothing past the header. Literal values that the grammar
// accepts but that mean nothing (a period "2024-TW7") are reported too, and parsing goes on.
// A module read because another file uses it is parsed without the bodies of its examples
// (`contoh`): they are the module's own tests, run and checked when the module itself is named.
enum class parse_mode { whole, used_module };
ast::module parse(const source_file& file, diagnostic_sink& sink,
                  parse_mode mode = parse_mode::whole);

// The `//` comments of a file, in order, found without parsing (strings are skipped).
std::vector<ast::comment> scan_comments(const source_file& file);

} // namespace ind::lang
