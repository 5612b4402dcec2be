// Source files: reading them whole within a limit, and telling UTF-8 text from other encodings.
#include "lang/diagnostic.hpp"
#include "lang/source.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace ind::lang;

TEST_CASE("source: invalid_utf8 finds the first byte that is not part of a UTF-8 sequence")
{
   constexpr auto none = std::string_view::npos;
   CHECK(invalid_utf8("") == none);
   CHECK(invalid_utf8("IP ASN 77,32 dan rata-rata yang cukup panjang") == none);
   // × ≤ 📈
   CHECK(invalid_utf8("Rp 1.000 \xC3\x97 2 \xE2\x89\xA4 3 \xF0\x9F\x93\x88") == none);
   CHECK(invalid_utf8("caf\xE9") == 3);                         // Latin-1 é
   CHECK(invalid_utf8("Pegawai \x93Kontrak\x94") == 8);         // Windows-1252 quotes
   CHECK(invalid_utf8("abcdefgh\xC3") == 8);                    // cut short after a lead byte
   CHECK(invalid_utf8("\xC0\xAF") == 0);                        // overlong '/'
   CHECK(invalid_utf8("\xE0\x80\xAF") == 0);                    // overlong, three bytes
   CHECK(invalid_utf8("\xED\xA0\x80") == 0);                    // a surrogate
   CHECK(invalid_utf8("\xF4\x90\x80\x80") == 0);                // above U+10FFFF
   CHECK(invalid_utf8("a\x80") == 1);                           // a lone continuation byte
   CHECK(invalid_utf8("\xE2\x89") == 0);
}

TEST_CASE("source: printable_utf8 shows each byte that is not text as U+FFFD")
{
   CHECK(printable_utf8("caf\xE9 \xC3\x97") == "caf\xEF\xBF\xBD \xC3\x97");
   CHECK(invalid_utf8(printable_utf8("\xC0\xAF\xF4\x90\x80\x80x")) == std::string_view::npos);
   CHECK(byte_text('\xE9') == "byte 0xE9");
}

TEST_CASE("source: a file larger than the limit is not read further")
{
   source_manager sources;
   std::string error;
   CHECK(sources.load("/dev/zero", error, 100 * 1024) == nullptr);
   CHECK(error == "berkas lebih dari 100 KB");
   CHECK(sources.load("/dev/zero", error, 2 * 1024 * 1024) == nullptr);
   CHECK(error == "berkas lebih dari 2 MB");
   CHECK(sources.load("/nonexistent/aturan.ind", error) == nullptr);
   CHECK(error == "berkas tidak dapat dibuka");
}

TEST_CASE("diagnostic: a long line is shown as a window cut between characters")
{
   // Multiplication signs (two bytes each) on both sides of every possible cut.
   std::string line = "nilai a = 1";
   for (int i = 0; i < 120; ++i) {
      line += " \xC3\x97 1";
   }
   source_manager sources;
   const source_file& file = sources.add("uji.ind", line + "\n");
   for (std::uint32_t at = 0; at < line.size(); at += 7) {
      diagnostic_sink sink;
      sink.error("E-UJI", span{&file, at, at + 1}, "pesan");
      std::ostringstream out;
      render(out, sink, {});
      CHECK(invalid_utf8(out.str()) == std::string_view::npos);
   }
}

TEST_CASE("source: printable_text shows control characters escaped")
{
   CHECK(printable_text("Contoh \x1b[31mMERAH") == "Contoh \\x1b[31mMERAH");
   CHECK(printable_text("a\nx.ind:1:1: error") == "a\\nx.ind:1:1: error");
   CHECK(printable_text("a\tb\r\x7f") == "a\\tb\\r\\x7f");
   CHECK(printable_text("a\tb", true) == "a\tb");
   CHECK(printable_text("\xC2\x9B" "2J") == "\\u009b2J"); // C1 CSI
   CHECK(printable_text("\xC2\xA0 \xC3\x97 caf\xE9") == "\xC2\xA0 \xC3\x97 caf\xEF\xBF\xBD");
   CHECK(printable_text("C:\\data") == "C:\\data");
}
