// A small reader of XLSX workbooks (Office Open XML spreadsheets), for data kept in Excel or
// LibreOffice: the sheet names, and the cells of one sheet as the text the cell holds. The
// workbook is a zip archive (libzip) of XML parts (expat): xl/workbook.xml names the sheets,
// xl/_rels/workbook.xml.rels says which part holds each, xl/sharedStrings.xml holds the texts
// cells refer to, xl/styles.xml says which cells are shown as percentages or dates.
//
// A number cell is read from the decimal text the file stores, never through a binary double:
// Excel writes the shortest text that gives back its double (up to 17 significant digits) and
// shows at most 15, so a stored text with more is rounded half-up to 15 significant digits, as
// the cell shows it in full. A cell shown as a percentage holds the fraction (0,3 for 30 %): it
// is read as the percentage shown, "30%". Texts (shared or inline) are read as they are, TRUE and
// FALSE as BENAR and SALAH, an error value as its text (#N/A). A formula is read as the value the
// file stores for it (its last computed value); a formula without one, and a date, are refused.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ind::rt::xlsx {

// Why a workbook, or a sheet of it, cannot be read. `row` and `column` (1-based) name the cell
// when the problem is one cell's; 0 otherwise.
struct problem
{
   std::string code; // E-DATA-XLSX, or E-BATAS for a limit
   std::string message;
   std::string hint;
   std::string sheet;
   std::uint32_t row = 0;
   std::uint32_t column = 0;
};

struct cell
{
   enum class kind : unsigned char
   {
      text,
      number,  // text holds the number as the cell shows it in full, '.' before decimals
      boolean, // BENAR or SALAH
      error,   // #N/A, #DIV/0! ...
   };
   std::uint32_t row = 0;    // 1-based
   std::uint32_t column = 0; // 1-based: A is 1
   kind type = kind::text;
   std::string text;
};

// The cells of one sheet that hold a value, in row and then column order.
struct sheet
{
   std::string name;
   std::vector<cell> cells;
};

class workbook
{
 public:
   ~workbook();
   workbook(const workbook&) = delete;
   workbook& operator=(const workbook&) = delete;

   // Reads the sheet list, the shared strings and the styles of the workbook held in `bytes`
   // (copied); nullptr, with `why` set, when it is not a workbook that can be read.
   static std::unique_ptr<workbook> open(std::string_view bytes, problem& why);

   const std::vector<std::string>& sheet_names() const { return m_names; }
   // The sheet named `name` (as written, compared without regard to case); nullopt with `why`
   // set when there is none or it cannot be read.
   std::optional<sheet> read(std::string_view name, problem& why) const;

 private:
   workbook() = default;
   struct state;
   std::unique_ptr<state> m_state;
   std::vector<std::string> m_names;
};

// Whether `bytes` start as a zip archive does (an XLSX or ODS file, not text).
bool looks_like_zip(std::string_view bytes);

// The decimal text of an XLSX number ("7.7319999999999993E1", "-1E-3") as plain decimal text at
// most 15 significant digits long ("77.32", "-0.001"), rounded half-up; nullopt when it is not a
// number. `percent` moves the point two places right.
std::optional<std::string> shown_number(std::string_view stored, bool percent);

} // namespace ind::rt::xlsx
