#include "lang/limits.hpp"
#include "runtime/data/data_files.hpp"
#include "runtime/data/xlsx.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

namespace xlsx = ind::rt::xlsx;
namespace fs = std::filesystem;

namespace {

constexpr const char* main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A zip archive of `parts`, written with libzip into memory.
std::string zip_of(const std::map<std::string, std::string>& parts)
{
   const fs::path path = fs::temp_directory_path() / ("ind-xlsx-" + std::to_string(::getpid()) + ".zip");
   int error = 0;
   zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
   REQUIRE(z);
   for (const auto& [name, text] : parts) {
      zip_source_t* s = zip_source_buffer(z, text.data(), text.size(), 0);
      REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
   }
   REQUIRE(zip_close(z) == 0);
   std::ifstream in(path, std::ios::binary);
   std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
   fs::remove(path);
   return bytes;
}

// A workbook of sheets given as their <sheetData> content, with shared strings and cell styles.
std::string book(const std::vector<std::pair<std::string, std::string>>& sheets,
                 const std::string& shared = "", const std::string& styles = "")
{
   std::map<std::string, std::string> parts;
   std::string list, rels;
   for (std::size_t i = 0; i < sheets.size(); ++i) {
      const std::string n = std::to_string(i + 1);
      list += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
      rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel_ns +
              "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
      parts["xl/worksheets/sheet" + n + ".xml"] = std::string("<worksheet xmlns=\"") + main_ns +
                                                   "\"><sheetData>" + sheets[i].second +
                                                   "</sheetData></worksheet>";
   }
   if (!shared.empty()) {
      rels += std::string("<Relationship Id=\"rS\" Type=\"") + rel_ns +
              "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
      parts["xl/sharedStrings.xml"] = std::string("<sst xmlns=\"") + main_ns + "\">" + shared + "</sst>";
   }
   if (!styles.empty()) {
      rels += std::string("<Relationship Id=\"rT\" Type=\"") + rel_ns +
              "/styles\" Target=\"/xl/styles.xml\"/>";
      parts["xl/styles.xml"] = std::string("<styleSheet xmlns=\"") + main_ns + "\">" + styles +
                               "</styleSheet>";
   }
   parts["xl/workbook.xml"] = std::string("<workbook xmlns=\"") + main_ns + "\" xmlns:r=\"" +
                              rel_ns + "\"><sheets>" + list + "</sheets></workbook>";
   parts["xl/_rels/workbook.xml.rels"] =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
      rels + "</Relationships>";
   return zip_of(parts);
}

std::vector<std::string> texts(const xlsx::sheet& s)
{
   std::vector<std::string> out;
   for (const xlsx::cell& c : s.cells) {
      out.push_back(ind::lang::cell_name(c.row, c.column) + "=" + c.text);
   }
   return out;
}

} // namespace

TEST_CASE("xlsx: a number is read from its stored text as the cell shows it in full")
{
   CHECK(xlsx::shown_number("77.32", false) == "77.32");
   CHECK(xlsx::shown_number("77.319999999999993", false) == "77.32");
   CHECK(xlsx::shown_number("7.7319999999999993E1", false) == "77.32");
   CHECK(xlsx::shown_number("0.30000000000000004", false) == "0.3");
   CHECK(xlsx::shown_number("-1E-3", false) == "-0.001");
   CHECK(xlsx::shown_number("14289814108", false) == "14289814108");
   CHECK(xlsx::shown_number("1E+20", false) == "100000000000000000000");
   CHECK(xlsx::shown_number("9.9999999999999999E2", false) == "1000");
   CHECK(xlsx::shown_number("123456789012345678", false) == "123456789012346000");
   CHECK(xlsx::shown_number("-0", false) == "0");
   CHECK(xlsx::shown_number("0.3", true) == "30");
   CHECK(xlsx::shown_number("0.0775", true) == "7.75");
   CHECK(xlsx::shown_number("1.0860000000000001", true) == "108.6");
   CHECK_FALSE(xlsx::shown_number("abc", false));
   CHECK_FALSE(xlsx::shown_number("1,5", false));
   CHECK_FALSE(xlsx::shown_number("1E999", false));
   CHECK_FALSE(xlsx::shown_number("", false));
}

