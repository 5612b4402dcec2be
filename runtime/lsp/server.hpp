// `ind lsp`: the language server. It reads JSON-RPC messages framed by the Language Server
// Protocol, keeps the open documents' text, and answers from the same loader, resolver and
// checker as `ind check`.
#pragma once

#include "lang/loader.hpp"
#include "runtime/lsp/features.hpp"

#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ind::rt::lsp {

// JSON-RPC error codes.
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int server_not_initialized = -32002;

class server
{
 public:
   explicit server(lang::load_options options) : m_options(std::move(options)) {}

   // Handles one message body; the messages to send, in order. Never throws.
   std::vector<json> handle(std::string_view body);
   // Analyses the documents changed since their diagnostics were last published and gives the
   // publishDiagnostics notifications: called when no message is waiting.
   std::vector<json> publish();

   bool exited() const { return m_exited; }
   // 0 after `shutdown` then `exit`, 1 after an `exit` without `shutdown` (as the protocol says).
   int exit_code() const { return m_shutdown ? 0 : 1; }

 private:
   json dispatch(const std::string& method, const json& params, bool& answered);
   void notify(const std::string& method, const json& params);
   document* find(const json& params);
   void refresh(document& d); // analyses a changed document

   lang::load_options m_options;
   std::map<std::string, document> m_documents; // by URI
   std::set<std::string> m_closed; // URIs whose diagnostics are cleared at the next publication
   bool m_initialized = false;
   bool m_shutdown = false;
   bool m_exited = false;
};

// Serves the protocol on file descriptor `in` and stream `out` until `exit` or the end of input;
// the process exit code.
int serve(int in, std::ostream& out, const lang::load_options& options);

} // namespace ind::rt::lsp
