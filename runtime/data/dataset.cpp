#include "runtime/data/dataset.hpp"

#include "runtime/data/budget_quarters.hpp"

#include "lang/walk.hpp"
#include "lang/limits.hpp"
#include "lang/suggest.hpp"
#include "runtime/data/csv.hpp"
#include "runtime/core.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <unordered_set>

namespace ind::rt {

namespace fs = std::filesystem;

std::vector<std::size_t> dataset::rows_for(const loaded_table& t, const period& p) const
{
   std::vector<std::size_t> out;
   for (std::size_t r = 0; r < t.rows.size(); ++r) {
      if (t.row_period[r] == p) {
         out.push_back(r);
      }
   }
   return out;
}

std::optional<period> period_of_folder(const fs::path& folder)
{
   fs::path name = folder.filename();
   if (name.empty()) {
      name = folder.parent_path().filename();
   }
   return period::parse(name.string());
}

namespace {

// core::trim, as an owned text: callers build messages and keys with it.
std::string trim(std::string_view text)
{
   return std::string(core::trim(text));
}

const char* const utf8_hint =
   "simpan berkas sebagai UTF-8 (di Excel: Simpan Sebagai, CSV UTF-8); huruf seperti \"é\" dari "
   "berkas Latin-1 atau Windows-1252 tidak terbaca sebagai teks";

std::string lower(std::string text)
{
   std::transform(text.begin(), text.end(), text.begin(),
                  [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
   return text;
}

// A CSV file held as a source_file, so that cells can be pointed at like rule text.
class csv_file
{
 public:
   csv_file(const lang::source_file& file, std::optional<char> delimiter)
      : m_file(file), m_reader(file.text(), delimiter.value_or(0))
   {}

   bool next(csv::record& r) { return m_reader.next(r); }
   char delimiter() const { return m_reader.delimiter(); }
   const std::optional<csv::error>& error() const { return m_reader.error(); }

   lang::span span_of(const csv::field& f) const
   {
      // Fields are views into the file text unless they were unescaped; quoted fields are then
      // located by their starting line and column.
      const std::string_view text = m_file.text();
      const char* data = f.text.data();
      if (data >= text.data() && data <= text.data() + text.size()) {
         const auto begin = static_cast<std::uint32_t>(data - text.data());
         return {&m_file, begin, static_cast<std::uint32_t>(begin + f.text.size())};
      }
      return at(f.line, f.column);
   }

   lang::span at(std::size_t line, std::size_t column) const
   {
      return csv_place(m_file, line, column);
   }

   const lang::source_file& file() const { return m_file; }

 private:
   const lang::source_file& m_file;
   csv::reader m_reader;
};

} // namespace

lang::span csv_place(const lang::source_file& file, std::size_t line, std::size_t column)
{
   const std::string_view line_text = file.line_text(line);
   const std::size_t line_begin = static_cast<std::size_t>(line_text.data() - file.text().data());
   std::size_t offset = line_begin;
   // csv::reader counts the first line's columns after a byte-order mark.
   constexpr std::string_view bom = "\xEF\xBB\xBF";
   if (line == 1 && line_text.starts_with(bom)) {
      offset += bom.size();
   }
   for (std::size_t c = 1; c < column && offset < line_begin + line_text.size(); ++c) {
      ++offset;
      while (offset < line_begin + line_text.size() &&
             (static_cast<unsigned char>(file.text()[offset]) & 0xC0) == 0x80) {
         ++offset;
      }
   }
   return {&file, static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(offset + 1)};
}

void report_csv_error(const lang::source_file& file, const csv::error& e,
                      lang::diagnostic_sink& sink)
{
   sink.error("E-DATA-CSV", csv_place(file, e.line, e.column), e.message,
              "periksa tanda kutip pada baris ini");
}

namespace {

number_kind kind_of(lang::ast::column_type type)
{
   switch (type) {
   case lang::ast::column_type::integer:
      return number_kind::integer;
   case lang::ast::column_type::rupiah:
      return number_kind::rupiah;
   case lang::ast::column_type::percent:
      return number_kind::percent;
   case lang::ast::column_type::decimal:
   case lang::ast::column_type::text:
   case lang::ast::column_type::period:
   case lang::ast::column_type::boolean:
      break;
   }
   return number_kind::decimal;
}

number_style style_of(lang::ast::number_style style)
{
   return style == lang::ast::number_style::point_decimal ? number_style::point_decimal
                                                          : number_style::comma_decimal;
}

} // namespace

void report_skipped(const lang::table& t, std::uint64_t rows, lang::diagnostic_sink& sink)
{
   sink.warning("W-DATA-LEWAT", t.where,
                std::to_string(rows) + " baris tabel " + t.name +
                   " dilewati karena ada sel yang tidak terbaca (--on-error skip)",
                rows > max_listed_skips
                   ? "hanya " + std::to_string(max_listed_skips) + " yang pertama disebut satu per satu"
                   : "");
}

namespace {

// A cell's text as a message quotes it: a very long one is cut (the source line is shown too).
std::string quoted(const std::string& text)
{
   constexpr std::size_t longest = 40;
   std::size_t cut = std::min(text.size(), longest);
   while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
      --cut;
   }
   std::string out = "'";
   out.append(text, 0, cut);
   out += cut < text.size() ? "...'" : "'";
   return out;
}

} // namespace

cell_reading read_cell(std::string_view raw, const lang::column& c, const lang::place& where)
{
   const std::string text = trim(raw);
   cell_reading out;
   const auto unavailable = [&] {
      return missing{missing::kind::empty_cell,
                     "sel kolom " + c.header + " kosong (\"" + text + "\")", where};
   };
   const auto fail = [&](std::string code, std::string message, std::string hint) {
      out.read = unavailable();
      out.code = std::move(code);
      out.message = std::move(message);
      out.hint = std::move(hint);
      return out;
   };
   if (lang::invalid_utf8(text) != std::string::npos) {
      return fail("E-DATA-UTF8", "sel kolom " + c.header + " bukan teks UTF-8", utf8_hint);
   }
   switch (c.type) {
   case lang::ast::column_type::text:
      out.read = text;
      return out;
   case lang::ast::column_type::period: {
      if (is_missing_marker(text)) {
         out.read = unavailable();
         return out;
      }
      if (auto p = period::parse(text)) {
         out.read = *p;
         return out;
      }
      return fail("E-DATA-NILAI", quoted(text) + " pada kolom " + c.header + " bukan periode",
                  std::string(core::period_forms_hint));
   }
   case lang::ast::column_type::boolean: {
      const std::string word = lower(text);
      if (word == "ya" || word == "1" || word == "benar") {
         out.read = true;
         return out;
      }
      if (word == "tidak" || word == "0" || word == "salah") {
         out.read = false;
         return out;
      }
      if (is_missing_marker(text)) {
         out.read = unavailable();
         return out;
      }
      return fail("E-DATA-NILAI", quoted(text) + " pada kolom " + c.header + " bukan ya/tidak",
                  "tulis ya, tidak, 1 atau 0");
   }
   case lang::ast::column_type::decimal:
   case lang::ast::column_type::integer:
   case lang::ast::column_type::rupiah:
   case lang::ast::column_type::percent:
      break;
   }
   const number_parse parsed = parse_number(text, kind_of(c.type), style_of(c.style));
   switch (parsed.error) {
   case number_error::none:
      out.read = *parsed.value;
      return out;
   case number_error::missing:
      out.read = unavailable();
      return out;
   case number_error::ambiguous:
      return fail("E-DATA-AMBIGU",
                  quoted(text) + " pada kolom " + c.header + " dapat dibaca dua cara",
                  parsed.hint);
   case number_error::malformed:
   case number_error::fraction:
      break;
   }
   return fail("E-DATA-NILAI",
               quoted(text) + " pada kolom " + c.header + " bukan angka " +
                  lang::ast::column_type_name(c.type),
               parsed.hint);
}

std::optional<std::vector<std::size_t>> match_header(const std::vector<header_name>& fields,
                                                     const std::vector<lang::column>& wanted,
                                                     const std::string& file_name,
                                                     const lang::place& header_at,
                                                     lang::diagnostic_sink& sink)
{
   std::vector<std::string> names;
   for (const header_name& f : fields) {
      names.push_back(lower(trim(f.text)));
   }
   std::vector<std::size_t> index;
   bool complete = true;
   for (const lang::column& c : wanted) {
      const auto it = std::find(names.begin(), names.end(), lower(c.header));
      if (it != names.end()) {
         const auto first = static_cast<std::size_t>(it - names.begin());
         const auto again = std::find(std::next(it), names.end(), *it);
         if (again != names.end()) {
            const auto second = static_cast<std::size_t>(again - names.begin());
            complete = false;
            auto& d = sink.error("E-DATA-KOLOM", fields[second].at,
                                 "kolom '" + trim(fields[second].text) +
                                    "' ada dua kali di judul berkas " + file_name + ": kolom ke-" +
                                    std::to_string(first + 1) + " dan ke-" +
                                    std::to_string(second + 1),
                                 "beri nama lain salah satunya; ind tidak menebak kolom mana "
                                 "yang dimaksud");
            d.notes.push_back({fields[first].at, "yang pertama di sini"});
            continue;
         }
         index.push_back(first);
         continue;
      }
      complete = false;
      const std::string guess = lang::closest(lower(c.header), names);
      std::string present;
      for (const header_name& f : fields) {
         present += (present.empty() ? "" : ", ") + trim(f.text);
      }
      auto& d = sink.error(
         "E-DATA-KOLOM", header_at, "berkas " + file_name + " tidak punya kolom '" + c.header + "'",
         guess.empty() ? "kolom yang ada: " + present
                       : "mungkin maksud Anda '" + guess + "'; kolom yang ada: " + present);
      if (c.where.valid()) {
         d.notes.push_back({c.where, "kolom dinyatakan di sini"});
      }
   }
   if (!complete) {
      return std::nullopt;
   }
   return index;
}

std::optional<row_problem> extra_fields(const std::vector<std::string_view>& fields,
                                        std::size_t header_fields, char delimiter)
{
   if (fields.size() <= header_fields) {
      return std::nullopt;
   }
   const auto filled = std::find_if(fields.begin() + static_cast<std::ptrdiff_t>(header_fields),
                                    fields.end(),
                                    [](std::string_view f) { return !trim(f).empty(); });
   if (filled == fields.end()) {
      return std::nullopt;
   }
   row_problem p;
   p.field = header_fields;
   p.message = "baris ini punya " + std::to_string(fields.size()) + " kolom, judulnya hanya " +
               std::to_string(header_fields) + "; " + quoted(trim(*filled)) +
               " tidak masuk kolom mana pun";
   const std::string d = delimiter == '\t' ? "tab" : "'" + std::string(1, delimiter) + "'";
   p.hint = delimiter == ','
               ? "sel yang memuat koma (40,5) harus dikutip: \"40,5\"; atau pakai ';' sebagai "
                 "pemisah kolom"
               : "sel yang memuat pemisah " + d +
                    " harus dikutip, atau hapus pemisah yang berlebih";
   return p;
}

namespace {

class loader
{
 public:
   loader(const data_files& files, const period& data_period, const load_options& options,
          lang::source_manager& sources, lang::diagnostic_sink& sink)
      : m_files(files), m_period(data_period), m_options(options), m_sources(sources),
        m_sink(sink)
   {}

