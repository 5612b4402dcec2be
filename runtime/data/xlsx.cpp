#include "runtime/data/xlsx.hpp"

#include "lang/limits.hpp"
#include "lang/source.hpp"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <map>

namespace ind::rt::xlsx {

namespace {

// Excel's own grid: 1 048 576 rows of 16 384 columns (A to XFD).
constexpr std::uint32_t max_rows = 1048576;
constexpr std::uint32_t max_columns = 16384;

std::string lower(std::string_view text)
{
   std::string out(text);
   std::transform(out.begin(), out.end(), out.begin(),
                  [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
   return out;
}

std::string megabytes(std::size_t bytes)
{
   return std::to_string(bytes / (1024 * 1024)) + " MB";
}

problem damaged(std::string message, std::string sheet = {})
{
   problem p;
   p.code = "E-DATA-XLSX";
   p.message = std::move(message);
   p.hint = "buka berkas di Excel atau LibreOffice dan simpan lagi sebagai .xlsx";
   p.sheet = std::move(sheet);
   return p;
}

// An element's name without its namespace: expat gives "uri|local".
std::string_view local(const XML_Char* name)
{
   const std::string_view n(name);
   const std::size_t bar = n.rfind('|');
   return bar == std::string_view::npos ? n : n.substr(bar + 1);
}

const char* attribute(const XML_Char** attributes, std::string_view name)
{
   for (std::size_t i = 0; attributes[i]; i += 2) {
      if (local(attributes[i]) == name) {
         return attributes[i + 1];
      }
   }
   return nullptr;
}

// One XML part read with expat: start and end of elements and their text go to the handlers.
// A document type declaration is refused (no part of a workbook has one, and entities declared
// in one are how XML makes a few bytes into gigabytes).
class xml_reader
{
 public:
   std::function<void(std::string_view, const XML_Char**)> on_start;
   std::function<void(std::string_view)> on_end;
   std::function<void(std::string_view)> on_text;
   // Set by a handler to stop the parse with its own problem.
   std::optional<problem> stop;

   // Feeds the part `name` of `archive` through expat; the problem when it cannot be read.
   std::optional<problem> read(zip_t* archive, const std::string& name, const std::string& sheet)
   {
      const zip_int64_t index = zip_name_locate(archive, name.c_str(), ZIP_FL_NOCASE);
      if (index < 0) {
         return damaged("bagian " + name + " tidak ada di buku kerja", sheet);
      }
      zip_stat_t st;
      zip_stat_init(&st);
      if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
         return damaged("bagian " + name + " tidak terbaca", sheet);
      }
      if ((st.valid & ZIP_STAT_SIZE) && st.size > lang::limits::max_workbook_part_bytes) {
         return too_large(name, sheet);
      }
      zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
      if (!file) {
         return damaged("bagian " + name + " tidak dapat dibuka: " +
                           std::string(zip_strerror(archive)),
                        sheet);
      }
      XML_Parser parser = XML_ParserCreateNS(nullptr, '|');
      XML_SetUserData(parser, this);
      XML_SetElementHandler(parser, &xml_reader::start, &xml_reader::end);
      XML_SetCharacterDataHandler(parser, &xml_reader::text);
      XML_SetStartDoctypeDeclHandler(parser, &xml_reader::doctype);
      m_parser = parser;
      std::optional<problem> out;
      std::array<char, 64 * 1024> buffer{};
      std::size_t total = 0;
      for (;;) {
         const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
         if (n < 0) {
            out = damaged("bagian " + name + " rusak: " + std::string(zip_file_strerror(file)),
                          sheet);
            break;
         }
         total += static_cast<std::size_t>(n);
         if (total > lang::limits::max_workbook_part_bytes) {
            out = too_large(name, sheet);
            break;
         }
         if (XML_Parse(parser, buffer.data(), static_cast<int>(n), n == 0) == XML_STATUS_ERROR) {
            if (stop) {
               out = std::move(stop);
            }
            else {
               out = damaged("bagian " + name + " bukan XML yang sah: " +
                                std::string(XML_ErrorString(XML_GetErrorCode(parser))) +
                                " (baris " + std::to_string(XML_GetCurrentLineNumber(parser)) +
                                ")",
                             sheet);
            }
            break;
         }
         if (n == 0) {
            break;
         }
      }
      XML_ParserFree(parser);
      zip_fclose(file);
      m_parser = nullptr;
      return out;
   }

   // Stops the parse at once with `p`.
   void fail(problem p)
   {
      if (!stop) {
         stop = std::move(p);
      }
      XML_StopParser(m_parser, XML_FALSE);
   }

 private:
   static problem too_large(const std::string& name, const std::string& sheet)
   {
      problem p;
      p.code = "E-BATAS";
      p.message = "bagian " + name + " buku kerja lebih dari " +
                  megabytes(lang::limits::max_workbook_part_bytes) + " setelah dibuka";
      p.hint = "simpan lembar sebesar ini sebagai CSV, yang dibaca bertahap";
      p.sheet = sheet;
      return p;
   }
   static void start(void* self, const XML_Char* name, const XML_Char** attributes)
   {
      auto* r = static_cast<xml_reader*>(self);
      if (r->on_start && !r->stop) {
         r->on_start(local(name), attributes);
      }
   }
   static void end(void* self, const XML_Char* name)
   {
      auto* r = static_cast<xml_reader*>(self);
      if (r->on_end && !r->stop) {
         r->on_end(local(name));
      }
   }
   static void text(void* self, const XML_Char* s, int length)
   {
      auto* r = static_cast<xml_reader*>(self);
      if (r->on_text && !r->stop) {
         r->on_text(std::string_view(s, static_cast<std::size_t>(length)));
      }
   }
   static void doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int)
   {
      static_cast<xml_reader*>(self)->fail(
         damaged("buku kerja memuat deklarasi DOCTYPE, yang tidak ada pada berkas .xlsx"));
   }

   XML_Parser m_parser = nullptr;
};

// How a cell style shows a number.
enum class shown_as : unsigned char
{
   number,
   percent,
   date,
};

// Whether a number format code shows a date or a time (d m y h s outside quotes and escapes),
// a percentage, or a plain number.
shown_as classify_format(std::string_view code)
{
   bool percent = false;
   for (std::size_t i = 0; i < code.size(); ++i) {
      const char c = code[i];
      if (c == '"') {
         const std::size_t close = code.find('"', i + 1);
         i = close == std::string_view::npos ? code.size() : close;
      }
      else if (c == '\\' || c == '_' || c == '*') {
         ++i;
      }
      else if (c == '[') {
         // [Red], [$-421], [>=100]: not a date part; [h] [mm] [ss]: elapsed time.
         const std::size_t close = code.find(']', i);
         const std::string inside = lower(code.substr(i + 1, close == std::string_view::npos
                                                                ? std::string_view::npos
                                                                : close - i - 1));
         if (!inside.empty() && inside.find_first_not_of("hms") == std::string::npos) {
            return shown_as::date;
         }
         i = close == std::string_view::npos ? code.size() : close;
      }
      else if (c == '%') {
         percent = true;
      }
      else {
         const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
         if (l == 'd' || l == 'm' || l == 'y' || l == 'h' || l == 's') {
            return shown_as::date;
         }
         if (l == 'g' && lower(code.substr(i, 7)) == "general") {
            i += 6;
         }
      }
   }
   return percent ? shown_as::percent : shown_as::number;
}

shown_as builtin_format(unsigned id)
{
   if (id == 9 || id == 10) {
      return shown_as::percent;
   }
   if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
       (id >= 50 && id <= 58)) {
      return shown_as::date;
   }
   return shown_as::number;
}

std::optional<std::uint32_t> whole(const char* text, std::uint32_t most)
{
   if (!text || !*text) {
      return std::nullopt;
   }
   std::uint64_t v = 0;
   for (const char* p = text; *p; ++p) {
      if (*p < '0' || *p > '9' || v > most) {
         return std::nullopt;
      }
      v = v * 10 + static_cast<std::uint64_t>(*p - '0');
   }
   return v <= most ? std::optional(static_cast<std::uint32_t>(v)) : std::nullopt;
}

// "B14" -> row 14, column 2.
bool parse_reference(std::string_view ref, std::uint32_t& row, std::uint32_t& column)
{
   std::size_t i = 0;
   std::uint64_t c = 0;
   while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])) && i < 3) {
      c = c * 26 + static_cast<std::uint64_t>(std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
      ++i;
   }
   if (i == 0 || c > max_columns) {
      return false;
   }
   const std::string digits(ref.substr(i));
   const auto r = whole(digits.c_str(), max_rows);
   if (!r || *r == 0) {
      return false;
   }
   row = *r;
   column = static_cast<std::uint32_t>(c);
   return true;
}

