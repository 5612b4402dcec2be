#include "runtime/json_text.hpp"

#include <ostream>

namespace ind::rt {

void write_json_string(std::ostream& out, std::string_view text)
{
   out << '"';
   for (char c : text) {
      switch (c) {
      case '"':
         out << "\\\"";
         break;
      case '\\':
         out << "\\\\";
         break;
      case '\n':
         out << "\\n";
         break;
      case '\t':
         out << "\\t";
         break;
      case '\r':
         out << "\\r";
         break;
      default:
         if (static_cast<unsigned char>(c) < 0x20) {
            constexpr char hex[] = "0123456789abcdef";
            out << "\\u00" << hex[(c >> 4) & 0xF] << hex[c & 0xF];
         }
         else {
            out << c;
         }
      }
   }
   out << '"';
}

} // namespace ind::rt
