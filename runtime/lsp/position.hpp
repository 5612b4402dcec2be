// Positions as the Language Server Protocol counts them: a 0-based line and a 0-based column in
// UTF-16 code units (a character outside the Basic Multilingual Plane counts two), converted to
// and from the byte offsets and 1-based code-point columns the rest of ind uses.
#pragma once

#include "lang/source.hpp"

#include <cstddef>
#include <string_view>

namespace ind::rt::lsp {

struct position
{
   std::size_t line = 0;      // 0-based
   std::size_t character = 0; // 0-based, UTF-16 code units
   bool operator==(const position&) const = default;
};

// UTF-16 code units in the first `bytes` bytes of `line` (a byte inside a character counts from
// the character's start; bytes that are not UTF-8 count one each, as U+FFFD would).
std::size_t utf16_units(std::string_view line, std::size_t bytes);

// The byte within `line` at `units` UTF-16 code units; the line's length when it is shorter, and
// the start of a character when `units` falls inside a surrogate pair.
std::size_t byte_at_units(std::string_view line, std::size_t units);

// The position of byte `offset` of `file`.
position position_of(const lang::source_file& file, std::size_t offset);

// The position of 1-based line `line` and 1-based code-point column `column` of `file` (a place
// given by line and column, not by a span).
position position_at(const lang::source_file& file, std::size_t line, std::size_t column);

// The byte offset of a position in `file`, clamped to the end of its line and of the file.
std::size_t offset_of(const lang::source_file& file, const position& at);

} // namespace ind::rt::lsp
