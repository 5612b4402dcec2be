#include "runtime/data/csv.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace csv = ind::rt::csv;

namespace {

using rows = std::vector<std::vector<std::string>>;

struct result
{
   rows records;
   std::optional<csv::error> error;
};

result read_all(std::string_view text, char delimiter = 0)
{
   result r;
   csv::reader reader(text, delimiter);
   csv::record record;
   while (reader.next(record)) {
      std::vector<std::string> fields;
      for (const csv::field& f : record.fields) {
         fields.emplace_back(f.text);
      }
      r.records.push_back(std::move(fields));
   }
   r.error = reader.error();
   return r;
}

rows read_ok(std::string_view text, char delimiter = 0)
{
   result r = read_all(text, delimiter);
   CHECK_FALSE(r.error.has_value());
   return r.records;
}

csv::error read_error(std::string_view text)
{
   const result r = read_all(text);
   REQUIRE(r.error.has_value());
   return *r.error;
}

} // namespace

TEST_CASE("csv: a semicolon-delimited Indonesian file")
{
   const std::string_view text = "dimensi;pns;pppk\nKualifikasi;20,72;24,95\n";
   csv::reader reader(text);
   CHECK(reader.delimiter() == ';');
   CHECK(read_ok(text) == rows{{"dimensi", "pns", "pppk"}, {"Kualifikasi", "20,72", "24,95"}});
}

TEST_CASE("csv: quoted decimal-comma values in a comma-delimited file")
{
   const std::string_view text = "\"dimensi\",\"pns\"\n\"Kualifikasi\",\"20,72\"\n";
   CHECK(csv::reader(text).delimiter() == ',');
   CHECK(read_ok(text) == rows{{"dimensi", "pns"}, {"Kualifikasi", "20,72"}});
}

TEST_CASE("csv: quoting")
{
   CHECK(read_ok("a,\"b,c\",d\n") == rows{{"a", "b,c", "d"}});
   CHECK(read_ok("\"say \"\"hi\"\"\",x\n") == rows{{"say \"hi\"", "x"}});
   CHECK(read_ok("\"\"\"\"\n") == rows{{"\""}});
   CHECK(read_ok("\"\",\"\"\n") == rows{{"", ""}});
   CHECK(read_ok("\"line one\nline two\",x\n") == rows{{"line one\nline two", "x"}});
   CHECK(read_ok("\"a\r\nb\",c\r\n") == rows{{"a\r\nb", "c"}});
   CHECK(read_ok("\"a\"\r\n") == rows{{"a"}});
   CHECK(read_ok("\"a\"") == rows{{"a"}});
}

TEST_CASE("csv: line ends, blank lines, BOM, final line")
{
   CHECK(read_ok("a,b\r\nc,d\r\n") == rows{{"a", "b"}, {"c", "d"}});
   CHECK(read_ok("a,b\nc,d") == rows{{"a", "b"}, {"c", "d"}});
   CHECK(read_ok("a,b\r\nc,d\r") == rows{{"a", "b"}, {"c", "d"}});
   CHECK(read_ok("\n\na\n\r\n\nb\n\n") == rows{{"a"}, {"b"}});
   CHECK(read_ok("\xEF\xBB\xBF"
                 "a;b\n1;2\n") == rows{{"a", "b"}, {"1", "2"}});
   CHECK(read_ok("").empty());
   CHECK(read_ok("\xEF\xBB\xBF").empty());
   CHECK(read_ok("\n\r\n").empty());
   // A line of spaces is not blank: it holds one field.
   CHECK(read_ok("a\n  \nb\n") == rows{{"a"}, {"  "}, {"b"}});
   // A carriage return inside a line is data.
   CHECK(read_ok("a\rb,c\n") == rows{{"a\rb", "c"}});
}

TEST_CASE("csv: empty fields")
{
   CHECK(read_ok("a,,b\n") == rows{{"a", "", "b"}});
   CHECK(read_ok(",\n") == rows{{"", ""}});
   CHECK(read_ok("a,\n") == rows{{"a", ""}});
   CHECK(read_ok("a,") == rows{{"a", ""}});
   CHECK(read_ok("a;;\n", ';') == rows{{"a", "", ""}});
}

