#include "lang/ast.hpp"

namespace ind::lang::ast {

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
   switch (level) {
   case indicator_level::tujuan:
      return "tujuan";
   case indicator_level::sasaran:
      return "sasaran";
   case indicator_level::program:
      return "program";
   case indicator_level::kegiatan:
      return "kegiatan";
   case indicator_level::subkegiatan:
      return "subkegiatan";
   }
   return "";
}

const char* column_type_name(column_type type)
{
   switch (type) {
   case column_type::text:
      return "teks";
   case column_type::decimal:
      return "desimal";
   case column_type::integer:
      return "bulat";
   case column_type::rupiah:
      return "rupiah";
   case column_type::percent:
      return "persen";
   case column_type::period:
      return "periode";
   case column_type::boolean:
      return "ya_tidak";
   }
   return "";
}

const char* status_name(source_status status)
{
   switch (status) {
   case source_status::unspecified:
      return "";
   case source_status::confirmed:
      return "terkonfirmasi";
   case source_status::practitioner_reading:
      return "bacaan_praktisi";
   case source_status::assumed:
      return "asumsi";
   }
   return "";
}

} // namespace ind::lang::ast