TEST_CASE("xlsx: shared and inline texts, numbers, percentages, booleans, errors, formulas")
{
   const std::string shared = "<si><t>ip_asn</t></si>"
                              "<si><r><t>Sangat </t></r><r><t>Baik</t></r><rPh><t>x</t></rPh></si>";
   const std::string styles = "<numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
                              "<numFmt numFmtId=\"165\" formatCode=\"&quot;Rp&quot; #,##0\"/></numFmts>"
                              "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
                              "<xf numFmtId=\"14\"/></cellXfs>";
   const std::string data =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"inlineStr\"><is><t>  teks  </t></is></c></row>"
      "<row r=\"3\"><c r=\"A3\"><v>7.7319999999999993E1</v></c><c r=\"B3\" s=\"1\"><v>1.0860000000000001</v></c>"
      "<c r=\"C3\" s=\"2\"><v>14289814108</v></c><c r=\"D3\" t=\"b\"><v>1</v></c>"
      "<c r=\"E3\" t=\"e\"><v>#N/A</v></c><c r=\"F3\"><f>A3*2</f><v>154.64</v></c>"
      "<c r=\"G3\" s=\"1\"/></row>";
   xlsx::problem why;
   const auto wb = xlsx::workbook::open(book({{"Data", data}, {"kosong", ""}}, shared, styles), why);
   REQUIRE(wb);
   CHECK(wb->sheet_names() == std::vector<std::string>{"Data", "kosong"});
   const auto s = wb->read("data", why); // compared without regard to case
   REQUIRE(s);
   CHECK(s->name == "Data");
   CHECK(texts(*s) == std::vector<std::string>{"A1=ip_asn", "B1=Sangat Baik", "C1=  teks  ",
                                               "A3=77.32", "B3=108.6%", "C3=14289814108",
                                               "D3=BENAR", "E3=#N/A", "F3=154.64"});
   CHECK(s->cells[3].type == xlsx::cell::kind::number);
   CHECK(s->cells[0].type == xlsx::cell::kind::text);
   CHECK(s->cells[6].type == xlsx::cell::kind::boolean);

   SUBCASE("a missing sheet lists the sheets present")
   {
      CHECK_FALSE(wb->read("realisasi", why));
      CHECK(why.message == "buku kerja tidak punya lembar 'realisasi'");
      CHECK(why.hint == "lembar yang ada: Data, kosong");
   }
   SUBCASE("a date is refused at its cell")
   {
      const auto dated = xlsx::workbook::open(
         book({{"t", "<row r=\"2\"><c r=\"B2\" s=\"3\"><v>45292</v></c></row>"}}, "", styles), why);
      REQUIRE(dated);
      CHECK_FALSE(dated->read("t", why));
      CHECK(why.sheet == "t");
      CHECK(why.row == 2);
      CHECK(why.column == 2);
      CHECK(why.message == "sel berisi tanggal, yang tidak dibaca");
   }
   SUBCASE("a formula without a stored value is refused at its cell")
   {
      const auto formula =
         xlsx::workbook::open(book({{"t", "<row r=\"14\"><c r=\"B14\"><f>1+1</f></c></row>"}}), why);
      REQUIRE(formula);
      CHECK_FALSE(formula->read("t", why));
      CHECK(ind::lang::cell_name(why.row, why.column) == "B14");
      CHECK(why.message == "sel berumus tanpa nilai tersimpan");
   }
   SUBCASE("a shared string that does not exist")
   {
      const auto bad =
         xlsx::workbook::open(book({{"t", "<row><c t=\"s\"><v>5</v></c></row>"}}, shared), why);
      REQUIRE(bad);
      CHECK_FALSE(bad->read("t", why));
      CHECK(ind::lang::cell_name(why.row, why.column) == "A1");
   }
}

TEST_CASE("xlsx: what is not a workbook")
{
   xlsx::problem why;
   CHECK_FALSE(xlsx::workbook::open("indikator;nilai\n", why));
   CHECK(why.code == "E-DATA-XLSX");
   CHECK_FALSE(xlsx::workbook::open(std::string("PK\x03\x04rusak", 9), why));
   CHECK(why.code == "E-DATA-XLSX");
   CHECK_FALSE(xlsx::workbook::open(zip_of({{"content.xml", "<x/>"}, {"mimetype", "x"}}), why));
   CHECK(why.message == "berkas ini lembar kerja ODS (OpenDocument), bukan XLSX");
   const auto doctype = xlsx::workbook::open(
      book({{"t", "<row><c><v>1</v></c></row>"}}, "<!DOCTYPE x [<!ENTITY a \"b\">]><si/>"), why);
   CHECK_FALSE(doctype);
   CHECK(xlsx::looks_like_zip(std::string("PK\x03\x04", 4)));
   CHECK_FALSE(xlsx::looks_like_zip("PK"));
}

