// The language server's positions (UTF-16 columns), words, framing and message handling.
#include "runtime/lsp/position.hpp"
#include "runtime/lsp/server.hpp"
#include "runtime/lsp/transport.hpp"
#include "runtime/lsp/workspace.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include <unistd.h>

using namespace ind::rt::lsp;
using ind::lang::source_file;

TEST_CASE("lsp: UTF-16 columns count a character outside the BMP twice")
{
   // "é" is 2 bytes and 1 unit, "≤" 3 bytes and 1 unit, "𝟙" 4 bytes and 2 units.
   const std::string line = "a\xC3\xA9\xE2\x89\xA4\xF0\x9D\x9F\x99x";
   CHECK(utf16_units(line, 0) == 0);
   CHECK(utf16_units(line, 1) == 1);
   CHECK(utf16_units(line, 3) == 2);
   CHECK(utf16_units(line, 6) == 3);
   CHECK(utf16_units(line, 10) == 5);
   CHECK(utf16_units(line, 11) == 6);
   CHECK(utf16_units(line, 99) == 6);
   CHECK(byte_at_units(line, 0) == 0);
   CHECK(byte_at_units(line, 2) == 3);
   CHECK(byte_at_units(line, 3) == 6);
   CHECK(byte_at_units(line, 4) == 6); // inside the surrogate pair: the character's start
   CHECK(byte_at_units(line, 5) == 10);
   CHECK(byte_at_units(line, 6) == 11);
   CHECK(byte_at_units(line, 60) == 11);
   // A byte that is not UTF-8 counts one unit, as the U+FFFD it is shown as.
   CHECK(utf16_units("\xE9x", 2) == 2);
   CHECK(byte_at_units("\xE9x", 1) == 1);
}

TEST_CASE("lsp: positions and byte offsets convert both ways, CRLF lines included")
{
   const source_file file("t.ind", "ab\r\n\xE2\x89\xA4 c\n\xF0\x9D\x9F\x99z\n");
   CHECK(position_of(file, 0) == position{0, 0});
   CHECK(position_of(file, 2) == position{0, 2});
   CHECK(position_of(file, 3) == position{0, 2}); // the '\n' of CRLF ends line 0
   CHECK(position_of(file, 4) == position{1, 0});
   CHECK(position_of(file, 8) == position{1, 2});
   CHECK(position_of(file, 14) == position{2, 2});
   CHECK(position_of(file, 1000) == position{3, 0});
   CHECK(offset_of(file, {1, 1}) == 7);
   CHECK(offset_of(file, {2, 2}) == 14);
   CHECK(offset_of(file, {2, 40}) == 15); // clamped to the line's end
   CHECK(offset_of(file, {9, 0}) == file.text().size());
   // A place given by line and code-point column (a roster row): column 3 is after "≤ ".
   CHECK(position_at(file, 2, 3) == position{1, 2});
   CHECK(position_at(file, 3, 2) == position{2, 2});
   for (std::size_t offset : {0u, 2u, 4u, 7u, 8u, 10u, 14u}) {
      CHECK(offset_of(file, position_of(file, offset)) == offset);
   }
}

TEST_CASE("lsp: the name under the cursor, split at its dots")
{
   const std::string text = "x = jumlah(ipasn_dimensi.pns) + 2024.5 // ipasn.kategori";
   auto w = word_at(text, text.find("pns") + 1);
   REQUIRE(w);
   CHECK(w->parts == std::vector<std::string>{"ipasn_dimensi", "pns"});
   CHECK(w->cursor_part == 1);
   w = word_at(text, text.find("ipasn_dimensi"));
   REQUIRE(w);
   CHECK(w->cursor_part == 0);
   CHECK(word_at(text, text.find("jumlah") + 6)->parts == std::vector<std::string>{"jumlah"});
   CHECK_FALSE(word_at(text, text.find("2024") + 1)); // a number
   CHECK_FALSE(word_at(text, text.find("= ") + 1));
   const source_file file("t.ind", text + "\ny = \"a.b\" + c\n");
   std::vector<std::string> names;
   for (const word& each : words_in(file)) {
      names.push_back(each.parts.size() > 1 ? each.parts[0] + "." + each.parts[1] : each.parts[0]);
   }
   // Comments, strings and numbers hold no names.
   CHECK(names == std::vector<std::string>{"x", "jumlah", "ipasn_dimensi.pns", "y", "c"});
}

TEST_CASE("lsp: Content-Length headers")
{
   CHECK(content_length("Content-Length: 42") == 42u);
   CHECK(content_length("content-length:7  ") == 7u);
   CHECK_FALSE(content_length("Content-Length: -1"));
   CHECK_FALSE(content_length("Content-Length: 99999999999"));
   CHECK_FALSE(content_length("Content-Length: 999999999")); // above max_message_bytes
   CHECK_FALSE(content_length("Content-Type: x"));
}

