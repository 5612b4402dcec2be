// The language server's message handler fed one message per line of the input, after an
// `initialize`, with the diagnostics published after each (tests/fuzz/README.md).
#include "tests/fuzz/targets.hpp"

#include "lang/source.hpp"
#include "runtime/lsp/server.hpp"

#include <cstdio>
#include <cstdlib>

namespace ind::fuzz {

namespace {

// Every message sent is a JSON-RPC message that writes as UTF-8, as the server writes it.
void well_formed(const rt::lsp::json& m)
{
   promise(m.is_object() && m.value("jsonrpc", "") == "2.0", "pesan tanpa jsonrpc 2.0");
   const std::string text = m.dump(-1, ' ', false, rt::lsp::json::error_handler_t::replace);
   promise(lang::invalid_utf8(text) == std::string_view::npos, "pesan bukan UTF-8");
}

void ranges_ordered(const rt::lsp::json& diagnostics)
{
   for (const auto& d : diagnostics) {
      const auto& s = d["range"]["start"];
      const auto& e = d["range"]["end"];
      const auto at = [](const rt::lsp::json& p) {
         return std::pair(p["line"].get<std::size_t>(), p["character"].get<std::size_t>());
      };
      promise(at(s) <= at(e), "rentang diagnostik terbalik");
   }
}

} // namespace

void lsp_session(std::string_view text)
{
   rt::lsp::server server({{IND_SOURCE_DIR "/stdlib"}});
   server.handle(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{}})");
   for (std::size_t at = 0; at < text.size() && !server.exited();) {
      const std::size_t eol = std::min(text.find('\n', at), text.size());
      const std::string_view body = text.substr(at, eol - at);
      at = eol + 1;
      const rt::lsp::json message = rt::lsp::json::parse(body, nullptr, false);
      const bool request = message.is_object() && message.contains("id") &&
                           message.contains("method") && message["method"].is_string();
      std::size_t answers = 0;
      for (const rt::lsp::json& m : server.handle(body)) {
         well_formed(m);
         answers += request && m.contains("id") && m["id"] == message["id"] ? 1 : 0;
      }
      promise(!request || answers == 1, "permintaan tanpa tepat satu jawaban");
      for (const rt::lsp::json& m : server.publish()) {
         well_formed(m);
         ranges_ordered(m["params"]["diagnostics"]);
      }
   }
}

} // namespace ind::fuzz
