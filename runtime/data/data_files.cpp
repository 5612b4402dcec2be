#include "runtime/data/data_files.hpp"

#include "lang/limits.hpp"
#include "lang/program.hpp"
#include "lang/suggest.hpp"

#include <cctype>
#include <fstream>

namespace ind::rt {

namespace fs = std::filesystem;

data_kind kind_of_data(const fs::path& path)
{
   std::error_code ec;
   if (fs::is_directory(path, ec)) {
      return data_kind::folder;
   }
   if (!fs::exists(path, ec)) {
      return data_kind::missing;
   }
   // By what the file holds, not by its name: a workbook saved as "data.csv" is still a zip.
   std::ifstream in(path, std::ios::binary);
   char head[4] = {};
   in.read(head, sizeof head);
   return xlsx::looks_like_zip(std::string_view(head, static_cast<std::size_t>(in.gcount())))
             ? data_kind::workbook
             : data_kind::file;
}

bool data_folder_exists(const fs::path& path, lang::diagnostic_sink& sink)
{
   const data_kind kind = kind_of_data(path);
   if (kind == data_kind::folder || kind == data_kind::workbook) {
      return true;
   }
   lang::place at;
   at.file = path.string();
   sink.error("E-DATA-BERKAS", at, "folder data tidak ada",
              "--data menunjuk folder berisi berkas CSV yang dinyatakan aturan, atau buku kerja "
              ".xlsx berisi lembar-lembarnya");
   return false;
}

std::string sheet_file_name(const fs::path& book, const std::string& sheet)
{
   bool plain = !sheet.empty();
   for (const char c : sheet) {
      plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
   }
   std::string out = book.string();
   out.push_back(':');
   if (plain) {
      return out.append(sheet);
   }
   out.push_back('\'');
   for (const char c : sheet) {
      out.push_back(c);
      if (c == '\'') {
         out.push_back(c);
      }
   }
   out.push_back('\'');
   return out;
}

namespace {

bool needs_quotes(std::string_view text, char delimiter)
{
   return text.find_first_of("\",;\t\r\n") != std::string_view::npos ||
          text.find(delimiter) != std::string_view::npos;
}

} // namespace

std::optional<std::string> sheet_as_csv(const xlsx::sheet& s, char delimiter,
                                        lang::sheet_origin& origin, xlsx::problem& why)
{
   const auto refuse = [&](std::string message) {
      why = {};
      why.code = "E-BATAS";
      why.message = std::move(message);
      why.hint = "simpan tabel sebesar ini sebagai CSV, yang dibaca bertahap";
      why.sheet = s.name;
      return std::nullopt;
   };
   std::string text;
   std::uint32_t line = 1;
   std::uint32_t header_width = 0;
   std::size_t fields = 0;
   for (std::size_t i = 0; i < s.cells.size();) {
      const std::uint32_t row = s.cells[i].row;
      std::size_t end = i;
      while (end < s.cells.size() && s.cells[end].row == row) {
         ++end;
      }
      const std::uint32_t width = std::max(header_width, s.cells[end - 1].column);
      if (header_width == 0) {
         header_width = width;
      }
      fields += width;
      if (fields > lang::limits::max_sheet_cells) {
         return refuse("lembar " + s.name + " punya lebih dari " +
                       std::to_string(lang::limits::max_sheet_cells) +
                       " sel, dihitung dari kolom A sampai sel terakhir tiap baris");
      }
      for (; line < row; ++line) {
         text += '\n';
      }
      std::size_t next = i;
      for (std::uint32_t column = 1; column <= width; ++column) {
         if (column > 1) {
            text += delimiter;
         }
         if (text.size() > lang::limits::max_sheet_text_bytes) {
            break;
         }
         const bool has = next < end && s.cells[next].column == column;
         origin.cells.push_back({static_cast<std::uint32_t>(text.size()), row, column,
                                 has && s.cells[next].type == xlsx::cell::kind::number});
         if (!has) {
            continue;
         }
         const std::string& value = s.cells[next++].text;
         if (needs_quotes(value, delimiter)) {
            text += '"';
            for (const char c : value) {
               text += c == '"' ? std::string("\"\"") : std::string(1, c);
            }
            text += '"';
         }
         else {
            text += value;
         }
      }
      if (text.size() > lang::limits::max_sheet_text_bytes) {
         return refuse("lembar " + s.name + " lebih dari " +
                       std::to_string(lang::limits::max_sheet_text_bytes / (1024 * 1024)) +
                       " MB bila ditulis sebagai CSV");
      }
      text += '\n';
      ++line;
      i = end;
   }
   return text;
}

std::shared_ptr<const data_files> data_files::open(const fs::path& path,
                                                   lang::source_manager& sources,
                                                   lang::diagnostic_sink& sink)
{
   auto out = std::make_shared<data_files>();
   out->m_path = path;
   switch (kind_of_data(path)) {
   case data_kind::folder:
      return out;
   case data_kind::missing:
   case data_kind::file:
      data_folder_exists(path, sink);
      return nullptr;
   case data_kind::workbook:
      break;
   }
   std::string error;
   const lang::source_file* file =
      sources.load(path.string(), error, lang::limits::max_workbook_part_bytes);
   if (!file) {
      lang::place at;
      at.file = path.string();
      sink.error("E-DATA-BERKAS", at, "buku kerja tidak dapat dibaca: " + error,
                 "buku kerja paling besar " +
                    std::to_string(lang::limits::max_workbook_part_bytes / (1024 * 1024)) +
                    " MB; simpan tabel yang besar sebagai CSV");
      return nullptr;
   }
   xlsx::problem why;
   out->m_book = xlsx::workbook::open(file->text(), why);
   if (!out->m_book) {
      report_workbook_problem(path, why, sink);
      return nullptr;
   }
   return out;
}

const lang::source_file* data_files::sheet(const std::string& file_name,
                                           const std::optional<lang::ast::sheet_name>& named,
                                           char delimiter, lang::span declared_at,
                                           lang::source_manager& sources,
                                           lang::diagnostic_sink& sink) const
{
   const std::string name = lang::sheet_of(file_name, named);
   xlsx::problem why;
   const std::optional<xlsx::sheet> s = m_book->read(name, why);
   if (!s) {
      if (why.sheet.empty()) {
         // No such sheet: said where the rule file names it, with the nearest name present.
         const std::string near = lang::closest(name, m_book->sheet_names());
         sink.error(why.code, named ? named->where : declared_at,
                    "buku kerja " + m_path.string() + " tidak punya lembar '" + name + "'",
                    near.empty() ? why.hint : lang::did_you_mean(near) + "; " + why.hint);
      }
      else {
         report_workbook_problem(m_path, why, sink);
      }
      return nullptr;
   }
   lang::sheet_origin origin;
   std::optional<std::string> text = sheet_as_csv(*s, delimiter, origin, why);
   if (!text) {
      report_workbook_problem(m_path, why, sink);
      return nullptr;
   }
   return &sources.add(sheet_file_name(m_path, s->name), std::move(*text), std::move(origin));
}

bool stored_as_number(const lang::source_file& file, std::size_t offset)
{
   const lang::sheet_origin* origin = file.origin();
   const lang::sheet_origin::cell* c = origin ? origin->at(offset) : nullptr;
   return c && c->number;
}

lang::place workbook_place(const fs::path& book, const xlsx::problem& p)
{
   lang::place at;
   at.file = p.sheet.empty() ? book.string() : sheet_file_name(book, p.sheet);
   if (p.row > 0 && p.column > 0) {
      at.file.push_back('!');
      at.file.append(lang::cell_name(p.row, p.column));
   }
   return at;
}

void report_workbook_problem(const fs::path& book, const xlsx::problem& p,
                             lang::diagnostic_sink& sink)
{
   sink.error(p.code, workbook_place(book, p), p.message, p.hint);
}

} // namespace ind::rt