TEST_CASE("lsp: framed messages are read from a stream, bad headers reported, not fatal")
{
   int fds[2];
   REQUIRE(pipe(fds) == 0);
   const std::string input = "Content-Length: 2\r\n\r\n{}"
                             "X: y\r\n\r\n"
                             "Content-Length: 3\r\nContent-Type: utf-8\r\n\r\n[1]";
   REQUIRE(write(fds[1], input.data(), input.size()) == static_cast<ssize_t>(input.size()));
   close(fds[1]);
   reader r(fds[0]);
   auto f = r.next();
   REQUIRE(f);
   CHECK(f->body == "{}");
   f = r.next();
   REQUIRE(f);
   CHECK(f->bad_header);
   f = r.next();
   REQUIRE(f);
   CHECK(f->body == "[1]");
   CHECK_FALSE(r.next());
   close(fds[0]);
}

TEST_CASE("lsp: every message gets an answer or none, never an exception")
{
   server s({});
   const auto one = [&](std::string_view body) {
      const std::vector<json> out = s.handle(body);
      return out.empty() ? json() : out.front();
   };
   CHECK(one("{")["error"]["code"] == parse_error);
   CHECK(one("[]").is_null()); // not a message: nothing to answer
   CHECK(one(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover"})")["error"]["code"] ==
         server_not_initialized);
   CHECK(one(R"({"jsonrpc":"2.0","id":2,"method":"initialize","params":{}})")["result"]
                                                                             ["capabilities"]
                                                                             ["hoverProvider"] ==
         true);
   CHECK(one(R"({"jsonrpc":"2.0","id":3,"method":"x/y"})")["error"]["code"] == method_not_found);
   CHECK(one(R"({"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":[]})")["error"]
                                                                                     ["code"] ==
         invalid_params);
   CHECK(one(R"({"jsonrpc":"2.0","id":5})")["error"]["code"] == invalid_request);
   // A position that is not a whole number (found by the fuzzer: 1e300 did not fit a size_t).
   one(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.ind","text":"modul x \"X\"\n"}}})");
   for (const char* at : {"1e300", "-1", "0.5", "\"3\""}) {
      const std::string request =
          std::string(
              R"({"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.ind"},"position":{"line":0,"character":)") +
          at + "}}}";
      CHECK(one(request)["error"]["code"] == invalid_params);
   }
   // A notification with bad parameters is dropped; the server goes on.
   CHECK(one(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":3}})")
             .is_null());
   CHECK(one(R"({"jsonrpc":"2.0","id":6,"method":"shutdown"})")["result"].is_null());
   CHECK_FALSE(s.exited());
   one(R"({"jsonrpc":"2.0","method":"exit"})");
   CHECK(s.exited());
   CHECK(s.exit_code() == 0);
}

TEST_CASE("lsp: an unsaved text is checked, and its diagnostics published once")
{
   server s({});
   s.handle(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})");
   s.handle(
       R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/%C3%A9.ind","version":3,"text":"instansi \"X\" renstra 2024..2026\nnilai a \"A\" = b\n"}}})");
   const std::vector<json> out = s.publish();
   REQUIRE(out.size() == 1);
   const json& p = out.front()["params"];
   CHECK(p["uri"] == "file:///tmp/%C3%A9.ind");
   CHECK(p["version"] == 3);
   REQUIRE(p["diagnostics"].size() == 1);
   CHECK(p["diagnostics"][0]["code"] == "E-NAMA");
   CHECK(p["diagnostics"][0]["range"] ==
         json::parse(R"({"start":{"line":1,"character":14},"end":{"line":1,"character":15}})"));
   CHECK(s.publish().empty()); // nothing changed since
   CHECK(path_of_uri("file:///tmp/%C3%A9%20x.ind") == "/tmp/\xC3\xA9 x.ind");
   CHECK(uri_of_path("/tmp/\xC3\xA9 x.ind") == "file:///tmp/%C3%A9%20x.ind");
}

TEST_CASE("lsp: a misspelt keyword gets a quick fix; a closed document's diagnostics are cleared")
{
   server s({});
   s.handle(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})");
   s.handle(
       R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/k.ind","version":1,"text":"instansi \"X\" renstra 2024..2026\nnilia a \"A\" = 1\n"}}})");
   const std::vector<json> published = s.publish();
   REQUIRE(published.size() == 1);
   CHECK(published[0]["params"]["diagnostics"][0]["code"] == "E-SINTAKS");
   const std::vector<json> out = s.handle(
       R"({"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///tmp/k.ind"},"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":0}},"context":{"diagnostics":[]}}})");
   REQUIRE(out.size() == 1);
   const json& edit = out[0]["result"][0]["edit"]["changes"]["file:///tmp/k.ind"][0];
   CHECK(edit["newText"] == "nilai");
   CHECK(edit["range"] ==
         json::parse(R"({"start":{"line":1,"character":0},"end":{"line":1,"character":5}})"));
   s.handle(
       R"({"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///tmp/k.ind"}}})");
   const std::vector<json> cleared = s.publish();
   REQUIRE(cleared.size() == 1);
   CHECK(cleared[0]["params"]["uri"] == "file:///tmp/k.ind");
   CHECK(cleared[0]["params"]["diagnostics"].empty());
}

namespace {

// A server with one document open, initialised.
std::vector<json> open_one(server& s, const std::string& text)
{
   s.handle(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})");
   const json open = {
       {"jsonrpc", "2.0"},
       {"method", "textDocument/didOpen"},
       {"params", {{"textDocument", {{"uri", "file:///tmp/f.ind"}, {"text", text}}}}}};
   s.handle(open.dump());
   return s.publish();
}

json request(server& s, const std::string& method, json params)
{
   params["textDocument"] = {{"uri", "file:///tmp/f.ind"}};
   const json message = {{"jsonrpc", "2.0"}, {"id", 9}, {"method", method}, {"params", params}};
   const std::vector<json> out = s.handle(message.dump());
   REQUIRE(out.size() == 1);
   return out.front().value("result", json());
}

} // namespace

