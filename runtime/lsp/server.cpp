#include "runtime/lsp/server.hpp"

#include "runtime/lsp/assist.hpp"
#include "runtime/lsp/transport.hpp"

#include <ostream>
#include <stdexcept>

namespace ind::rt::lsp {

namespace {

json response(const json& id, json result)
{
   return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json error_response(const json& id, int code, const std::string& message)
{
   return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json capabilities()
{
   return {{"textDocumentSync", {{"openClose", true}, {"change", 1}}},
           {"hoverProvider", true},
           {"definitionProvider", true},
           {"referencesProvider", true},
           {"documentSymbolProvider", true},
           {"documentFormattingProvider", true},
           {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}},
           {"completionProvider", {{"triggerCharacters", json::array({"."})}}}};
}

// Parameters a request cannot be answered with: answered InvalidParams, as nlohmann's own type
// errors are.
struct bad_params : std::runtime_error
{
   using std::runtime_error::runtime_error;
};

// A position's line and character are unsigned integers; a negative, fractional or huge number
// (1e300) is refused, not converted.
position position_param(const json& params)
{
   const json& p = params.at("position");
   const auto number = [&](const char* key) {
      const json& n = p.at(key);
      if (!n.is_number_unsigned()) {
         throw bad_params(std::string("'") + key + "' bukan bilangan cacah");
      }
      return n.get<std::size_t>();
   };
   return {number("line"), number("character")};
}

} // namespace

document* server::find(const json& params)
{
   const auto it = m_documents.find(params.at("textDocument").at("uri").get<std::string>());
   return it == m_documents.end() ? nullptr : &it->second;
}

void server::refresh(document& d)
{
   if (!d.dirty) {
      return;
   }
   d.current = analyze(d.path, d.text, m_options);
   // While the text does not parse (a name half typed), names come from the last text that did.
   if (d.current->program && (d.current->parsed || !d.last_good)) {
      d.last_good = d.current;
      d.index = std::make_unique<name_index>(*d.last_good->program);
   }
   d.dirty = false;
   d.unpublished = true;
}

void server::notify(const std::string& method, const json& params)
{
   if (method == "textDocument/didOpen") {
      const json& item = params.at("textDocument");
      const std::string uri = item.at("uri").get<std::string>();
      document& d = m_documents[uri];
      d.path = path_of_uri(uri);
      d.text = item.at("text").get<std::string>();
      d.version = item.value("version", 0LL);
      d.dirty = true;
   } else if (method == "textDocument/didChange") {
      document* d = find(params);
      const json& changes = params.at("contentChanges");
      // Full synchronisation: the last change holds the whole text.
      if (d && changes.is_array() && !changes.empty()) {
         d->text = changes.back().at("text").get<std::string>();
         d->version = params.at("textDocument").value("version", d->version);
         d->dirty = true;
      }
   } else if (method == "textDocument/didClose") {
      // A closed document's diagnostics, and those it gave its modules, are cleared.
      const auto it = m_documents.find(params.at("textDocument").at("uri").get<std::string>());
      if (it != m_documents.end()) {
         m_closed.insert(it->second.published.begin(), it->second.published.end());
         m_documents.erase(it);
      }
   } else if (method == "exit") {
      m_exited = true;
   }
}

json server::dispatch(const std::string& method, const json& params, bool& answered)
{
   answered = true;
   if (method == "shutdown") {
      m_shutdown = true;
      return nullptr;
   }
   document* d = method.starts_with("textDocument/") ? find(params) : nullptr;
   if (d) {
      refresh(*d);
   }
   if (method == "textDocument/hover") {
      return d ? hover(*d, position_param(params)) : json(nullptr);
   }
   if (method == "textDocument/definition") {
      return d ? definition(*d, position_param(params)) : json(nullptr);
   }
   if (method == "textDocument/references") {
      const bool declaration =
          params.contains("context") && params["context"].value("includeDeclaration", false);
      return d ? references(*d, position_param(params), declaration) : json::array();
   }
   if (method == "textDocument/completion") {
      return d ? completion(*d, position_param(params)) : json::array();
   }
   if (method == "textDocument/formatting") {
      return d ? formatting(*d) : json(nullptr);
   }
   if (method == "textDocument/documentSymbol") {
      return d ? document_symbols(*d) : json::array();
   }
   if (method == "textDocument/codeAction") {
      return d && d->current
                 ? code_actions(*d->current, params.at("textDocument").at("uri").get<std::string>(),
                                params.value("range", json::object()))
                 : json::array();
   }
   answered = false;
   return nullptr;
}

std::vector<json> server::handle(std::string_view body)
{
   std::vector<json> out;
   json message = json::parse(body, nullptr, false);
   if (message.is_discarded()) {
      out.push_back(error_response(nullptr, parse_error, "pesan bukan JSON yang sah"));
      return out;
   }
   if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
      // A response to a request of ours (we send none) or not a message at all.
      if (!message.is_object() || !message.contains("id") || message.contains("result") ||
          message.contains("error")) {
         return out;
      }
      out.push_back(error_response(message["id"], invalid_request, "pesan tanpa 'method'"));
      return out;
   }
   const std::string method = message["method"].get<std::string>();
   const bool request = message.contains("id");
   const json id = request ? message["id"] : json(nullptr);
   const json params = message.value("params", json::object());
   try {
      if (!request) {
         if (m_initialized || method == "exit") {
            notify(method, params);
         }
         return out;
      }
      if (method == "initialize") {
         m_initialized = true;
         out.push_back(
             response(id, {{"capabilities", capabilities()}, {"serverInfo", {{"name", "ind"}}}}));
         return out;
      }
      if (!m_initialized) {
         out.push_back(error_response(id, server_not_initialized, "server belum diinisialisasi"));
         return out;
      }
      bool answered = false;
      json result = dispatch(method, params, answered);
      out.push_back(
          answered ? response(id, std::move(result))
                   : error_response(id, method_not_found, "metode '" + method + "' tidak dikenal"));
   } catch (const std::exception& e) { // a json type error or bad_params
      if (request) {
         out.push_back(
             error_response(id, invalid_params, std::string("parameter tidak sah: ") + e.what()));
      }
   }
   return out;
}

std::vector<json> server::publish()
{
   std::vector<json> out;
   for (const std::string& uri : m_closed) {
      out.push_back({{"jsonrpc", "2.0"},
                     {"method", "textDocument/publishDiagnostics"},
                     {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
   }
   m_closed.clear();
   for (auto& [uri, d] : m_documents) {
      refresh(d);
      if (!d.unpublished) {
         continue;
      }
      d.unpublished = false;
      std::map<std::string, json> found = diagnostics_by_uri(*d.current, uri);
      std::set<std::string> now;
      for (auto& [file, items] : found) {
         now.insert(file);
         json params = {{"uri", file}, {"diagnostics", std::move(items)}};
         if (file == uri) {
            params["version"] = d.version;
         }
         out.push_back({{"jsonrpc", "2.0"},
                        {"method", "textDocument/publishDiagnostics"},
                        {"params", std::move(params)}});
      }
      // A module's diagnostics that are gone are cleared.
      for (const std::string& file : d.published) {
         if (!now.count(file)) {
            out.push_back({{"jsonrpc", "2.0"},
                           {"method", "textDocument/publishDiagnostics"},
                           {"params", {{"uri", file}, {"diagnostics", json::array()}}}});
         }
      }
      d.published = std::move(now);
   }
   return out;
}

int serve(int in, std::ostream& out, const lang::load_options& options)
{
   server s(options);
   reader input(in);
   const auto send = [&](const std::vector<json>& messages) {
      for (const json& m : messages) {
         write_frame(out, m.dump(-1, ' ', false, json::error_handler_t::replace));
      }
   };
   while (!s.exited()) {
      std::optional<frame> f = input.next();
      if (!f) {
         return 1; // the editor went away without `exit`
      }
      if (f->bad_header) {
         send({json{{"jsonrpc", "2.0"},
                    {"id", nullptr},
                    {"error",
                     {{"code", parse_error},
                      {"message", "kepala pesan tanpa Content-Length yang sah"}}}}});
         continue;
      }
      send(s.handle(f->body));
      // Diagnostics once the burst of changes is read: typing produces a change per key.
      if (!s.exited() && !input.pending()) {
         send(s.publish());
      }
   }
   return s.exit_code();
}

} // namespace ind::rt::lsp
