// The parser: the AST it builds, the spans it keeps, and the one syntax error it reports.
#include "lang/limits.hpp"
#include "lang/parser.hpp"
#include "lang/program.hpp"

#include <doctest/doctest.h>

using namespace ind::lang;

namespace {

struct parsed
{
   source_manager sources;
   diagnostic_sink sink;
   ast::module module;
};

std::unique_ptr<parsed> parse_text(const std::string& text, parse_mode mode = parse_mode::whole)
{
   auto p = std::make_unique<parsed>();
   p->module = parse(p->sources.add("uji.ind", text), p->sink, mode);
   return p;
}

} // namespace

TEST_CASE("parser: header, indicator fields and Indonesian numbers")
{
   auto p = parse_text(R"(instansi "BKPSDM Kabupaten Pasuruan" renstra 2024..2026
indikator ip_asn "Indeks Profesionalitas ASN" {
  tingkat tujuan; satuan indeks; arah naik
  rumus rata(ip_asn_pns; ip_asn_pppk) bulat 2
  target 2024: 71,17  2025: 77,34  2026: 14.289.814.108
  capaian bulat 1
  predikat rentang_capaian
  anggaran "B", "C"
  efisiensi bulat 0
}
)");
   REQUIRE(p->sink.error_count() == 0);
   REQUIRE(p->module.head);
   CHECK(p->module.head->title == "BKPSDM Kabupaten Pasuruan");
   CHECK(*p->module.head->renstra_from == 2024);
   CHECK(*p->module.head->renstra_to == 2026);
   REQUIRE(p->module.declarations.size() == 1);
   const auto& ind = std::get<ast::indicator_decl>(p->module.declarations[0]);
   CHECK(ind.name.text == "ip_asn");
   CHECK(*ind.level == ast::indicator_level::tujuan);
   CHECK(ind.unit == "indeks");
   CHECK(*ind.value->places == 2);
   REQUIRE(ind.targets.size() == 3);
   CHECK(ind.targets[0].period == "2024");
   CHECK(ind.targets[0].value.canonical == "71.17");
   CHECK(ind.targets[2].value.canonical == "14289814108");
   CHECK(!ind.achievement->formula);
   CHECK(*ind.achievement->places == 1);
   CHECK(ind.budget_codes == std::vector<std::string>{"B", "C"});
   CHECK(*ind.efficiency->places == 0);
   const auto& call = std::get<ast::call>(ind.value->formula->node);
   CHECK(call.callee.joined() == "rata");
   CHECK(call.args.size() == 2);
   CHECK(ind.value->formula->where.text() == "rata(ip_asn_pns; ip_asn_pppk)");
}

TEST_CASE("parser: operator precedence and associativity")
{
   auto p = parse_text("nilai x = 1 - 2 - 3 * 4 / 5\n");
   REQUIRE(p->sink.error_count() == 0);
   const auto& v = std::get<ast::value_decl>(p->module.declarations[0]);
   // ((1 - 2) - ((3 * 4) / 5))
   const auto& top = std::get<ast::binary>(v.value->node);
   CHECK(top.op == ast::binary_op::subtract);
   CHECK(top.lhs->where.text() == "1 - 2");
   CHECK(top.rhs->where.text() == "3 * 4 / 5");
   const auto& right = std::get<ast::binary>(top.rhs->node);
   CHECK(right.op == ast::binary_op::divide);
   CHECK(right.lhs->where.text() == "3 * 4");
}

// A formula quoted from its span (explain, the audit's rule) keeps the parentheses of its first
// and last operands.
TEST_CASE("parser: a binary expression's span includes its operands' parentheses")
{
   auto p = parse_text("nilai x = (a + b) / 2 bulat 2\nnilai y = 2 * (a - b)\n");
   REQUIRE(p->sink.error_count() == 0);
   const auto& x = std::get<ast::value_decl>(p->module.declarations[0]);
   CHECK(x.value->where.text() == "(a + b) / 2");
   CHECK(std::get<ast::binary>(x.value->node).lhs->where.text() == "a + b");
   const auto& y = std::get<ast::value_decl>(p->module.declarations[1]);
   CHECK(y.value->where.text() == "2 * (a - b)");
}