TEST_CASE("lsp: formatting replaces the lines ind fmt changes, and only those")
{
   server s({});
   open_one(s, "instansi \"X\" renstra 2024..2026\n"
               "nilai a \"A\" = 1\n"
               "nilai  b   \"B\" =  jumlah( a;  2 )\n"
               "nilai c \"C\" = 15000000\n"
               "nilai d \"D\" = 3\n");
   const json edits = request(s, "textDocument/formatting", {{"options", json::object()}});
   REQUIRE(edits.size() == 1);
   CHECK(edits[0]["range"] ==
         json::parse(R"({"start":{"line":2,"character":0},"end":{"line":4,"character":0}})"));
   CHECK(edits[0]["newText"] == "nilai b \"B\" = jumlah(a; 2)\nnilai c \"C\" = 15.000.000\n");
}

TEST_CASE("lsp: formatting a change in the first line and a missing last newline")
{
   server s({});
   open_one(s, "instansi  \"X\" renstra 2024..2026\nnilai a \"A\" = 1\nnilai b \"B\" = 2");
   const json edits = request(s, "textDocument/formatting", {{"options", json::object()}});
   REQUIRE(edits.size() == 1);
   CHECK(edits[0]["range"] ==
         json::parse(R"({"start":{"line":0,"character":0},"end":{"line":2,"character":15}})"));
   CHECK(edits[0]["newText"] ==
         "instansi \"X\" renstra 2024..2026\nnilai a \"A\" = 1\nnilai b \"B\" = 2\n");
}

TEST_CASE("lsp: formatting a tidy text gives no edit, a text that does not parse none either")
{
   server tidy({});
   open_one(tidy, "instansi \"X\" renstra 2024..2026\nnilai a \"A\" = 1\n");
   CHECK(request(tidy, "textDocument/formatting", {{"options", json::object()}}) == json::array());
   server broken({});
   open_one(broken, "instansi \"X\" renstra 2024..2026\nnilai a \"A\" = (1\n");
   CHECK(request(broken, "textDocument/formatting", {{"options", json::object()}}).is_null());
}

TEST_CASE("lsp: at a key of pilih, the labels of the scale that classifies its subject")
{
   const std::string text = "instansi \"X\" renstra 2024..2026\n"
                            "skala s \"S\" {\n"
                            "  [50..~) \"Atas\"\n"
                            "  (~..50) \"Bawah\"\n"
                            "}\n"
                            "skala t \"T\" {\n"
                            "  [0..~) \"Lain\"\n"
                            "}\n"
                            "nilai k \"K\" = kelas(s; 70)\n"
                            "nilai n \"N\" =\n"
                            "  pilih k {\n"
                            "    \"Atas\": 1\n"
                            "    \n"
                            "    lainnya: 0\n"
                            "  }\n"
                            "nilai m \"M\" = pilih kelas(t; 1) { \"Lain\": 1  lainnya: 0 }\n"
                            "nilai p \"P\" = pilih 3 { 3: 1  lainnya: 0 }\n";
   server s({});
   const std::vector<json> published = open_one(s, text);
   REQUIRE(published.size() == 1);
   const auto labels = [&](std::size_t line, std::size_t character) {
      std::vector<std::string> out;
      const json items = request(s, "textDocument/completion",
                                 {{"position", {{"line", line}, {"character", character}}}});
      for (const json& i : items) {
         out.push_back(i["label"].get<std::string>());
      }
      return out;
   };
   // Through the value k = kelas(s; 70).
   CHECK(labels(12, 4) == std::vector<std::string>{"\"Atas\"", "\"Bawah\"", "lainnya"});
   // kelas(t; 1) written as the subject, the cursor in a key on the same line.
   CHECK(labels(15, 35) == std::vector<std::string>{"\"Lain\""});
   // A number is classified by no scale: no labels, only lainnya.
   CHECK(labels(16, 25) == std::vector<std::string>{"lainnya"});
   // At the value of an arm, and outside any pilih: no labels.
   const std::vector<std::string> value = labels(11, 12);
   CHECK(std::find(value.begin(), value.end(), "\"Atas\"") == value.end());
   CHECK(std::find(value.begin(), value.end(), "k") != value.end());
   const std::vector<std::string> outside = labels(4, 1);
   CHECK(std::find(outside.begin(), outside.end(), "\"Atas\"") == outside.end());
}
