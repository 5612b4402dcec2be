// The printer (`ind fmt`): the canonical layout of each construct, idempotence, and that tokens
// and comments come out as they went in.
#include "lang/print.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ind::lang;

namespace {

std::string formatted(const std::string& text)
{
   const source_file file("uji.ind", text);
   const std::optional<std::string> out = format_source(file);
   REQUIRE(out.has_value());
   // Idempotent, and the same tokens and comments.
   const source_file again("uji.ind", *out);
   CHECK(format_source(again) == out);
   const auto before = content_of(file);
   const auto after = content_of(again);
   REQUIRE(before.has_value());
   REQUIRE(after.has_value());
   CHECK(before->tokens == after->tokens);
   CHECK(before->comments == after->comments);
   return *out;
}

} // namespace

TEST_CASE("print: indentation by block and continuation, spaces around operators")
{
   CHECK(formatted("instansi \"X\"   renstra 2024 .. 2026\n"
                   "nilai a \"A\"=1+2*(3-4)/5 bulat 2\n"
                   "indikator i \"I\" {\n"
                   "tingkat tujuan;satuan indeks ;arah naik\n"
                   "      rumus rata( a ;-a )\n"
                   "         + 1\n"
                   "target 2024:1\n"
                   "}\n") == "instansi \"X\" renstra 2024..2026\n"
                             "nilai a \"A\" = 1 + 2 * (3 - 4) / 5 bulat 2\n"
                             "\n"
                             "indikator i \"I\" {\n"
                             "  tingkat tujuan; satuan indeks; arah naik\n"
                             "  rumus rata(a; -a)\n"
                             "    + 1\n"
                             "  target 2024: 1\n"
                             "}\n");
}

TEST_CASE("print: a declaration starts a line; '{' stays on the line it opens")
{
   CHECK(formatted("pakai capaian nilai a = 1   nilai b = 2\n"
                   "skala s \"S\"\n{ [0..~) \"Ada\" }\n") ==
         "pakai capaian\nnilai a = 1\nnilai b = 2\nskala s \"S\" { [0..~) \"Ada\" }\n");
}

TEST_CASE("print: a rule's body and clauses one level in; parentheses indent what they hold")
{
   CHECK(formatted("aturan f(a;b) \"F\" =\n"
                   "      min(a\n"
                   "            + b;\n"
                   "  10)\n"
                   "dasar \"D\"\n"
                   "status asumsi\n") == "aturan f(a; b) \"F\" =\n"
                                         "  min(a\n"
                                         "    + b;\n"
                                         "    10)\n"
                                         "  dasar \"D\"\n"
                                         "  status asumsi\n");
}

TEST_CASE("print: a blank line around declarations whose block spans lines, above their comments")
{
   CHECK(formatted("nilai a = 1\n"
                   "nilai b = 2\n"
                   "// tentang t\n"
                   "tabel t \"t.csv\" {\n"
                   "  kolom x teks\n"
                   "}\n"
                   "tabel u \"u.csv\" { kolom y teks }\n"
                   "nilai c = 3\n") == "nilai a = 1\n"
                                       "nilai b = 2\n"
                                       "\n"
                                       "// tentang t\n"
                                       "tabel t \"t.csv\" {\n"
                                       "  kolom x teks\n"
                                       "}\n"
                                       "\n"
                                       "tabel u \"u.csv\" { kolom y teks }\n"
                                       "nilai c = 3\n");
}

TEST_CASE("print: bands of a scale line up, labels and descriptions")
{
   CHECK(formatted("skala s \"S\" {\n"
                   "  ranah [ 0 .. 100 ]\n"
                   "  ( 90 ..100] \"AA\"  \"Sangat memuaskan\"\n"
                   "  [0..90] \"B\" \"Baik\"\n"
                   "  (~..0)   \"C\"\n"
                   "  dasar \"x\"\n"
                   "}\n") == "skala s \"S\" {\n"
                             "  ranah [0..100]\n"
                             "  (90..100] \"AA\" \"Sangat memuaskan\"\n"
                             "  [0..90]   \"B\"  \"Baik\"\n"
                             "  (~..0)    \"C\"\n"
                             "  dasar \"x\"\n"
                             "}\n");
}