TEST_CASE("parser: scales keep open and closed bounds")
{
   auto p = parse_text(R"(skala s "S" {
  (90..100] "AA" "Sangat Memuaskan"
  [0..30]   "D"
  (~..55)   "Kurang"
  dasar "PermenPANRB 88/2021"
  status bacaan_praktisi
})");
   REQUIRE(p->sink.error_count() == 0);
   const auto& s = std::get<ast::scale_decl>(p->module.declarations[0]);
   REQUIRE(s.bands.size() == 3);
   CHECK_FALSE(s.bands[0].lower.closed);
   CHECK(s.bands[0].upper.closed);
   CHECK(*s.bands[0].lower.canonical == "90");
   CHECK(s.bands[0].description == "Sangat Memuaskan");
   CHECK(s.bands[1].lower.closed);
   CHECK_FALSE(s.bands[2].lower.canonical);
   CHECK(s.info.citations.at(0).text == "PermenPANRB 88/2021");
   CHECK(s.info.status == ast::source_status::practitioner_reading);
}

TEST_CASE("parser: comments above a declaration document it")
{
   auto p = parse_text("// Rumus IP ASN (Bab III)\n// per jenis ASN\nnilai x = 1\n\n// lepas\n\nnilai y = 2\n");
   REQUIRE(p->sink.error_count() == 0);
   CHECK(std::get<ast::value_decl>(p->module.declarations[0]).info.doc ==
         std::vector<std::string>{" Rumus IP ASN (Bab III)", " per jenis ASN"});
   CHECK(std::get<ast::value_decl>(p->module.declarations[1]).info.doc.empty());
   CHECK(p->module.comments.size() == 3);
}

TEST_CASE("parser: comment scanning skips strings")
{
   source_manager sources;
   const auto comments = scan_comments(sources.add("x.ind", "x \"a // b\" // nyata\n"));
   REQUIRE(comments.size() == 1);
   CHECK(comments[0].text == " nyata");
}

TEST_CASE("parser: syntax errors point at the offending character")
{
   struct bad_case
   {
      const char* text;
      std::size_t line;
      std::size_t column;
      const char* message_start;
   };
   const bad_case cases[] = {
      {"nilai x = 77.32\n", 1, 13, "tanda desimal"},
      {"nilai x = rata(a, b)\n", 1, 17, "diharapkan ';' atau ')'"},
      {"nilai x = (1 + 2\n", 2, 1, "diharapkan ')'"},
      {"nilai x = \"teks\n", 1, 16, "teks tidak ditutup"},
      {"nilai X = 1\n", 1, 7, "diharapkan nama"},
      {"nilai ipAsn = 1\n", 1, 9, "nama hanya boleh"},
      {"indikatr x \"X\" {}\n", 1, 1, "diharapkan deklarasi"},
      {"skala s { [85, 100) \"x\" }\n", 1, 14, "diharapkan '..'"},
      {"nilai x = jika a maka b\n", 2, 1, "diharapkan 'lain'"},
   };
   for (const bad_case& c : cases) {
      CAPTURE(c.text);
      auto p = parse_text(c.text);
      const auto all = p->sink.sorted();
      REQUIRE(all.size() == 1);
      CHECK(all[0].code == "E-SINTAKS");
      CHECK(all[0].at.line_number() == c.line);
      CHECK(all[0].at.column_number() == c.column);
      CHECK(all[0].message.rfind(c.message_start, 0) == 0);
   }
}

TEST_CASE("parser: a misspelt keyword gets a suggestion")
{
   auto p = parse_text("indikatr x \"X\" {}\n");
   CHECK(p->sink.sorted().at(0).hint == "mungkin maksud Anda 'indikator'");
   auto q = parse_text("indikator x \"X\" {\n  taget 2024: 1\n}\n");
   CHECK(q->sink.sorted().at(0).hint == "mungkin maksud Anda 'target'");
}

