#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"

#include <xlsxwriter.h>

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

class workbook_writer
{
 public:
   explicit workbook_writer(const std::filesystem::path& file)
      : m_book(workbook_new(file.string().c_str()))
   {
      if (!m_book) {
         return;
      }
      m_title = workbook_add_format(m_book);
      format_set_bold(m_title);
      format_set_font_size(m_title, 13);
      m_header = workbook_add_format(m_book);
      format_set_bold(m_header);
      format_set_bg_color(m_header, 0xEDF2F7);
      format_set_bottom(m_header, LXW_BORDER_THIN);
      format_set_text_wrap(m_header);
      format_set_align(m_header, LXW_ALIGN_VERTICAL_BOTTOM);
      m_note = workbook_add_format(m_book);
      format_set_italic(m_note);
      m_text[0] = workbook_add_format(m_book);
      format_set_align(m_text[0], LXW_ALIGN_VERTICAL_TOP);
      m_text[1] = workbook_add_format(m_book);
      format_set_align(m_text[1], LXW_ALIGN_VERTICAL_TOP);
      format_set_bold(m_text[1]);
      m_wrapped[0] = workbook_add_format(m_book);
      format_set_text_wrap(m_wrapped[0]);
      format_set_align(m_wrapped[0], LXW_ALIGN_VERTICAL_TOP);
      m_wrapped[1] = workbook_add_format(m_book);
      format_set_text_wrap(m_wrapped[1]);
      format_set_align(m_wrapped[1], LXW_ALIGN_VERTICAL_TOP);
      format_set_bold(m_wrapped[1]);
   }

   ~workbook_writer()
   {
      if (m_book) {
         workbook_close(m_book); // only after a failure: finish() closes and clears it
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
      workbook_set_properties(m_book, &properties);
   }

   bool sheet(const table& t, std::string& error)
   {
      lxw_worksheet* ws = workbook_add_worksheet(m_book, t.sheet.c_str());
      if (!ws) {
         error = "nama lembar '" + t.sheet + "' ditolak libxlsxwriter";
         return false;
      }
      worksheet_write_string(ws, 0, 0, t.title.c_str(), m_title);
      std::vector<std::size_t> widths(t.headers.size(), 6);
      for (std::size_t c = 0; c < t.headers.size(); ++c) {
         worksheet_write_string(ws, 1, col(c), t.headers[c].c_str(), m_header);
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
               worksheet_write_string(ws, row, col(c), x.text.c_str(),
                                      wrap ? m_wrapped[bold] : m_text[bold]);
            }
            if (!x.finding_note.empty()) {
               worksheet_write_comment(ws, row, col(c), x.finding_note.c_str());
            }
            if (c < widths.size()) {
               widths[c] = std::max(widths[c], chars(x.text) + 2);
            }
         }
         ++row;
      }
      for (std::size_t c = 0; c < widths.size(); ++c) {
         const double width = static_cast<double>(std::min<std::size_t>(widths[c], 60));
         worksheet_set_column(ws, col(c), col(c), width, nullptr);
      }
      if (!t.note.empty()) {
         worksheet_write_string(ws, row + 1, 0, t.note.c_str(), m_note);
      }
      worksheet_freeze_panes(ws, 2, 0);
      if (row > 2 && !t.headers.empty()) {
         worksheet_autofilter(ws, 1, 0, row - 1, col(t.headers.size() - 1));
      }
      return true;
   }

   bool finish(std::string& error)
   {
      const lxw_error result = workbook_close(m_book);
      m_book = nullptr;
      if (result != LXW_NO_ERROR) {
         error = std::string("gagal menulis XLSX: ") + lxw_strerror(result);
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
         worksheet_write_string(ws, row, column, x.text.c_str(), m_text[bold]);
         return;
      }
      worksheet_write_number(ws, row, column, number, format(x.places, bold));
   }

   lxw_format* format(int places, int bold)
   {
      const auto key = std::make_pair(places, bold);
      const auto it = m_numbers.find(key);
      if (it != m_numbers.end()) {
         return it->second;
      }
      lxw_format* f = workbook_add_format(m_book);
      format_set_num_format(f, number_format(places).c_str()); // copied by the library
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      if (bold) {
         format_set_bold(f);
      }
      m_numbers.emplace(key, f);
      return f;
   }

   lxw_workbook* m_book;
   std::string m_title_text;
   std::string m_agency;
   lxw_format* m_title = nullptr;
   lxw_format* m_header = nullptr;
   lxw_format* m_note = nullptr;
   lxw_format* m_text[2] = {nullptr, nullptr};
   lxw_format* m_wrapped[2] = {nullptr, nullptr};
   std::map<std::pair<int, int>, lxw_format*> m_numbers;
   std::string m_comments = "Dibuat oleh ind";
};

} // namespace

bool render_xlsx(const std::filesystem::path& file, const document& doc,
                 const render_options& options, std::string& error)
{
   workbook_writer book(file);
   if (!book.ok()) {
      error = "tidak dapat membuat " + file.string();
      return false;
   }
   book.set_title("Laporan Kinerja " + doc.agency + " " + period_heading(doc), doc.agency);
   for (const table& t : lkjip_tables(doc, {options.loc, true})) {
      if (!book.sheet(t, error)) {
         return false;
      }
   }
   return book.finish(error);
}

} // namespace ind::rt::report