TEST_CASE("csv: delimiter detection")
{
   CHECK(csv::detect_delimiter("a,b,c") == ',');
   CHECK(csv::detect_delimiter("a;b;c") == ';');
   CHECK(csv::detect_delimiter("a\tb\tc") == '\t');
   CHECK(csv::detect_delimiter("a;b,c") == ',');
   CHECK(csv::detect_delimiter("a;b;c,d") == ';');
   CHECK(csv::detect_delimiter("\"x,y,z\";b") == ';');
   CHECK(csv::detect_delimiter("a\tb;c") == ';');
   CHECK(csv::detect_delimiter("a\tb,c") == ',');
   CHECK(csv::detect_delimiter("single") == ',');
   CHECK(csv::detect_delimiter("") == ',');
   CHECK(csv::reader("a\tb\n1\t2\n").delimiter() == '\t');
   CHECK(read_ok("a\tb\n1,5\t2\n") == rows{{"a", "b"}, {"1,5", "2"}});
   // Only the first line decides, and a newline inside quotes does not end it.
   CHECK(csv::reader("\"a\nb;c;d\",e\nx;y;z\n").delimiter() == ',');
   CHECK(csv::reader("\xEF\xBB\xBF"
                     "a;b\n")
             .delimiter() == ';');
   // An explicit delimiter wins.
   CHECK(read_ok("a;b,c\n", ',') == rows{{"a;b", "c"}});
   CHECK(csv::reader("a;b\n", '|').delimiter() == '|');
   CHECK(read_ok("a|b\n", '|') == rows{{"a", "b"}});
}

TEST_CASE("csv: lines and columns")
{
   const std::string_view text = "\xEF\xBB\xBF"
                                 "nama,nilai\n"
                                 "\n"
                                 "Bapak Ądi,\"7\n8\",z\n"
                                 "\"é\",é,x\r\n";
   csv::reader reader(text);
   csv::record record;

   REQUIRE(reader.next(record));
   CHECK(record.line == 1);
   REQUIRE(record.fields.size() == 2);
   CHECK(record.fields[0].line == 1);
   CHECK(record.fields[0].column == 1);
   CHECK(record.fields[1].column == 6);

   REQUIRE(reader.next(record));
   CHECK(record.line == 3);
   REQUIRE(record.fields.size() == 3);
   CHECK(record.fields[0].text == "Bapak Ądi");
   CHECK(record.fields[1].line == 3);
   CHECK(record.fields[1].column == 11); // "Bapak Ądi" is nine characters, ten bytes
   CHECK(record.fields[1].text == "7\n8");
   CHECK(record.fields[2].line == 4);
   CHECK(record.fields[2].column == 4);

   REQUIRE(reader.next(record));
   CHECK(record.line == 5);
   REQUIRE(record.fields.size() == 3);
   CHECK(record.fields[0].text == "é");
   CHECK(record.fields[1].column == 5);
   CHECK(record.fields[2].column == 7);
   CHECK(record.fields[2].text == "x");

   CHECK_FALSE(reader.next(record));
   CHECK_FALSE(reader.error().has_value());
   CHECK(record.fields.empty());
}

TEST_CASE("csv: display_column counts code points")
{
   const std::string_view text = "ab\nĄé,x";
   CHECK(csv::display_column(text, 0, 0) == 1);
   CHECK(csv::display_column(text, 0, 2) == 3);
   CHECK(csv::display_column(text, 3, 3) == 1);
   CHECK(csv::display_column(text, 3, 7) == 3); // the ','
   CHECK(csv::display_column(text, 3, 8) == 4);
}

TEST_CASE("csv: errors name line and column")
{
   const csv::error unterminated = read_error("a,b\nc,\"d\ne\n");
   CHECK(unterminated.message == "tanda kutip tidak ditutup");
   CHECK(unterminated.line == 2);
   CHECK(unterminated.column == 3);

   const csv::error stray = read_error("a,b\nxé,ab\"c\n");
   CHECK(stray.message.starts_with("tanda kutip di tengah field"));
   CHECK(stray.line == 2);
   CHECK(stray.column == 6);

   const csv::error after_quote = read_error("\"a\"b,c\n");
   CHECK(after_quote.message.starts_with("ada karakter sesudah tanda kutip penutup"));
   CHECK(after_quote.line == 1);
   CHECK(after_quote.column == 4);

   const csv::error after_multiline = read_error("x,\"a\nbc\" ,d\n");
   CHECK(after_multiline.line == 2);
   CHECK(after_multiline.column == 4);

   const csv::error lone_cr = read_error("\"a\"\rb\n");
   CHECK(lone_cr.column == 4);

   CHECK(read_error("\"").line == 1);
   CHECK(read_error("\"abc\"\"").column == 1);
}

