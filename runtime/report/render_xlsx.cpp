#include "lang/limits.hpp"
#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"
#include "runtime/report/template.hpp"

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ind::rt::report {

namespace {

// The number format showing a figure at its decimals, with thousands grouped. A format code
// names no separators: ',' and '.' in it mean "group" and "decimal", and the spreadsheet draws
// them as its reader's locale says (14.289.814.108 and 108,6 in an Indonesian one). A locale tag
// such as [$-421] would change the names of months and days only, which no figure here has.
std::string number_format(int places)
{
   std::string code = "#,##0";
   if (places > 0) {
      code += '.';
      code.append(static_cast<std::size_t>(places), '0');
   }
   return code;
}

std::size_t chars(const std::string& s)
{
   return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// libxlsxwriter, opened the first time a workbook is written rather than when ind starts: it
// brings minizip and OpenSSL with it, and loading those would add about 2 ms to every command.
// Each entry point keeps the type the library's header declares for it.
struct xlsx_library
{
   decltype(&::workbook_new) workbook_new = nullptr;
   decltype(&::workbook_add_format) workbook_add_format = nullptr;
   decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
   decltype(&::workbook_set_properties) workbook_set_properties = nullptr;
   decltype(&::workbook_close) workbook_close = nullptr;
   decltype(&::format_set_bold) format_set_bold = nullptr;
   decltype(&::format_set_italic) format_set_italic = nullptr;
   decltype(&::format_set_font_size) format_set_font_size = nullptr;
   decltype(&::format_set_bg_color) format_set_bg_color = nullptr;
   decltype(&::format_set_bottom) format_set_bottom = nullptr;
   decltype(&::format_set_text_wrap) format_set_text_wrap = nullptr;
   decltype(&::format_set_align) format_set_align = nullptr;
   decltype(&::format_set_num_format) format_set_num_format = nullptr;
   decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
   decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
   decltype(&::worksheet_write_comment) worksheet_write_comment = nullptr;
   decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
   decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
   decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
   decltype(&::lxw_strerror) lxw_strerror = nullptr;

   // The library, or nullptr with `error` saying why it cannot be used. Opened once per process
   // and kept open.
   static const xlsx_library* open(std::string& error)
   {
      static const std::pair<xlsx_library, std::string> loaded = load();
      error = loaded.second;
      return error.empty() ? &loaded.first : nullptr;
   }

 private:
   static std::pair<xlsx_library, std::string> load()
   {
      xlsx_library lib;
      void* handle = dlopen(IND_XLSXWRITER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
      if (!handle) {
         return {lib, std::string("pustaka " IND_XLSXWRITER_LIBRARY " tidak dapat dimuat (") +
                         dlerror() + "); pasang paket libxlsxwriter untuk keluaran XLSX"};
      }
      std::string missing;
      const auto bind = [&](auto& entry, const char* name) {
         entry = reinterpret_cast<std::remove_reference_t<decltype(entry)>>(dlsym(handle, name));
         if (!entry) {
            missing += (missing.empty() ? "" : ", ") + std::string(name);
         }
      };
      bind(lib.workbook_new, "workbook_new");
      bind(lib.workbook_add_format, "workbook_add_format");
      bind(lib.workbook_add_worksheet, "workbook_add_worksheet");
      bind(lib.workbook_set_properties, "workbook_set_properties");
      bind(lib.workbook_close, "workbook_close");
      bind(lib.format_set_bold, "format_set_bold");
      bind(lib.format_set_italic, "format_set_italic");
      bind(lib.format_set_font_size, "format_set_font_size");
      bind(lib.format_set_bg_color, "format_set_bg_color");
      bind(lib.format_set_bottom, "format_set_bottom");
      bind(lib.format_set_text_wrap, "format_set_text_wrap");
      bind(lib.format_set_align, "format_set_align");
      bind(lib.format_set_num_format, "format_set_num_format");
      bind(lib.worksheet_write_string, "worksheet_write_string");
      bind(lib.worksheet_write_number, "worksheet_write_number");
      bind(lib.worksheet_write_comment, "worksheet_write_comment");
      bind(lib.worksheet_set_column, "worksheet_set_column");
      bind(lib.worksheet_freeze_panes, "worksheet_freeze_panes");
      bind(lib.worksheet_autofilter, "worksheet_autofilter");
      bind(lib.lxw_strerror, "lxw_strerror");
      if (!missing.empty()) {
         return {lib, "pustaka " IND_XLSXWRITER_LIBRARY " tidak memuat " + missing +
                         "; pasang versi libxlsxwriter yang dipakai saat ind dibangun"};
      }
      return {lib, ""};
   }
};

class workbook_writer
{
 public:
   workbook_writer(const xlsx_library& lib, const std::filesystem::path& file)
      : m_lib(lib), m_book(m_lib.workbook_new(file.string().c_str()))
   {
      if (!m_book) {
         return;
      }
      m_title = m_lib.workbook_add_format(m_book);
      m_lib.format_set_bold(m_title);
      m_lib.format_set_font_size(m_title, 13);
      m_header = m_lib.workbook_add_format(m_book);
      m_lib.format_set_bold(m_header);
      m_lib.format_set_bg_color(m_header, 0xEDF2F7);
      m_lib.format_set_bottom(m_header, LXW_BORDER_THIN);
      m_lib.format_set_text_wrap(m_header);
      m_lib.format_set_align(m_header, LXW_ALIGN_VERTICAL_BOTTOM);
      m_note = m_lib.workbook_add_format(m_book);
      m_lib.format_set_italic(m_note);
      m_text[0] = m_lib.workbook_add_format(m_book);
      m_lib.format_set_align(m_text[0], LXW_ALIGN_VERTICAL_TOP);
      m_text[1] = m_lib.workbook_add_format(m_book);
      m_lib.format_set_align(m_text[1], LXW_ALIGN_VERTICAL_TOP);
      m_lib.format_set_bold(m_text[1]);
      m_wrapped[0] = m_lib.workbook_add_format(m_book);
      m_lib.format_set_text_wrap(m_wrapped[0]);
      m_lib.format_set_align(m_wrapped[0], LXW_ALIGN_VERTICAL_TOP);
      m_wrapped[1] = m_lib.workbook_add_format(m_book);
      m_lib.format_set_text_wrap(m_wrapped[1]);
      m_lib.format_set_align(m_wrapped[1], LXW_ALIGN_VERTICAL_TOP);
      m_lib.format_set_bold(m_wrapped[1]);
   }

   ~workbook_writer()
   {
      if (m_book) {
         m_lib.workbook_close(m_book); // only after a failure: finish() closes and clears it
      }
   }
   workbook_writer(const workbook_writer&) = delete;
   workbook_writer& operator=(const workbook_writer&) = delete;

   bool ok() const { return m_book != nullptr; }

   void set_title(const std::string& title, const std::string& agency)
   {
      m_title_text = title;
      m_agency = agency;
      lxw_doc_properties properties{};
      properties.title = m_title_text.data();
      properties.company = m_agency.data();
      properties.comments = m_comments.data();
      m_lib.workbook_set_properties(m_book, &properties);
   }

   bool sheet(const table& t, std::string& error)
   {
      lxw_worksheet* ws = m_lib.workbook_add_worksheet(m_book, t.sheet.c_str());
      if (!ws) {
         error = "nama lembar '" + t.sheet + "' ditolak libxlsxwriter";
         return false;
      }
      m_lib.worksheet_write_string(ws, 0, 0, t.title.c_str(), m_title);
      std::vector<std::size_t> widths(t.headers.size(), 6);
      for (std::size_t c = 0; c < t.headers.size(); ++c) {
         m_lib.worksheet_write_string(ws, 1, col(c), t.headers[c].c_str(), m_header);
         widths[c] = std::max(widths[c], std::min<std::size_t>(chars(t.headers[c]), 24));
      }
      lxw_row_t row = 2;
      // Group headings are left out: the grouped tables carry the group in a column.
      for (const table_row& r : t.rows) {
         const int bold = r.kind == row_kind::total ? 1 : 0;
         for (std::size_t c = 0; c < r.cells.size(); ++c) {
            const cell& x = r.cells[c];
            if (x.value) {
               write_number(ws, row, col(c), x, bold);
            }
            else if (!x.text.empty()) {
               const bool wrap = c == t.wrap_column;
               m_lib.worksheet_write_string(ws, row, col(c), x.text.c_str(),
                                      wrap ? m_wrapped[bold] : m_text[bold]);
            }
            if (!x.finding_note.empty()) {
               m_lib.worksheet_write_comment(ws, row, col(c), x.finding_note.c_str());
            }
            if (c < widths.size()) {
               widths[c] = std::max(widths[c], chars(x.text) + 2);
            }
         }
         ++row;
      }
      for (std::size_t c = 0; c < widths.size(); ++c) {
         const double width = static_cast<double>(std::min<std::size_t>(widths[c], 60));
         m_lib.worksheet_set_column(ws, col(c), col(c), width, nullptr);
      }
      if (!t.note.empty()) {
         m_lib.worksheet_write_string(ws, row + 1, 0, t.note.c_str(), m_note);
      }
      m_lib.worksheet_freeze_panes(ws, 2, 0);
      if (row > 2 && !t.headers.empty()) {
         m_lib.worksheet_autofilter(ws, 1, 0, row - 1, col(t.headers.size() - 1));
      }
      return true;
   }

   // A sheet of data to be filled in, laid out as the CSV file it stands for: the header in its
   // first row (no title above it: the reader takes the first row as the header), then the rows.
   // Every cell is text and every column is formatted as Text, so that what a filler types stays
   // as typed and is read like a CSV cell under its column's declared number format, whatever
   // the locale of the spreadsheet program (71,17 in an English Excel is not turned into 7117).
   bool data_sheet(const template_file& f, std::string& error)
   {
      const std::string& name = f.sheet;
      lxw_worksheet* ws = m_lib.workbook_add_worksheet(m_book, name.c_str());
      if (!ws) {
         error = "nama lembar '" + name + "' ditolak libxlsxwriter (paling banyak " +
                 std::to_string(lang::limits::max_sheet_name_chars) +
                 " karakter, tanpa []:*?/\\)";
         return false;
      }
      if (!m_typed_text) {
         m_typed_text = m_lib.workbook_add_format(m_book);
         m_lib.format_set_num_format(m_typed_text, "@");
         m_typed_header = m_lib.workbook_add_format(m_book);
         m_lib.format_set_num_format(m_typed_header, "@");
         m_lib.format_set_bold(m_typed_header);
         m_lib.format_set_bg_color(m_typed_header, 0xEDF2F7);
         m_lib.format_set_bottom(m_typed_header, LXW_BORDER_THIN);
      }
      std::vector<std::size_t> widths(f.header.size(), 8);
      for (std::size_t c = 0; c < f.header.size(); ++c) {
         m_lib.worksheet_write_string(ws, 0, col(c), f.header[c].c_str(), m_typed_header);
         widths[c] = std::max(widths[c], chars(f.header[c]) + 2);
      }
      lxw_row_t row = 1;
      for (const std::vector<std::string>& cells : f.rows) {
         for (std::size_t c = 0; c < cells.size(); ++c) {
            if (!cells[c].empty()) {
               m_lib.worksheet_write_string(ws, row, col(c), cells[c].c_str(), m_typed_text);
            }
            if (c < widths.size()) {
               widths[c] = std::max(widths[c], chars(cells[c]) + 2);
            }
         }
         ++row;
      }
      for (std::size_t c = 0; c < widths.size(); ++c) {
         const double width = static_cast<double>(std::min<std::size_t>(widths[c], 50));
         m_lib.worksheet_set_column(ws, col(c), col(c), width, m_typed_text);
      }
      if (!f.note.empty() && !f.header.empty()) {
         m_lib.worksheet_write_comment(ws, 0, 0, f.note.c_str());
      }
      m_lib.worksheet_freeze_panes(ws, 1, 0);
      return true;
   }

   bool finish(std::string& error)
   {
      const lxw_error result = m_lib.workbook_close(m_book);
      m_book = nullptr;
      if (result != LXW_NO_ERROR) {
         error = std::string("gagal menulis XLSX: ") + m_lib.lxw_strerror(result);
         return false;
      }
      return true;
   }

 private:
   static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }

   void write_number(lxw_worksheet* ws, lxw_row_t row, lxw_col_t column, const cell& x, int bold)
   {
      // The one place a figure becomes binary floating point: worksheet_write_number() takes a
      // double. It is read from the exact decimal's text, and the cell's number format shows it
      // at the figure's declared places, so the digits a reader sees are the exact ones.
      const std::string exact = x.value->to_string();
      double number = 0;
      const auto parsed = std::from_chars(exact.data(), exact.data() + exact.size(), number);
      if (parsed.ec != std::errc{} || parsed.ptr != exact.data() + exact.size()) {
         // Not expected for a figure rounded to its places; never store a wrong number.
         m_lib.worksheet_write_string(ws, row, column, x.text.c_str(), m_text[bold]);
         return;
      }
      m_lib.worksheet_write_number(ws, row, column, number, format(x.places, bold));
   }

   lxw_format* format(int places, int bold)
   {
      const auto key = std::make_pair(places, bold);
      const auto it = m_numbers.find(key);
      if (it != m_numbers.end()) {
         return it->second;
      }
      lxw_format* f = m_lib.workbook_add_format(m_book);
      m_lib.format_set_num_format(f, number_format(places).c_str()); // copied by the library
      m_lib.format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      if (bold) {
         m_lib.format_set_bold(f);
      }
      m_numbers.emplace(key, f);
      return f;
   }

   const xlsx_library& m_lib;
   lxw_workbook* m_book;
   std::string m_title_text;
   std::string m_agency;
   lxw_format* m_title = nullptr;
   lxw_format* m_header = nullptr;
   lxw_format* m_note = nullptr;
   lxw_format* m_text[2] = {nullptr, nullptr};
   lxw_format* m_wrapped[2] = {nullptr, nullptr};
   lxw_format* m_typed_text = nullptr;   // of data_sheet(): cells typed as text
   lxw_format* m_typed_header = nullptr;
   std::map<std::pair<int, int>, lxw_format*> m_numbers;
   std::string m_comments = "Dibuat oleh ind";
};

// A workbook of one sheet per table, with its title and the agency it speaks of (none for a
// table of several agencies).
bool write_tables(const std::filesystem::path& file, const std::string& title,
                  const std::string& agency, const std::vector<table>& tables, std::string& error)
{
   const xlsx_library* lib = xlsx_library::open(error);
   if (!lib) {
      return false;
   }
   workbook_writer book(*lib, file);
   if (!book.ok()) {
      error = "tidak dapat membuat " + file.string();
      return false;
   }
   book.set_title(title, agency);
   for (const table& t : tables) {
      if (!book.sheet(t, error)) {
         return false;
      }
   }
   return book.finish(error);
}

} // namespace

bool render_xlsx(const std::filesystem::path& file, const document& doc,
                 const render_options& options, std::string& error)
{
   const std::string title = doc.verdict
                                ? audit_title(doc.agency, period_heading(doc))
                                : "Laporan Kinerja " + doc.agency + " " + period_heading(doc);
   return write_tables(file, title, doc.agency, lkjip_tables(doc, {options.loc, true}), error);
}

bool render_xlsx_tables(const std::filesystem::path& file, const std::string& title,
                        const std::vector<table>& tables, std::string& error)
{
   return write_tables(file, title, "", tables, error);
}

bool template_xlsx(const std::filesystem::path& file, const std::vector<template_file>& files,
                   std::string& error)
{
   const xlsx_library* lib = xlsx_library::open(error);
   if (!lib) {
      return false;
   }
   workbook_writer book(*lib, file);
   if (!book.ok()) {
      error = "tidak dapat membuat " + file.string();
      return false;
   }
   for (const template_file& f : files) {
      if (!book.data_sheet(f, error)) {
         return false;
      }
   }
   return book.finish(error);
}

} // namespace ind::rt::report