TEST_CASE("xlsx: a sheet is written as CSV text with row r on line r")
{
   xlsx::sheet s;
   s.name = "t";
   s.cells = {{1, 1, xlsx::cell::kind::text, "kode"},
              {1, 2, xlsx::cell::kind::text, "nilai"},
              {4, 2, xlsx::cell::kind::number, "77.32"},
              {5, 1, xlsx::cell::kind::text, "a;b \"c\""},
              {5, 3, xlsx::cell::kind::text, "lebih"}};
   ind::lang::sheet_origin origin;
   xlsx::problem why;
   const auto text = ind::rt::sheet_as_csv(s, ';', origin, why);
   REQUIRE(text);
   CHECK(*text == "kode;nilai\n\n\n;77.32\n\"a;b \"\"c\"\"\";;lebih\n");
   REQUIRE(origin.cells.size() == 7);
   const auto* number = origin.at(text->find("77.32"));
   REQUIRE(number);
   CHECK(number->number);
   CHECK(ind::lang::cell_name(number->row, number->column) == "B4");
   const auto* empty = origin.at(text->find(";77.32"));
   REQUIRE(empty);
   CHECK(ind::lang::cell_name(empty->row, empty->column) == "A4");
   CHECK_FALSE(empty->number);
}

TEST_CASE("xlsx: a workbook as data, numbers stored as numbers under a decimal-comma column")
{
   const fs::path folder = fs::temp_directory_path() / ("ind-xlsx-data-" + std::to_string(::getpid()));
   fs::create_directories(folder);
   const std::string data = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nama</t></is></c>"
                            "<c r=\"B1\" t=\"inlineStr\"><is><t>nilai</t></is></c></row>"
                            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c>"
                            "<c r=\"B2\"><v>1.5</v></c></row>"
                            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>b</t></is></c>"
                            "<c r=\"B3\" t=\"inlineStr\"><is><t>2,25</t></is></c></row>"
                            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>c</t></is></c>"
                            "<c r=\"B4\"><v>1234</v></c></row>";
   {
      std::ofstream out(folder / "data.xlsx", std::ios::binary);
      out << book({{"tabel", data}});
   }
   CHECK(ind::rt::kind_of_data(folder / "data.xlsx") == ind::rt::data_kind::workbook);
   CHECK(ind::rt::kind_of_data(folder) == ind::rt::data_kind::folder);
   const auto c = ind::test::compile("tabel t \"tabel.csv\" { kolom nama teks  kolom nilai desimal }\n"
                                     "nilai total \"Total\" = jumlah(t.nilai)\n",
                                     false);
   REQUIRE(c->program);
   ind::lang::diagnostic_sink sink;
   const ind::rt::dataset d = ind::rt::load_dataset(*c->program, folder / "data.xlsx",
                                                    ind::core::period::of_year(2024), c->sources, sink);
   CHECK_FALSE(sink.has_errors());
   const auto& rows = d.tables.begin()->second.rows;
   REQUIRE(rows.size() == 3);
   CHECK(rows[0][1].as_number().to_string() == "1.5");
   CHECK(rows[1][1].as_number().to_string() == "2.25");
   CHECK(rows[2][1].as_number().to_string() == "1234");
   CHECK(d.tables.begin()->second.cells[1][1].location() ==
         (folder / "data.xlsx").string() + ":tabel!B3");
   fs::remove_all(folder);
}

TEST_CASE("xlsx: a workbook file past the limit is refused before it is read")
{
   const fs::path path = fs::temp_directory_path() / ("ind-xlsx-besar-" + std::to_string(::getpid()) + ".xlsx");
   {
      std::ofstream out(path, std::ios::binary);
      out << std::string("PK\x03\x04", 4);
   }
   fs::resize_file(path, ind::lang::limits::max_workbook_part_bytes + 1); // sparse: no disk used
   CHECK(ind::rt::kind_of_data(path) == ind::rt::data_kind::workbook);
   ind::lang::source_manager sources;
   ind::lang::diagnostic_sink sink;
   CHECK_FALSE(ind::rt::data_files::open(path, sources, sink));
   REQUIRE(sink.sorted().size() == 1);
   CHECK(sink.sorted()[0].code == "E-DATA-BERKAS");
   CHECK(sink.sorted()[0].message.starts_with("buku kerja tidak dapat dibaca: "));
   fs::remove(path);
}