TEST_CASE("print: target entries two spaces apart, in columns over consecutive target lines")
{
   CHECK(formatted("indikator i \"I\" {\n"
                   "  target 2024-TW1: 40 2024-TW2:60; 2024: 200\n"
                   "  target 2025: 1 2026: 2\n"
                   "  arah naik\n"
                   "  target 2027: 3\n"
                   "}\n") == "indikator i \"I\" {\n"
                             "  target 2024-TW1: 40  2024-TW2: 60; 2024: 200\n"
                             "  target 2025: 1       2026: 2\n"
                             "  arah naik\n"
                             "  target 2027: 3\n"
                             "}\n");
}

TEST_CASE("print: comments stay where they belong")
{
   CHECK(formatted("   // kepala berkas   \n"
                   "\n\n\n"
                   "tabel t \"t.csv\" {   // pembuka\n"
                   "\n"
                   "  // sebelum kolom\n"
                   "      kolom a teks // a\n"
                   "  kolom panjang_sekali teks  // b\n"
                   "\n"
                   "  // penutup\n"
                   "\n"
                   "}\n"
                   "// akhir\n") == "// kepala berkas\n"
                                    "\n"
                                    "tabel t \"t.csv\" {  // pembuka\n"
                                    "  // sebelum kolom\n"
                                    "  kolom a teks               // a\n"
                                    "  kolom panjang_sekali teks  // b\n"
                                    "\n"
                                    "  // penutup\n"
                                    "}\n"
                                    "// akhir\n");
}

TEST_CASE("print: pilih arms inside a continued formula, and the examples of a module")
{
   CHECK(formatted("modul m\n"
                   "aturan k(p) \"K\" =\n"
                   "pilih p {\n"
                   "\"S3\", \"S2\" : 25\n"
                   "lainnya : 1\n"
                   "}\n"
                   "contoh \"c\" periode 2024 {\n"
                   "andaikan x=1\n"
                   "k(\"S3\")=25\n"
                   "tidak(1>2)\n"
                   "}\n") == "modul m\n"
                             "\n"
                             "aturan k(p) \"K\" =\n"
                             "  pilih p {\n"
                             "    \"S3\", \"S2\": 25\n"
                             "    lainnya: 1\n"
                             "  }\n"
                             "\n"
                             "contoh \"c\" periode 2024 {\n"
                             "  andaikan x = 1\n"
                             "  k(\"S3\") = 25\n"
                             "  tidak (1 > 2)\n"
                             "}\n");
}

TEST_CASE("print: whole numbers of five digits or more grouped by thousands, nothing else")
{
   CHECK(formatted("nilai a = 14289814108 + 12345,50 + 1.000 + 1000 + 99999% + -12345\n"
                   "nilai b = 123456 bulat 12\n") ==
         "nilai a = 14.289.814.108 + 12.345,50 + 1.000 + 1000 + 99.999% + -12.345\n"
         "nilai b = 123.456 bulat 12\n");
}

TEST_CASE("print: line ends, trailing space, byte order mark, empty files")
{
   CHECK(formatted("nilai a = 1   \r\n\r\n\r\n\r\nnilai b = 2") == "nilai a = 1\n\nnilai b = 2\n");
   CHECK(formatted("\xEF\xBB\xBFnilai a = 1\n") == "\xEF\xBB\xBFnilai a = 1\n");
   CHECK(formatted("") == "");
   CHECK(formatted("\n\n  \n") == "");
   CHECK(formatted("// hanya komentar  \n\n\n// dua\n") == "// hanya komentar\n\n// dua\n");
}

TEST_CASE("print: text the parser refuses gets no layout")
{
   const source_file broken("uji.ind", "indikator x \"X\" {\n  arah naik\n");
   CHECK_FALSE(format_source(broken).has_value());
   CHECK_FALSE(content_of(broken).has_value());
   const source_file upper("uji.ind", "nilai A = 1\n");
   CHECK_FALSE(format_source(upper).has_value());
}

TEST_CASE("print: every rule file of the tree is idempotent and keeps its tokens and comments")
{
   std::size_t files = 0;
   for (const char* tree : {"stdlib", "rules", "examples"}) {
      for (const auto& entry :
           std::filesystem::recursive_directory_iterator(std::filesystem::path(IND_SOURCE_DIR) / tree)) {
         if (entry.path().extension() != ".ind") {
            continue;
         }
         std::ifstream in(entry.path(), std::ios::binary);
         std::stringstream text;
         text << in.rdbuf();
         CAPTURE(entry.path().string());
         formatted(text.str());
         ++files;
      }
   }
   CHECK(files >= 10);
}