TEST_CASE("csv: records before an error are delivered, then reading stops")
{
   csv::reader reader("a,b\nc\"d\ne,f\n");
   csv::record record;
   REQUIRE(reader.next(record));
   CHECK(record.fields.size() == 2);
   CHECK_FALSE(reader.next(record));
   REQUIRE(reader.error().has_value());
   CHECK(reader.error()->line == 2);
   CHECK(record.fields.empty());
   CHECK_FALSE(reader.next(record));
}

TEST_CASE("csv: plain fields point into the buffer, unescaped ones stay valid for the record")
{
   const std::string text = "plain,\"quoted\",\"with \"\"escape\"\"\",\"two \"\"q\"\"\"\nnext\n";
   csv::reader reader(text);
   csv::record record;
   REQUIRE(reader.next(record));
   REQUIRE(record.fields.size() == 4);
   const char* begin = text.data();
   const char* end = text.data() + text.size();
   CHECK(record.fields[0].text.data() >= begin);
   CHECK(record.fields[0].text.data() < end);
   CHECK(record.fields[1].text.data() >= begin);
   CHECK(record.fields[1].text.data() < end);
   CHECK(record.fields[1].text == "quoted");
   CHECK(record.fields[2].text == "with \"escape\"");
   CHECK(record.fields[3].text == "two \"q\"");
   // Adding the second unescaped field must not have moved the first.
   CHECK(std::string(record.fields[2].text) == "with \"escape\"");
   REQUIRE(reader.next(record));
   CHECK(record.fields.size() == 1);
   CHECK(record.fields[0].text == "next");
}

TEST_CASE("csv: many records reuse the record's storage")
{
   std::string text = "id;nilai\n";
   for (int i = 0; i < 10000; ++i) {
      text += std::to_string(i) + ";\"" + std::to_string(i % 97) + ",5\"\n";
   }
   csv::reader reader(text);
   csv::record record;
   REQUIRE(reader.next(record));
   const std::size_t capacity = record.fields.capacity();
   std::size_t count = 0;
   bool storage_reused = true;
   bool lines_counted = true;
   while (reader.next(record)) {
      ++count;
      storage_reused = storage_reused && record.fields.capacity() == capacity;
      lines_counted = lines_counted && record.line == count + 1;
   }
   CHECK(count == 10000);
   CHECK(storage_reused);
   CHECK(lines_counted);
   CHECK_FALSE(reader.error().has_value());
}

TEST_CASE("csv: a written text cell never runs as a spreadsheet formula; a number is left as it is")
{
   const auto cell = [](std::string_view text, bool number = false, char delimiter = ';') {
      std::string out;
      csv::append_cell(out, text, delimiter, number);
      return out;
   };
   CHECK(cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
   CHECK(cell("@SUM(A1)") == "'@SUM(A1)");
   CHECK(cell("+1+1") == "'+1+1");
   CHECK(cell("- Guru SD") == "'- Guru SD");
   CHECK(cell("\tx") == "'\tx");
   CHECK(cell("\rx") == "\"'\rx\"");
   CHECK(cell("=a;b") == "\"'=a;b\"");
   CHECK(cell("-") == "-"); // the mark of a figure that is not available
   CHECK(cell("-5", true) == "-5");
   CHECK(cell("-1.234,5", true, ',') == "\"-1.234,5\"");
   CHECK(cell("Sangat \"Baik\"") == "\"Sangat \"\"Baik\"\"\"");
   CHECK(csv::plain_number("-5"));
   CHECK(csv::plain_number("+1.234,50"));
   CHECK(csv::plain_number("12,5 %"));
   CHECK_FALSE(csv::plain_number("-2+3"));
   CHECK_FALSE(csv::plain_number("-"));
   CHECK_FALSE(csv::plain_number("=1"));
}