   // The file `name` of the folder, or the sheet standing for it in the workbook (written with
   // `delimiter` between its cells).
   const lang::source_file* open(const std::string& name,
                                 const std::optional<lang::ast::sheet_name>& sheet,
                                 lang::span declared_at, char delimiter = ';');
   const lang::source_file* open(const fs::path& path, lang::span declared_at);

   // Maps each wanted column to its index in the header row; reports the ones that are absent.
   // Each name of `optional` gets its index in `optional_index`, or npos when the file does not
   // have that column.
   std::optional<std::vector<std::size_t>>
   header(csv_file& in, const std::vector<lang::column>& wanted, lang::span declared_at,
          const std::vector<std::string>& optional = {},
          std::vector<std::size_t>* optional_index = nullptr);

   value cell(const csv_file& in, const csv::field& f, const lang::column& c);
   // How a cell reads under its column (a workbook's number cell with '.' before decimals).
   static cell_reading reading(const csv_file& in, const csv::field& f, const lang::column& c);
   // Reports a row with more fields than the header (see extra_fields()); false then.
   bool fits_header(const csv_file& in, const csv::record& r, bool skip, std::size_t& skipped);
   void table(const lang::table& t, dataset& out);
   void held(const lang::table& t, const lang::source_file& file, dataset& out);
   void streamed(const lang::table& t, table_source& source);
   void realisasi(const lang::program& p, dataset& out);
   void to_date_row(const lang::indicator& ind, csv_file& in, const csv::field& field,
                    const lang::column& column, const period& when, dataset& out);
   void budget(const lang::budget_source& b, dataset& out);
   void renja(const lang::renja_source& r, dataset& out);

