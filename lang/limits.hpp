// Every limit the language imposes, in one place, each with the reason it exists. Each one has a
// test in tests/limits/ that shows the diagnostic a user gets when the limit is reached.
#pragma once

#include <cstddef>

namespace ind::lang::limits {

// Nested expressions: '(' inside '(' , '-' before '-', 'tidak' before 'tidak'. Parsing, resolution
// and evaluation recurse once per level; this keeps the native stack safe, also under sanitizers.
inline constexpr std::size_t max_nesting = 200;

// Diagnostics of each severity kept and shown per run; the rest are only counted.
inline constexpr std::size_t max_diagnostics = 20;

// Rule files larger than this are refused before parsing (a rule file is written by hand).
inline constexpr std::size_t max_rule_file_bytes = 16 * 1024 * 1024;

// Calls of `aturan` inside `aturan` (rules cannot recurse; this bounds legitimate chains).
inline constexpr std::size_t max_call_depth = 64;

} // namespace ind::lang::limits
