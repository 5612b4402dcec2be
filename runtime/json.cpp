#include "runtime/json.hpp"

#include <ostream>

namespace ind::rt {

json json_document()
{
   json document = json::object();
   document["versi_format"] = json_format_version;
   return document;
}

void write_json(std::ostream& out, const json& document)
{
   out << document.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

} // namespace ind::rt