// A part path named by a relationship of a part in `base` ("xl/"): relative to it, or from
// the root when it starts with '/'.
std::string resolve_target(const std::string& base, std::string_view target)
{
   if (!target.empty() && target.front() == '/') {
      return std::string(target.substr(1));
   }
   std::string folder = base;
   while (target.starts_with("../")) {
      target.remove_prefix(3);
      if (!folder.empty()) {
         folder.pop_back();
         const std::size_t slash = folder.rfind('/');
         folder = slash == std::string::npos ? std::string{} : folder.substr(0, slash + 1);
      }
   }
   return folder + std::string(target);
}

// Relationship id -> target of a .rels part.
std::optional<problem> read_relationships(zip_t* archive, const std::string& part,
                                          std::map<std::string, std::pair<std::string, std::string>>& out)
{
   xml_reader x;
   x.on_start = [&](std::string_view name, const XML_Char** attributes) {
      if (name != "Relationship") {
         return;
      }
      const char* id = attribute(attributes, "Id");
      const char* target = attribute(attributes, "Target");
      const char* type = attribute(attributes, "Type");
      if (id && target) {
         out[id] = {target, type ? type : ""};
      }
   };
   return x.read(archive, part, {});
}

// The shared strings: <si> holds the text in one <t>, or in runs <r><t>; <rPh> holds phonetic
// hints, not text.
std::optional<problem> read_strings(zip_t* archive, const std::string& part,
                                    std::vector<std::string>& strings)
{
   xml_reader x;
   bool in_t = false;
   int phonetic = 0;
   x.on_start = [&](std::string_view name, const XML_Char**) {
      if (name == "si") {
         strings.emplace_back();
      }
      else if (name == "rPh") {
         ++phonetic;
      }
      else if (name == "t") {
         in_t = phonetic == 0 && !strings.empty();
      }
   };
   x.on_end = [&](std::string_view name) {
      if (name == "rPh") {
         --phonetic;
      }
      else if (name == "t") {
         in_t = false;
      }
   };
   x.on_text = [&](std::string_view text) {
      if (in_t) {
         strings.back() += text;
      }
   };
   return x.read(archive, part, {});
}