TEST_CASE("limits: nesting deeper than the limit is refused, not a stack overflow")
{
   for (std::size_t depth : {std::size_t{150}, std::size_t{100000}}) {
      CAPTURE(depth);
      const std::string text =
         "nilai x = " + std::string(depth, '(') + "1" + std::string(depth, ')') + "\n";
      auto p = parse_text(text);
      if (depth < 200) {
         CHECK(p->sink.error_count() == 0);
      }
      else {
         REQUIRE(p->sink.error_count() == 1);
         CHECK(p->sink.sorted()[0].message.find("terlalu dalam") != std::string::npos);
      }
   }
   auto minus = parse_text("nilai x = " + std::string(50000, '-') + "1\n");
   CHECK(minus->sink.error_count() == 1);
   std::string nots = "nilai x = ";
   for (int i = 0; i < 50000; ++i) {
      nots += "tidak ";
   }
   auto negations = parse_text(nots + "benar\n");
   CHECK(negations->sink.error_count() == 1);
}

TEST_CASE("parser: derived columns and grouped aggregates")
{
   auto p = parse_text(R"(tabel roster "roster.csv" {
  kolom jenis teks
  kolom jp bulat
  kolom porsi = min(jp; 20) / 20 bulat 2
  kolom unit teks "Unit Kerja"
}
nilai per_jenis = rata(roster.porsi dengan jp > 0 menurut roster.jenis, roster.unit) bulat 2
)");
   REQUIRE(p->sink.sorted().empty());
   const auto& t = std::get<ast::table_decl>(p->module.declarations[0]);
   REQUIRE(t.columns.size() == 4);
   CHECK_FALSE(t.columns[0].formula);
   CHECK(t.columns[1].type == ast::column_type::integer);
   REQUIRE(t.columns[2].formula);
   CHECK(t.columns[2].name.text == "porsi");
   CHECK(t.columns[2].places == 2);
   CHECK(t.columns[2].formula->where.text() == "min(jp; 20) / 20");
   CHECK(t.columns[3].header == "Unit Kerja");
   const auto& v = std::get<ast::value_decl>(p->module.declarations[1]);
   const auto& call = std::get<ast::call>(v.value->node);
   REQUIRE(call.args.size() == 1);
   CHECK(call.args[0].filter);
   REQUIRE(call.args[0].group_by.size() == 2);
   CHECK(call.args[0].group_by[1]->where.text() == "roster.unit");
}

TEST_CASE("parser: a column without a type or formula says what may follow its name")
{
   auto p = parse_text("tabel t \"t.csv\" { kolom skor }\n");
   const auto all = p->sink.sorted();
   REQUIRE(all.size() == 1);
   CHECK(all[0].message == "diharapkan jenis kolom atau '=' dan rumus kolom turunan");
   auto q = parse_text("tabel t \"t.csv\" { kolom skor = }\n");
   REQUIRE(q->sink.sorted().size() == 1);
   CHECK(q->sink.sorted()[0].message.rfind("diharapkan rumus kolom turunan", 0) == 0);
}

TEST_CASE("parser: a formula's tree is at most limits::max_expression_depth levels deep")
{
   const auto chain = [](std::size_t terms) {
      std::string text = "instansi \"Uji\"\nnilai a = 1";
      for (std::size_t i = 1; i < terms; ++i) {
         text += " + 1";
      }
      return text + "\n";
   };
   auto fits = parse_text(chain(limits::max_expression_depth));
   CHECK(fits->sink.error_count() == 0);
   const auto& value = std::get<ast::value_decl>(fits->module.declarations[0]);
   CHECK(value.value->depth == limits::max_expression_depth);

   auto deep = parse_text(chain(limits::max_expression_depth + 1));
   REQUIRE(deep->sink.error_count() == 1);
   const diagnostic d = deep->sink.sorted()[0];
   CHECK(d.code == "E-BATAS");
   // At the operand that makes the chain too deep: 2 + 4 * 256 characters into the line.
   CHECK(d.at.column_number() == 11 + 4 * limits::max_expression_depth);
   // A chain of any length costs one placeholder, not a deep tree.
   auto huge = parse_text(chain(100000));
   CHECK(huge->sink.error_count() == 1);
}