 private:
   void read_error(const csv_file& in);
   void refuse_workbook(const fs::path& path, lang::span declared_at);

   const data_files& m_files;
   period m_period;
   const load_options& m_options;
   lang::source_manager& m_sources;
   lang::diagnostic_sink& m_sink;
   std::size_t m_header_fields = 0; // of the file whose header was read last
};

const lang::source_file* loader::open(const std::string& name,
                                      const std::optional<lang::ast::sheet_name>& sheet,
                                      lang::span declared_at, char delimiter)
{
   if (m_files.is_workbook()) {
      return m_files.sheet(name, sheet, delimiter, declared_at, m_sources, m_sink);
   }
   return open(m_files.in_folder(name), declared_at);
}

const lang::source_file* loader::open(const fs::path& path, lang::span declared_at)
{
   std::error_code ec;
   if (!fs::is_regular_file(path, ec)) {
      auto& d = m_sink.error("E-DATA-BERKAS", declared_at,
                             "berkas data '" + path.string() + "' tidak ada",
                             "periksa --data dan nama berkas yang dinyatakan di sini");
      (void)d;
      return nullptr;
   }
   std::string error;
   const lang::source_file* file = m_sources.load(path.string(), error);
   if (!file) {
      m_sink.error("E-DATA-BERKAS", declared_at,
                   "berkas data '" + path.string() + "' tidak dapat dibaca: " + error);
      return nullptr;
   }
   if (xlsx::looks_like_zip(file->text())) {
      refuse_workbook(path, declared_at);
      return nullptr;
   }
   if (const std::size_t bad = lang::invalid_utf8(file->text()); bad != std::string::npos) {
      const auto begin = static_cast<std::uint32_t>(bad);
      m_sink.error("E-DATA-UTF8", lang::span{file, begin, begin + 1},
                   "berkas data bukan teks UTF-8: " + lang::byte_text(file->text()[bad]) +
                      " tidak sah di sini",
                   utf8_hint);
      return nullptr;
   }
   return file;
}

// A workbook where a CSV file is expected: said as such, not as bytes that are not UTF-8.
void loader::refuse_workbook(const fs::path& path, lang::span declared_at)
{
   m_sink.error("E-DATA-BERKAS", declared_at,
                "berkas data '" + path.string() + "' adalah buku kerja (zip), bukan CSV",
                "beri buku kerjanya sebagai --data BUKU.xlsx (tiap tabel satu lembar), atau "
                "simpan lembarnya sebagai CSV UTF-8");
}

void loader::read_error(const csv_file& in)
{
   report_csv_error(in.file(), *in.error(), m_sink);
}

std::optional<std::vector<std::size_t>>
loader::header(csv_file& in, const std::vector<lang::column>& wanted, lang::span declared_at,
               const std::vector<std::string>& optional, std::vector<std::size_t>* optional_index)
{
   csv::record head;
   if (!in.next(head)) {
      if (in.error()) {
         read_error(in);
      }
      else {
         m_sink.error("E-DATA-KOLOM", declared_at,
                      "berkas " + in.file().name() + " kosong: baris judul kolom tidak ada");
      }
      return std::nullopt;
   }
   m_header_fields = head.fields.size();
   std::vector<header_name> names;
   for (const csv::field& f : head.fields) {
      names.push_back({f.text, in.span_of(f)});
   }
   for (const std::string& name : optional) {
      const auto it = std::find_if(names.begin(), names.end(), [&](const header_name& f) {
         return lower(trim(f.text)) == name;
      });
      optional_index->push_back(it == names.end() ? std::string::npos
                                                  : static_cast<std::size_t>(it - names.begin()));
   }
   return match_header(names, wanted, in.file().name(), in.at(head.line, 1), m_sink);
}

bool loader::fits_header(const csv_file& in, const csv::record& r, bool skip, std::size_t& skipped)
{
   std::vector<std::string_view> fields;
   for (const csv::field& f : r.fields) {
      fields.push_back(f.text);
   }
   const std::optional<row_problem> problem = extra_fields(fields, m_header_fields, in.delimiter());
   if (!problem) {
      return true;
   }
   const lang::span at = in.span_of(r.fields[problem->field]);
   if (!skip) {
      m_sink.error("E-DATA-BARIS", at, problem->message, problem->hint);
   }
   else if (++skipped <= max_listed_skips) {
      m_sink.warning("W-DATA-LEWAT", at, problem->message + "; baris dilewati", problem->hint);
   }
   return false;
}

cell_reading loader::reading(const csv_file& in, const csv::field& f, const lang::column& c)
{
   const lang::span at = in.span_of(f);
   if (stored_as_number(in.file(), at.begin)) {
      lang::column stored = c;
      stored.style = lang::ast::number_style::point_decimal;
      return read_cell(f.text, stored, at);
   }
   return read_cell(f.text, c, at);
}

value loader::cell(const csv_file& in, const csv::field& f, const lang::column& c)
{
   cell_reading r = reading(in, f, c);
   if (!r.code.empty()) {
      m_sink.error(r.code, in.span_of(f), r.message, r.hint);
   }
   return std::move(r.read);
}

// The stored columns of a table (derived ones are computed, not read).
std::vector<lang::column> stored_columns(const lang::table& t)
{
   std::vector<lang::column> stored;
   for (const lang::column& c : t.columns) {
      if (!c.derived()) {
         stored.push_back(c);
      }
   }
   return stored;
}

void loader::table(const lang::table& t, dataset& out)
{
   const auto given = m_options.files.find(&t);
   if (m_files.is_workbook() && given == m_options.files.end()) {
      // A sheet is held whatever its size: it is read whole from the workbook anyway.
      if (const lang::source_file* file =
             open(t.file, t.sheet, t.file_where, t.delimiter.value_or(';'))) {
         table_source source;
         source.path = m_files.path();
         out.sources[&t] = std::move(source);
         held(t, *file, out);
      }
      return;
   }
   const fs::path path = given != m_options.files.end() ? given->second : m_files.in_folder(t.file);
   std::error_code ec;
   if (!fs::is_regular_file(path, ec)) {
      m_sink.error("E-DATA-BERKAS", t.file_where, "berkas data '" + path.string() + "' tidak ada",
                   "periksa --data dan nama berkas yang dinyatakan di sini");
      return;
   }
   table_source source;
   source.path = path;
   source.size = fs::file_size(path, ec);
   source.streamed = m_options.streamed.contains(&t) || source.size > m_options.max_held_bytes;
   if (source.streamed) {
      streamed(t, source);
      out.sources[&t] = std::move(source);
      return;
   }
   if (const lang::source_file* file = open(path, t.file_where)) {
      out.sources[&t] = std::move(source);
      held(t, *file, out);
   }
}

// A roster: only its header is read here, to check its columns before any row is.
void loader::streamed(const lang::table& t, table_source& source)
{
   std::ifstream in(source.path, std::ios::binary);
   std::string head(64 * 1024, '\0');
   in.read(head.data(), static_cast<std::streamsize>(head.size()));
   head.resize(static_cast<std::size_t>(in.gcount()));
   lang::place at;
   at.file = source.path.string();
   at.line = 1;
   at.column = 1;
   if (xlsx::looks_like_zip(head)) {
      refuse_workbook(source.path, t.file_where);
      return;
   }
   const std::size_t line_end = head.find('\n');
   at.line_text = head.substr(0, std::min(line_end, head.size()));
   if (!at.line_text.empty() && at.line_text.back() == '\r') {
      at.line_text.pop_back();
   }
   if (line_end == std::string::npos && head.size() == 64 * 1024) {
      m_sink.error("E-DATA-KOLOM", at, "baris judul kolom berkas " + at.file + " terlalu panjang",
                   "baris pertama berkas CSV memuat nama kolom, dipisah ';' atau ','");
      return;
   }
   csv::reader reader(head, t.delimiter.value_or(0));
   csv::record r;
   if (!reader.next(r) && reader.error()) {
      // A header that spans lines (a quoted name holding a line break) may fail on a later one.
      const csv::error& e = *reader.error();
      lang::place fault = at;
      fault.line = e.line;
      fault.column = e.column;
      std::size_t begin = 0;
      for (std::size_t l = 1; l < e.line && begin != std::string::npos; ++l) {
         begin = head.find('\n', begin);
         begin = begin == std::string::npos ? begin : begin + 1;
      }
      if (begin != std::string::npos) {
         fault.line_text = head.substr(begin, head.find('\n', begin) - begin);
         if (!fault.line_text.empty() && fault.line_text.back() == '\r') {
            fault.line_text.pop_back();
         }
      }
      m_sink.error("E-DATA-CSV", fault, e.message, "periksa tanda kutip pada baris ini");
      return;
   }
   if (r.fields.empty()) {
      m_sink.error("E-DATA-KOLOM", t.where,
                   "berkas " + at.file + " kosong: baris judul kolom tidak ada");
      return;
   }
   if (const std::size_t bad = lang::invalid_utf8(at.line_text); bad != std::string::npos) {
      lang::place byte_at = at;
      byte_at.column = csv::display_column(at.line_text, 0, bad);
      m_sink.error("E-DATA-UTF8", byte_at,
                   "berkas data bukan teks UTF-8: " + lang::byte_text(at.line_text[bad]) +
                      " tidak sah di sini",
                   utf8_hint);
      return;
   }
   std::vector<header_name> names;
   for (const csv::field& f : r.fields) {
      lang::place name_at = at;
      name_at.line = f.line;
      name_at.column = f.column;
      name_at.width = std::max<std::size_t>(1, f.text.size());
      names.push_back({f.text, name_at});
   }
   const auto index = match_header(names, stored_columns(t), at.file, at, m_sink);
   if (!index) {
      return;
   }
   source.header_fields = r.fields.size();
   for (std::size_t c = 0, next = 0; c < t.columns.size(); ++c) {
      source.fields.push_back(t.columns[c].derived() ? std::string::npos : (*index)[next++]);
   }
   source.delimiter = reader.delimiter();
   source.body_offset = reader.position();
}

void loader::held(const lang::table& t, const lang::source_file& file, dataset& out)
{
   csv_file in(file, t.delimiter);
   // Derived columns are computed by the evaluator, not read; their cells stay empty here.
   const auto read = header(in, stored_columns(t), t.where);
   if (!read) {
      return;
   }
   std::vector<std::size_t> index;
   for (std::size_t c = 0, next = 0; c < t.columns.size(); ++c) {
      index.push_back(t.columns[c].derived() ? 0 : (*read)[next++]);
   }
   loaded_table& lt = out.tables[&t];
   lt.decl = &t;
   lt.file = &file;
   const bool skip = m_options.errors == on_error::skip;
   std::size_t skipped = 0;
   csv::record r;
   const std::size_t needed = *std::max_element(index.begin(), index.end()) + 1;
   while (in.next(r)) {
      if (r.fields.size() < needed) {
         const std::string message = "baris ini punya " + std::to_string(r.fields.size()) +
                                     " kolom, judulnya menuntut paling sedikit " +
                                     std::to_string(needed);
         if (!skip) {
            m_sink.error("E-DATA-BARIS", in.at(r.line, 1), message,
                         "periksa pemisah kolom dan tanda kutip");
         }
         else if (++skipped <= max_listed_skips) {
            m_sink.warning("W-DATA-LEWAT", in.at(r.line, 1), message + "; baris dilewati");
         }
         continue;
      }
      if (!fits_header(in, r, skip, skipped)) {
         continue;
      }
      std::vector<value> row;
      std::vector<lang::span> spans;
      bool bad = false;
      for (std::size_t c = 0; c < t.columns.size(); ++c) {
         const csv::field& f = r.fields[index[c]];
         if (t.columns[c].derived()) {
            row.emplace_back();
            spans.emplace_back();
            continue;
         }
         if (!skip) {
            row.push_back(cell(in, f, t.columns[c]));
         }
         else if (!bad) {
            cell_reading got = reading(in, f, t.columns[c]);
            if (!got.code.empty()) {
               bad = true;
               if (++skipped <= max_listed_skips) {
                  m_sink.warning("W-DATA-LEWAT", in.span_of(f), got.message + "; baris dilewati",
                                 got.hint);
               }
            }
            row.push_back(std::move(got.read));
         }
         spans.push_back(in.span_of(f));
      }
      if (bad) {
         continue;
      }
      period row_period = m_period;
      if (t.period_column) {
         const value& p = row[*t.period_column];
         if (!p.is_period()) {
            continue; // reported by cell()
         }
         row_period = p.as_period();
      }
      lt.rows.push_back(std::move(row));
      lt.cells.push_back(std::move(spans));
      lt.row_period.push_back(row_period);
   }
   if (in.error()) {
      read_error(in);
   }
   if (skipped > 0) {
      report_skipped(t, skipped, m_sink);
   }
}

void loader::realisasi(const lang::program& p, dataset& out)
{
   const lang::realisasi_source& src = *p.realisasi;
   const lang::source_file* file = open(src.file, src.sheet, src.where);
   if (!file) {
      return;
   }
   csv_file in(*file, std::nullopt);
   const std::vector<lang::column> wanted = {
      {realisasi_header[0], realisasi_header[0], lang::ast::column_type::text, src.style, {}},
      {realisasi_header[1], realisasi_header[1], lang::ast::column_type::period, src.style, {}},
      {realisasi_header[2], realisasi_header[2], lang::ast::column_type::decimal, src.style, {}},
   };
   // pembanding: the body a row's figure belongs to (a provinsi, "Nasional"); empty for the
   // agency's own realisasi.
   std::vector<std::size_t> optional;
   const auto index =
      header(in, wanted, src.where, {realisasi_header[3], realisasi_header[realisasi_to_date_column]},
             &optional);
   if (!index) {
      return;
   }
   const std::size_t body_column = optional[0];
   const std::size_t to_date_column = optional[1];
   std::vector<std::string> ids;
   for (const auto& ind : p.indicators) {
      ids.push_back(ind->id);
   }
   csv::record r;
   while (in.next(r)) {
      if (r.fields.size() < 3) {
         m_sink.error("E-DATA-BARIS", in.at(r.line, 1), "baris realisasi harus punya 3 kolom");
         continue;
      }
      if (std::size_t none = 0; !fits_header(in, r, false, none)) {
         continue;
      }
      const csv::field& id_field = r.fields[(*index)[0]];
      const std::string id = trim(id_field.text);
      const csv::field& period_field = r.fields[(*index)[1]];
      const value when = cell(in, period_field, wanted[1]);
      if (when.is_missing() && is_missing_marker(period_field.text)) {
         // Without its period a figure belongs nowhere; leaving the row out would lose it unseen.
         m_sink.error("E-DATA-NILAI", in.span_of(period_field),
                      "baris realisasi ini tidak punya periode (" +
                         rt::quoted(trim(period_field.text)) + ")",
                      std::string(core::period_forms_hint) +
                         " angka baris ini; hapus barisnya bila tidak dipakai");
         continue;
      }
      const value amount = cell(in, r.fields[(*index)[2]], wanted[2]);
      if (!p.find_indicator(id)) {
         const std::string guess = lang::closest(id, ids);
         m_sink.error("E-DATA-NILAI", in.span_of(id_field),
                      "indikator '" + id + "' tidak ada di berkas aturan",
                      guess.empty() ? "" : "mungkin maksud Anda '" + guess + "'");
         continue;
      }
      const std::string body =
         body_column < r.fields.size() ? trim(r.fields[body_column].text) : std::string{};
      const lang::span where = in.span_of(r.fields[(*index)[2]]);
      if (!body.empty()) {
         // A body without a figure ("n/a") is kept: the report says it has none.
         if (!when.is_period()) {
            continue; // reported by cell()
         }
         const auto same = std::find_if(
            out.benchmarks.begin(), out.benchmarks.end(), [&](const benchmark_entry& b) {
               return b.indicator == id && b.body == body && b.when == when.as_period();
            });
         if (same != out.benchmarks.end()) {
            auto& d = m_sink.error("E-DATA-GANDA", where,
                                   "angka " + body + " untuk " + id + " periode " +
                                      when.as_period().to_string() + " tertulis dua kali");
            d.notes.push_back({same->where, "yang pertama di sini"});
            continue;
         }
         out.benchmarks.push_back({id, body, when.as_period(), amount, where});
         continue;
      }
      if (to_date_column < r.fields.size() && !trim(r.fields[to_date_column].text).empty() &&
          when.is_period()) {
         const lang::column to_date{realisasi_header[realisasi_to_date_column],
                                    realisasi_header[realisasi_to_date_column],
                                    lang::ast::column_type::decimal, src.style, {}};
         to_date_row(*p.find_indicator(id), in, r.fields[to_date_column], to_date,
                     when.as_period(), out);
      }
      if (!when.is_period() || !amount.is_number()) {
         continue; // not available, or reported by cell()
      }
      const auto key = std::make_pair(id, when.as_period());
      if (!out.realisasi.try_emplace(key, realisasi_entry{amount.as_number(), where}).second) {
         auto& d = m_sink.error("E-DATA-GANDA", where,
                                "realisasi " + id + " periode " + key.second.to_string() +
                                   " tertulis dua kali");
         d.notes.push_back({out.realisasi.at(key).where, "yang pertama di sini"});
      }
   }
   if (in.error()) {
      read_error(in);
   }
}

// A quarter's realisasi to date (`nilai_kumulatif`), beside or instead of its own `nilai`: only
// for a quarter of an indicator that says how its quarters accumulate, else an error (a figure
// the evaluator would not read is never dropped unseen).
void loader::to_date_row(const lang::indicator& ind, csv_file& in, const csv::field& field,
                         const lang::column& column, const period& when, dataset& out)
{
   const lang::span where = in.span_of(field);
   if (!ind.accumulate) {
      m_sink.error("E-DATA-NILAI", where,
                   "realisasi kumulatif (" + column.header + ") untuk " + ind.id +
                      ", yang tidak menyatakan kumulatif",
                   "tulis `kumulatif jumlah`, `rata` atau `akhir` di indikator " + ind.id +
                      ", atau kosongkan sel ini: tanpa kumulatif realisasi suatu periode adalah "
                      "kolom nilai barisnya");
      return;
   }
   if (when.grain != period::kind::quarter) {
      m_sink.error("E-DATA-NILAI", where,
                   "realisasi kumulatif (" + column.header + ") hanya untuk triwulan, bukan " +
                      when.display(),
                   "realisasi s.d. semester atau setahun adalah realisasi s.d. triwulan "
                   "terakhirnya; tulis angka ini di kolom nilai baris " + when.to_string() +
                      " atau di baris triwulannya");
      return;
   }
   const value amount = cell(in, field, column);
   if (!amount.is_number()) {
      return; // not available ("-"), or reported by cell()
   }
   const auto key = std::make_pair(ind.id, when);
   if (!out.realisasi_to_date.try_emplace(key, realisasi_entry{amount.as_number(), where}).second) {
      auto& d = m_sink.error("E-DATA-GANDA", where,
                             "realisasi kumulatif " + ind.id + " periode " + when.to_string() +
                                " tertulis dua kali");
      d.notes.push_back({out.realisasi_to_date.at(key).where, "yang pertama di sini"});
   }
}

void loader::budget(const lang::budget_source& b, dataset& out)
{
   const lang::source_file* file = open(b.file, b.sheet, b.where);
   if (!file) {
      return;
   }
   csv_file in(*file, std::nullopt);
   const std::vector<lang::column> wanted = {
      {budget_header[0], budget_header[0], lang::ast::column_type::text, {}, {}},
      {budget_header[1], budget_header[1], lang::ast::column_type::text, {}, {}},
      {budget_header[2], budget_header[2], lang::ast::column_type::rupiah, {}, {}},
      {budget_header[3], budget_header[3], lang::ast::column_type::rupiah, {}, {}},
   };
   // pagu_sebelum: the pagu before the budget change (APBD murni), often for programs only.
   const lang::column before = {budget_header[4], budget_header[4], lang::ast::column_type::rupiah,
                                {}, {}};
   // The quarter columns of a quarterly file (budget_quarters.hpp), after it.
   std::vector<std::string> optional_names = {before.header};
   optional_names.insert(optional_names.end(), budget_quarter_header.begin(),
                         budget_quarter_header.end());
   std::vector<std::size_t> optional;
   const auto index = header(in, wanted, b.where, optional_names, &optional);
   if (!index) {
      return;
   }
   const bool quarterly = std::any_of(optional.begin() + 1, optional.end(),
                                      [](std::size_t at) { return at != std::string::npos; });
   const int quarter = m_period.last_quarter();
   if (quarterly) {
      // A quarter reached must have both its columns; a later one may be absent.
      std::string absent;
      for (int q = 1; q <= quarter; ++q) {
         for (const char* name : {budget_plan_column(q), budget_spent_column(q)}) {
            const auto at = std::find(budget_quarter_header.begin(), budget_quarter_header.end(),
                                      std::string_view(name));
            if (optional[1 + static_cast<std::size_t>(at - budget_quarter_header.begin())] ==
                std::string::npos) {
               absent += (absent.empty() ? "" : ", ") + std::string(name);
            }
         }
      }
      if (!absent.empty()) {
         m_sink.error("E-DATA-KOLOM", in.at(1, 1),
                      "berkas anggaran triwulanan " + file->name() + " tidak punya kolom " + absent +
                         " untuk periode " + m_period.to_string(),
                      "berkas anggaran per triwulan memuat rencana_tw1..rencana_tw4 dan "
                      "realisasi_tw1..realisasi_tw4 (triwulan yang belum sampai boleh kosong)");
         return;
      }
   }
   std::vector<budget_quarter_cells> quarter_cells;
   std::unordered_set<std::string> codes;
   csv::record r;
   while (in.next(r)) {
      if (r.fields.size() < 4) {
         m_sink.error("E-DATA-BARIS", in.at(r.line, 1), "baris anggaran harus punya 4 kolom");
         continue;
      }
      if (std::size_t none = 0; !fits_header(in, r, false, none)) {
         continue;
      }
      budget_line line;
      const csv::field& code = r.fields[(*index)[0]];
      line.code = trim(code.text);
      line.name = trim(r.fields[(*index)[1]].text);
      line.ceiling = cell(in, r.fields[(*index)[2]], wanted[2]);
      line.realised = cell(in, r.fields[(*index)[3]], wanted[3]);
      line.where = in.span_of(code);
      line.ceiling_where = in.span_of(r.fields[(*index)[2]]);
      line.realised_where = in.span_of(r.fields[(*index)[3]]);
      if (optional[0] < r.fields.size()) {
         line.ceiling_before = cell(in, r.fields[optional[0]], before);
      }
      budget_quarter_cells quarters;
      for (std::size_t k = 0; k < budget_quarter_header.size(); ++k) {
         const std::size_t at = optional[1 + k];
         if (at < r.fields.size()) {
            const lang::column c = {budget_quarter_header[k], budget_quarter_header[k],
                                    lang::ast::column_type::rupiah, {}, {}};
            cell_reading read = reading(in, r.fields[at], c);
            if (!read.code.empty()) {
               m_sink.error(read.code, in.span_of(r.fields[at]), read.message, read.hint);
               quarters.unread[k] = true;
            }
            quarters.cells[k] = std::move(read.read);
            quarters.where[k] = in.span_of(r.fields[at]);
         }
         else {
            quarters.where[k] = line.where;
            quarters.cells[k] = missing{missing::kind::empty_cell,
                                        std::string("kolom ") + budget_quarter_header[k] +
                                           " tidak ada",
                                        lang::place(line.where)};
         }
      }
      if (line.code.empty()) {
         m_sink.error("E-DATA-NILAI", line.where, "kode anggaran kosong");
      }
      else if (const std::size_t levels = budget_levels(line.code);
               levels > lang::limits::max_budget_levels) {
         m_sink.error("E-BATAS", line.where,
                      "kode anggaran " + rt::quoted(line.code) + " punya " + std::to_string(levels) +
                         " tingkat; batasnya " + std::to_string(lang::limits::max_budget_levels),
                      "kode sub kegiatan punya enam tingkat (1.02.02.2.01.0001); periksa titik "
                      "pada kode ini");
      }
      else if (!codes.insert(line.code).second) {
         m_sink.error("E-DATA-GANDA", line.where,
                      "kode anggaran '" + line.code + "' tertulis dua kali");
      }
      else {
         out.budget.push_back(std::move(line));
         quarter_cells.push_back(std::move(quarters));
      }
   }
   if (in.error()) {
      read_error(in);
   }
   out.budget_links = build_budget_tree(out.budget);
   if (quarterly) {
      out.budget_quarter = quarter;
      resolve_budget_quarters(out, quarter_cells, quarter, m_sink);
   }
}

// The Renja form's file: K cells are decimals, Rp cells rupiah; a code's Rp is written on its
// first row, and a later row of the same code (another indicator) leaves its Rp empty.
void loader::renja(const lang::renja_source& r, dataset& out)
{
   const lang::source_file* file = open(r.file, r.sheet, r.where);
   if (!file) {
      return;
   }
   out.renja_file = r.file;
   csv_file in(*file, std::nullopt);
   std::vector<lang::column> wanted;
   for (std::size_t i = 0; i < renja_header.size(); ++i) {
      const auto type = i < 4             ? lang::ast::column_type::text
                        : (i - 4) % 2 == 0 ? lang::ast::column_type::decimal
                                           : lang::ast::column_type::rupiah;
      wanted.push_back({renja_header[i], renja_header[i], type, {}, {}});
   }
   const auto index = header(in, wanted, r.where);
   if (!index) {
      return;
   }
   const std::size_t needed = *std::max_element(index->begin(), index->end()) + 1;
   std::unordered_set<std::string> codes;
   csv::record rec;
   while (in.next(rec)) {
      if (rec.fields.size() < needed) {
         m_sink.error("E-DATA-BARIS", in.at(rec.line, 1),
                      "baris renja harus punya " + std::to_string(needed) + " kolom, ada " +
                         std::to_string(rec.fields.size()),
                      "tulis setiap kolom judul, kosongkan sel yang belum ada");
         continue;
      }
      if (std::size_t none = 0; !fits_header(in, rec, false, none)) {
         continue;
      }
      renja_row row;
      const csv::field& code = rec.fields[(*index)[0]];
      row.code = trim(code.text);
      row.name = trim(rec.fields[(*index)[1]].text);
      row.indicator = trim(rec.fields[(*index)[2]].text);
      row.unit = trim(rec.fields[(*index)[3]].text);
      row.where = in.span_of(code);
      if (row.code.empty()) {
         m_sink.error("E-DATA-NILAI", row.where, "kode renja kosong",
                      "tulis kode program, kegiatan atau sub kegiatan (A, A.1, A.1.1)");
         continue;
      }
      if (const std::size_t levels = budget_levels(row.code);
          levels > lang::limits::max_budget_levels) {
         m_sink.error("E-BATAS", row.where,
                      "kode renja " + rt::quoted(row.code) + " punya " + std::to_string(levels) +
                         " tingkat; batasnya " + std::to_string(lang::limits::max_budget_levels),
                      "periksa titik pada kode ini");
         continue;
      }
      row.carries_budget = codes.insert(row.code).second;
      for (std::size_t c = 0; c < renja_read_columns; ++c) {
         const std::size_t k = 4 + 2 * c;
         const csv::field& kf = rec.fields[(*index)[k]];
         const csv::field& rf = rec.fields[(*index)[k + 1]];
         row.k[c] = cell(in, kf, wanted[k]);
         row.k_where[c] = in.span_of(kf);
         row.rp_where[c] = in.span_of(rf);
         const value rp = cell(in, rf, wanted[k + 1]);
         if (row.carries_budget) {
            row.rp[c] = rp;
         }
         else if (!rp.is_missing()) {
            m_sink.error("E-DATA-NILAI", in.span_of(rf),
                         "Rp kode " + row.code + " sudah ditulis pada baris pertama kode itu",
                         "kode dengan beberapa indikator menulis Rp-nya sekali, pada baris "
                         "pertamanya; kosongkan sel ini");
         }
      }
      out.renja.push_back(std::move(row));
   }
   if (in.error()) {
      read_error(in);
   }
}

} // namespace

bool needs_period(const lang::program& p)
{
   if (p.renstra_from || p.realisasi || p.budget || p.renja) {
      return true;
   }
   for (const auto& ind : p.indicators) {
      if (!ind->targets.empty()) {
         return true;
      }
   }
   bool uses = false;
   const auto look = [&](const lang::ir::expr* e) {
      if (!e) {
         return;
      }
      lang::walk(*e, [&](const lang::ir::expr& x) {
         const auto* c = std::get_if<lang::ir::context_ref>(&x.node);
         uses = uses || (c && c->name == lang::ir::context_name::period);
      });
   };
   for (const auto& t : p.tables) {
      if (t->period_column) {
         return true;
      }
      for (const auto& f : t->formulas) {
         look(f.get());
      }
   }
   for (const auto& c : p.constants) {
      look(c->value.get());
   }
   for (const auto& r : p.rules) {
      look(r->body.get());
   }
   for (const auto& v : p.values) {
      look(v->value.get());
   }
   for (const auto& ind : p.indicators) {
      for (const lang::figure* f : ind->figures()) {
         look(f->formula.get());
      }
   }
   return uses;
}

dataset load_dataset(const lang::program& p, const fs::path& folder, const period& data_period,
                     lang::source_manager& sources, lang::diagnostic_sink& sink)
{
   return load_dataset(p, folder, data_period, load_options{}, sources, sink);
}

dataset load_dataset(const lang::program& p, const fs::path& folder, const period& data_period,
                     const load_options& options, lang::source_manager& sources,
                     lang::diagnostic_sink& sink)
{
   dataset out;
   out.data_period = data_period;
   out.folder = folder;
   out.errors = options.errors;
   out.files = data_files::open(folder, sources, sink);
   if (!out.files) {
      return out;
   }
   loader load(*out.files, data_period, options, sources, sink);
   for (const auto& t : p.tables) {
      load.table(*t, out);
   }
   if (p.realisasi) {
      load.realisasi(p, out);
   }
   if (p.budget) {
      load.budget(*p.budget, out);
   }
   if (p.renja) {
      load.renja(*p.renja, out);
   }
   return out;
}

} // namespace ind::rt