// How each cell style (an index into <cellXfs>) shows a number.
std::optional<problem> read_styles(zip_t* archive, const std::string& part,
                                   std::vector<shown_as>& styles)
{
   std::map<unsigned, shown_as> formats;
   bool in_cell_xfs = false;
   xml_reader x;
   x.on_start = [&](std::string_view name, const XML_Char** attributes) {
      if (name == "numFmt") {
         const auto id = whole(attribute(attributes, "numFmtId"), 100000);
         const char* code = attribute(attributes, "formatCode");
         if (id && code) {
            formats[*id] = classify_format(code);
         }
      }
      else if (name == "cellXfs") {
         in_cell_xfs = true;
      }
      else if (name == "xf" && in_cell_xfs) {
         const auto id = whole(attribute(attributes, "numFmtId"), 100000).value_or(0);
         const auto custom = formats.find(id);
         styles.push_back(custom != formats.end() ? custom->second : builtin_format(id));
      }
   };
   x.on_end = [&](std::string_view name) {
      if (name == "cellXfs") {
         in_cell_xfs = false;
      }
   };
   return x.read(archive, part, {});
}

} // namespace

struct workbook::state
{
   std::string bytes;
   zip_t* archive = nullptr;
   std::vector<std::string> parts; // of each sheet, in m_names order
   std::vector<std::string> strings;
   std::vector<shown_as> styles;