TEST_CASE("parser: a module that another file uses is read without the bodies of its examples")
{
   // The body holds what only the example grammar accepts, braces inside a string and a comment,
   // and a nested block; a used module passes over all of it.
   const std::string text = R"(modul m "M"
tetapan a = 1
contoh "kurung dalam teks dan komentar" periode 2024 {
  andaikan a = 2
  pilih("}"; { "x": 1 }) = 1 // }
  a = 2
}
tetapan b = 2)";
   auto used = parse_text(text, parse_mode::used_module);
   CHECK(used->sink.error_count() == 0);
   REQUIRE(used->module.declarations.size() == 2);
   CHECK(std::holds_alternative<ast::constant_decl>(used->module.declarations[1]));

   auto whole = parse_text(text);
   CHECK(whole->sink.error_count() == 1); // the body is not a valid example
   CHECK(whole->sink.sorted()[0].code == "E-SINTAKS");

   auto open = parse_text("modul m \"M\"\ncontoh \"x\" {\n  a = \"{\"\n", parse_mode::used_module);
   REQUIRE(open->sink.error_count() == 1);
   const diagnostic d = open->sink.sorted()[0];
   CHECK(d.code == "E-SINTAKS");
   CHECK(d.message == "isi contoh harus diapit '{' dan '}' yang berpasangan");
   CHECK(d.at.line_number() == 4); // where the closing brace was still awaited
   CHECK(d.at.column_number() == 1);

   // Braces nested past the limit of formulas stop the reading instead of the native stack.
   const std::string deep = "modul m \"M\"\ncontoh \"x\" " + std::string(100000, '{') +
                            std::string(100000, '}') + "\n";
   auto nested = parse_text(deep, parse_mode::used_module);
   REQUIRE(nested->sink.error_count() == 1);
   CHECK(nested->sink.sorted()[0].message.rfind("ekspresi bersarang terlalu dalam", 0) == 0);
   // The example's own braces, then max_nesting levels inside them.
   CHECK(nested->sink.sorted()[0].at.column_number() == 12 + limits::max_nesting + 1);
}

TEST_CASE("parser: lembar names the workbook sheet of each kind of data declaration")
{
   auto p = parse_text(R"(instansi "Contoh"
tabel pegawai "pegawai.csv" lembar "Data Pegawai" "Jumlah ASN" { kolom unit teks }
realisasi "realisasi.csv" lembar "Realisasi 2024" titik
anggaran "anggaran.csv" lembar "DPA" { serapan bulat 2 }
tercetak "tercetak.csv"
)");
   REQUIRE(p->sink.error_count() == 0);
   const auto& decls = p->module.declarations;
   REQUIRE(decls.size() == 4);
   const auto& t = std::get<ast::table_decl>(decls[0]);
   REQUIRE(t.sheet);
   CHECK(t.sheet->name == "Data Pegawai");
   CHECK(t.sheet->where.text() == "\"Data Pegawai\"");
   CHECK(t.title == "Jumlah ASN");
   const auto& r = std::get<ast::realisasi_decl>(decls[1]);
   CHECK(r.sheet->name == "Realisasi 2024");
   CHECK(r.style == ast::number_style::point_decimal);
   const auto& b = std::get<ast::budget_decl>(decls[2]);
   CHECK(b.sheet->name == "DPA");
   CHECK(b.absorption_places == 2);
   const auto& printed = std::get<ast::printed_decl>(decls[3]);
   CHECK_FALSE(printed.sheet);
   // The sheet read: the named one, else the file's name without .csv (any case of .CSV).
   CHECK(sheet_of(t.file, t.sheet) == "Data Pegawai");
   CHECK(sheet_of(printed.file, printed.sheet) == "tercetak");
   CHECK(sheet_of("Data/Realisasi.CSV", std::nullopt) == "Realisasi");
   CHECK(sheet_of("skor.txt", std::nullopt) == "skor.txt");
}

TEST_CASE("parser: a sheet name Excel refuses is an error where it is written")
{
   for (const char* name :
        {"", "Skor Indeks Profesionalitas ASN 24", "Skor/2024", "A[1]", "'Skor"}) {
      auto p = parse_text(std::string("instansi \"Contoh\"\nrealisasi \"r.csv\" lembar \"") + name +
                          "\"\n");
      CHECK_MESSAGE(p->sink.error_count() == 1, name);
   }
   // 31 characters, not ASCII ones among them, is allowed.
   auto p = parse_text(
      "instansi \"Contoh\"\nrealisasi \"r.csv\" lembar \"Realisasi — capaian triwulan I\"\n");
   CHECK(p->sink.error_count() == 0);
}
