// Every limit the language imposes, in one place, each with the reason it exists. Each one has a
// golden test in tests/golden/limits/ that shows the diagnostic a user gets when it is reached.
//
// The passes that follow formulas (resolve, check, evaluate, explain) recurse once per level of a
// formula and once per name a formula refers to. The limits below keep that recursion far from
// the native stack's end (8 MiB, also under AddressSanitizer, whose frames are about three times
// larger), so that no rule file, however written, can crash `ind`.
#pragma once

#include <cstddef>

namespace ind::lang::limits {

// Nested brackets in the text of an expression: '(' inside '(' , '-' before '-', 'tidak' before
// 'tidak', 'jika' inside 'jika'. The parser recurses about ten rules deep per level.
inline constexpr std::size_t max_nesting = 200;

// Levels of one formula's tree: every operator of a chain (`a + b + c` is two levels), every call
// and every 'jika' adds one. A longer sum is written flat: jumlah(a; b; c; ...).
inline constexpr std::size_t max_expression_depth = 256;

// Names in a chain of references: a `nilai` that refers to a `nilai` that refers to an indicator
// ... (also across periods while evaluating: realisasi(x; periode - 1)).
inline constexpr std::size_t max_dependency_depth = 128;

// Calls of `aturan` inside `aturan` (and `tetapan` or derived columns read inside them) while one
// figure is computed: rules cannot recurse; this bounds legitimate chains.
inline constexpr std::size_t max_call_depth = 64;

// Nested steps to compute one figure: the levels of its formula, plus those of every formula it
// refers to, along the deepest path. The sum that the three limits above cannot bound alone.
inline constexpr std::size_t max_evaluation_depth = 600;

// Chained `pakai`: a module that uses a module that uses a module ...
inline constexpr std::size_t max_module_depth = 32;

// Diagnostics of each severity kept and shown per run; the rest are only counted
// (--max-diagnostics changes it; 0 shows them all).
inline constexpr std::size_t max_diagnostics = 20;

// Rule files larger than this are refused before parsing (a rule file is written by hand).
inline constexpr std::size_t max_rule_file_bytes = 16 * 1024 * 1024;

// Steps a period moves by (periode - n): farther names no period a report has, and would overflow
// the year. Such a period is not available.
inline constexpr std::size_t max_period_steps = 100000;

} // namespace ind::lang::limits