   ~state()
   {
      if (archive) {
         zip_discard(archive);
      }
   }
};

workbook::~workbook() = default;

bool looks_like_zip(std::string_view bytes)
{
   return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
          bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

std::optional<std::string> shown_number(std::string_view stored, bool percent)
{
   std::string_view s = stored;
   bool negative = false;
   if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
      negative = s.front() == '-';
      s.remove_prefix(1);
   }
   std::string digits;
   long point = 0; // digits before the decimal point
   bool seen_point = false;
   std::size_t i = 0;
   for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c >= '0' && c <= '9') {
         digits += c;
         point += seen_point ? 0 : 1;
      }
      else if (c == '.' && !seen_point) {
         seen_point = true;
      }
      else {
         break;
      }
   }
   if (digits.empty() || digits.size() > 64) {
      return std::nullopt;
   }
   if (i < s.size()) {
      if (s[i] != 'e' && s[i] != 'E') {
         return std::nullopt;
      }
      std::string_view e = s.substr(i + 1);
      bool down = false;
      if (!e.empty() && (e.front() == '-' || e.front() == '+')) {
         down = e.front() == '-';
         e.remove_prefix(1);
      }
      if (e.empty() || e.size() > 3 || e.find_first_not_of("0123456789") != std::string_view::npos) {
         return std::nullopt;
      }
      const long exponent = std::stol(std::string(e));
      if (exponent > 400) {
         return std::nullopt;
      }
      point += down ? -exponent : exponent;
   }
   if (percent) {
      point += 2;
   }
   // Leading zeros carry no digit of the value.
   const std::size_t first = digits.find_first_not_of('0');
   if (first == std::string::npos) {
      return std::string("0");
   }
   digits.erase(0, first);
   point -= static_cast<long>(first);
   constexpr std::size_t shown = 15;
   if (digits.size() > shown) {
      const bool up = digits[shown] >= '5';
      digits.resize(shown);
      if (up) {
         std::size_t k = shown;
         while (k > 0 && digits[k - 1] == '9') {
            digits[--k] = '0';
         }
         if (k == 0) {
            digits.insert(digits.begin(), '1');
            digits.pop_back();
            ++point;
         }
         else {
            ++digits[k - 1];
         }
      }
   }
   std::string out = negative ? "-" : "";
   if (point <= 0) {
      out += "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
   }
   else if (static_cast<std::size_t>(point) >= digits.size()) {
      out += digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
   }
   else {
      out += digits.substr(0, static_cast<std::size_t>(point)) + "." +
             digits.substr(static_cast<std::size_t>(point));
   }
   if (out.find('.') != std::string::npos) {
      while (out.back() == '0') {
         out.pop_back();
      }
      if (out.back() == '.') {
         out.pop_back();
      }
   }
   return out == "-0" ? std::string("0") : out;
}

