#include "lang/ast.hpp"

namespace ind::lang::ast {

namespace {

// The spellings are string literals, so a word's view ends where its NUL does.
template <typename Kind, std::size_t N>
const char* word_text(const std::array<worded<Kind>, N>& words, Kind kind)
{
   const std::string_view word = word_for(words, kind);
   return word.empty() ? "" : word.data();
}

} // namespace

std::string qualified_name::joined() const
{
   std::string out;
   for (const identifier& part : parts) {
      if (!out.empty()) {
         out += '.';
      }
      out += part.text;
   }
   return out;
}

const char* level_name(indicator_level level)
{
   return word_text(level_words, level);
}

const char* column_type_name(column_type type)
{
   return word_text(column_type_words, type);
}

const char* status_name(source_status status)
{
   return word_text(status_words, status);
}

const char* direction_name(direction dir)
{
   return word_text(direction_words, dir);
}

const char* accumulation_name(accumulation how)
{
   return word_text(accumulation_words, how);
}

} // namespace ind::lang::ast