std::unique_ptr<workbook> workbook::open(std::string_view bytes, problem& why)
{
   std::unique_ptr<workbook> book(new workbook());
   book->m_state = std::make_unique<state>();
   state& st = *book->m_state;
   st.bytes.assign(bytes);
   zip_error_t error;
   zip_error_init(&error);
   zip_source_t* source = zip_source_buffer_create(st.bytes.data(), st.bytes.size(), 0, &error);
   if (source) {
      st.archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
      if (!st.archive) {
         zip_source_free(source);
      }
   }
   if (!st.archive) {
      why = damaged("berkas bukan buku kerja XLSX yang utuh: " +
                    std::string(zip_error_strerror(&error)));
      zip_error_fini(&error);
      return nullptr;
   }
   zip_error_fini(&error);

   // The workbook part: named by the package's relationships, xl/workbook.xml by convention.
   std::string main = "xl/workbook.xml";
   std::map<std::string, std::pair<std::string, std::string>> rels;
   if (zip_name_locate(st.archive, "_rels/.rels", ZIP_FL_NOCASE) >= 0) {
      if (auto p = read_relationships(st.archive, "_rels/.rels", rels)) {
         why = *p;
         return nullptr;
      }
      for (const auto& [id, target] : rels) {
         if (target.second.ends_with("/officeDocument")) {
            main = resolve_target("", target.first);
         }
      }
   }
   if (zip_name_locate(st.archive, main.c_str(), ZIP_FL_NOCASE) < 0) {
      why = damaged(zip_name_locate(st.archive, "content.xml", ZIP_FL_NOCASE) >= 0
                       ? "berkas ini lembar kerja ODS (OpenDocument), bukan XLSX"
                       : "berkas zip ini bukan buku kerja XLSX: bagian " + main + " tidak ada");
      why.hint = "simpan sebagai Buku Kerja Excel (.xlsx), atau tiap lembar sebagai CSV UTF-8";
      return nullptr;
   }
   const std::string base = main.substr(0, main.rfind('/') + 1);
   const std::string main_rels = base + "_rels/" + main.substr(base.size()) + ".rels";
   rels.clear();
   if (auto p = read_relationships(st.archive, main_rels, rels)) {
      why = *p;
      return nullptr;
   }
   xml_reader sheets;
   sheets.on_start = [&](std::string_view name, const XML_Char** attributes) {
      if (name != "sheet") {
         return;
      }
      const char* sheet_name = attribute(attributes, "name");
      const char* id = attribute(attributes, "id"); // r:id
      const auto rel = id ? rels.find(id) : rels.end();
      if (!sheet_name || rel == rels.end()) {
         sheets.fail(damaged("daftar lembar di " + main + " tidak lengkap"));
         return;
      }
      if (!rel->second.second.ends_with("/worksheet")) {
         return; // a chart sheet or a dialog sheet holds no cells
      }
      book->m_names.emplace_back(sheet_name);
      st.parts.push_back(resolve_target(base, rel->second.first));
   };
   if (auto p = sheets.read(st.archive, main, {})) {
      why = *p;
      return nullptr;
   }
   std::string strings_part, styles_part;
   for (const auto& [id, target] : rels) {
      if (target.second.ends_with("/sharedStrings")) {
         strings_part = resolve_target(base, target.first);
      }
      else if (target.second.ends_with("/styles")) {
         styles_part = resolve_target(base, target.first);
      }
   }
   if (!strings_part.empty()) {
      if (auto p = read_strings(st.archive, strings_part, st.strings)) {
         why = *p;
         return nullptr;
      }
   }
   if (!styles_part.empty()) {
      if (auto p = read_styles(st.archive, styles_part, st.styles)) {
         why = *p;
         return nullptr;
      }
   }
   return book;
}

namespace {

// Reads the cells of one worksheet part.
class sheet_reader
{
 public:
   sheet_reader(xml_reader& x, sheet& out, const std::vector<std::string>& strings,
                const std::vector<shown_as>& styles)
      : m_x(x), m_out(out), m_strings(strings), m_styles(styles)
   {}

   void start(std::string_view name, const XML_Char** attributes)
   {
      if (name == "row") {
         const char* r = attribute(attributes, "r");
         const auto row = r ? whole(r, max_rows) : std::optional(m_row + 1);
         if (!row || *row == 0 || *row > max_rows) {
            // No cell can be named: the row number is what is wrong.
            fail_at(0, 0, "nomor baris '" + std::string(r ? r : "").substr(0, 20) +
                             "' tidak sah (baris 1 sampai 1048576)");
            return;
         }
         m_row = *row;
         m_column = 0;
      }
      else if (name == "c") {
         m_cell = cell{};
         const char* r = attribute(attributes, "r");
         std::uint32_t row = m_row, column = m_column + 1;
         if (r && !parse_reference(r, row, column)) {
            fail_at(m_row, m_column + 1, "alamat sel '" + std::string(r) + "' tidak sah");
            return;
         }
         if (row == 0 || column > max_columns) {
            fail_at(row, column, "sel di luar lembar");
            return;
         }
         m_cell.row = row;
         m_cell.column = column;
         m_row = row;
         m_column = column;
         const char* t = attribute(attributes, "t");
         m_type = t ? t : "n";
         const char* s = attribute(attributes, "s");
         const auto style = s ? whole(s, 1000000) : std::optional<std::uint32_t>(0);
         m_shown = style && *style < m_styles.size() ? m_styles[*style] : shown_as::number;
         m_has_value = m_has_formula = false;
         m_in_cell = true;
      }
      else if (m_in_cell && name == "v") {
         m_in_value = true;
         m_has_value = true;
      }
      else if (m_in_cell && name == "f") {
         m_has_formula = true;
      }
      else if (m_in_cell && name == "rPh") {
         ++m_phonetic;
      }
      else if (m_in_cell && name == "t" && m_type == "inlineStr" && m_phonetic == 0) {
         m_in_value = true;
         m_has_value = true;
      }
   }

   void end(std::string_view name)
   {
      if (name == "v" || name == "t") {
         m_in_value = false;
      }
      else if (name == "rPh") {
         --m_phonetic;
      }
      else if (name == "c" && m_in_cell) {
         m_in_cell = false;
         finish();
      }
   }

   void text(std::string_view t)
   {
      if (m_in_value) {
         m_value += t;
         if (m_value.size() > 32767 * 4) {
            fail_at(m_cell.row, m_cell.column, "sel lebih dari 32.767 huruf");
         }
      }
   }

 private:
   void fail_at(std::uint32_t row, std::uint32_t column, std::string message)
   {
      problem p = damaged(std::move(message), m_out.name);
      p.row = row;
      p.column = column;
      m_x.fail(std::move(p));
   }

   void finish()
   {
      std::string value = std::move(m_value);
      m_value.clear();
      if (!m_has_value) {
         if (m_has_formula) {
            fail_at(m_cell.row, m_cell.column, "sel berumus tanpa nilai tersimpan");
            m_x.stop->hint = "buka buku kerja di Excel atau LibreOffice agar rumusnya dihitung, "
                             "lalu simpan lagi";
         }
         return; // a cell with a style only: empty
      }
      if (m_type == "s") {
         const auto index = whole(value.c_str(), 0xFFFFFFFFu);
         if (!index || *index >= m_strings.size()) {
            fail_at(m_cell.row, m_cell.column,
                    "sel merujuk teks bersama nomor " + value + " yang tidak ada");
            return;
         }
         m_cell.text = m_strings[*index];
      }
      else if (m_type == "inlineStr" || m_type == "str") {
         m_cell.text = std::move(value);
      }
      else if (m_type == "b") {
         m_cell.type = cell::kind::boolean;
         m_cell.text = value == "1" ? "BENAR" : "SALAH";
      }
      else if (m_type == "e") {
         m_cell.type = cell::kind::error;
         m_cell.text = std::move(value);
      }
      else if (m_type == "n" && m_shown != shown_as::date) {
         const auto number = shown_number(value, m_shown == shown_as::percent);
         if (!number) {
            fail_at(m_cell.row, m_cell.column, "angka '" + value.substr(0, 40) + "' tidak sah");
            return;
         }
         m_cell.type = cell::kind::number;
         m_cell.text = *number + (m_shown == shown_as::percent ? "%" : "");
      }
      else if (m_type == "n" || m_type == "d") {
         fail_at(m_cell.row, m_cell.column, "sel berisi tanggal, yang tidak dibaca");
         m_x.stop->hint = "tulis periode sebagai teks (2024, 2024-TW2); format sel sebagai Teks";
         return;
      }
      else {
         fail_at(m_cell.row, m_cell.column, "jenis sel '" + m_type + "' tidak dikenal");
         return;
      }
      m_text_bytes += m_cell.text.size();
      if (m_text_bytes > lang::limits::max_sheet_text_bytes) {
         // Refused while read: a shared text counts at every cell that shows it.
         problem p;
         p.code = "E-BATAS";
         p.message = "lembar " + m_out.name + " lebih dari " +
                     std::to_string(lang::limits::max_sheet_text_bytes / (1024 * 1024)) +
                     " MB bila ditulis sebagai CSV";
         p.hint = "simpan tabel sebesar ini sebagai CSV, yang dibaca bertahap";
         p.sheet = m_out.name;
         m_x.fail(std::move(p));
         return;
      }
      if (m_out.cells.size() >= lang::limits::max_sheet_cells) {
         problem p;
         p.code = "E-BATAS";
         p.message = "lembar " + m_out.name + " punya lebih dari " +
                     std::to_string(lang::limits::max_sheet_cells) + " sel berisi";
         p.hint = "simpan tabel sebesar ini sebagai CSV, yang dibaca bertahap";
         p.sheet = m_out.name;
         m_x.fail(std::move(p));
         return;
      }
      m_out.cells.push_back(std::move(m_cell));
   }

   xml_reader& m_x;
   sheet& m_out;
   const std::vector<std::string>& m_strings;
   const std::vector<shown_as>& m_styles;
   std::uint32_t m_row = 0;
   std::uint32_t m_column = 0;
   cell m_cell;
   std::string m_type;
   shown_as m_shown = shown_as::number;
   std::string m_value;
   bool m_in_cell = false;
   bool m_in_value = false;
   bool m_has_value = false;
   bool m_has_formula = false;
   int m_phonetic = 0;
   std::size_t m_text_bytes = 0;
};

} // namespace

std::optional<sheet> workbook::read(std::string_view name, problem& why) const
{
   const std::string wanted = lower(name);
   std::size_t index = m_names.size();
   for (std::size_t i = 0; i < m_names.size(); ++i) {
      if (lower(m_names[i]) == wanted) {
         index = i;
         break;
      }
   }
   if (index == m_names.size()) {
      std::string present;
      for (const std::string& n : m_names) {
         present += (present.empty() ? "" : ", ") + n;
      }
      why = problem{"E-DATA-XLSX", "buku kerja tidak punya lembar '" + std::string(name) + "'",
                    present.empty() ? "buku kerja ini tidak punya lembar berisi sel"
                                    : "lembar yang ada: " + present,
                    {}, 0, 0};
      return std::nullopt;
   }
   sheet out;
   out.name = m_names[index];
   xml_reader x;
   sheet_reader r(x, out, m_state->strings, m_state->styles);
   x.on_start = [&](std::string_view n, const XML_Char** a) { r.start(n, a); };
   x.on_end = [&](std::string_view n) { r.end(n); };
   x.on_text = [&](std::string_view t) { r.text(t); };
   if (auto p = x.read(m_state->archive, m_state->parts[index], out.name)) {
      why = *p;
      return std::nullopt;
   }
   std::stable_sort(out.cells.begin(), out.cells.end(), [](const cell& a, const cell& b) {
      return std::tie(a.row, a.column) < std::tie(b.row, b.column);
   });
   for (std::size_t i = 1; i < out.cells.size(); ++i) {
      if (out.cells[i].row == out.cells[i - 1].row &&
          out.cells[i].column == out.cells[i - 1].column) {
         why = damaged("sel " + lang::cell_name(out.cells[i].row, out.cells[i].column) +
                          " tertulis dua kali",
                       out.name);
         why.row = out.cells[i].row;
         why.column = out.cells[i].column;
         return std::nullopt;
      }
   }
   return out;
}

} // namespace ind::rt::xlsx
