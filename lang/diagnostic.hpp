// Diagnostics: one type and one renderer for parse, check, data and evaluation problems.
//
// A diagnostic has a severity, a stable code (E-NAMA, W-SKALA-CELAH, ...), an Indonesian message,
// a place, an optional hint and notes pointing at related places. Places are spans in a
// source_file (rule files and small data files) or plain file/line/column positions (rows of a
// streamed roster, which is never held in memory).
#pragma once

#include "lang/source.hpp"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ind::lang {

enum class severity : unsigned char
{
   error,
   warning,
};

// A place in a file: a span when the file is held as a source_file, otherwise file/line/column
// with the text of that line when it is known.
struct place
{
   span where;
   std::string file;
   std::size_t line = 0;
   std::size_t column = 0;
   std::size_t width = 1;
   std::string line_text;

   place() = default;
   place(span s) : where(s) {} // NOLINT: a span is a place

   bool valid() const { return where.valid() || !file.empty(); }
   std::string file_name() const;
   std::size_t line_number() const;
   std::size_t column_number() const;
   // "file:line:col" ("file" alone without a line; "book.xlsx:sheet!B14" in a workbook's sheet).
   std::string location() const;
};

struct note
{
   place at;
   std::string message;
};

// A correction the hint proposes: the text to write in place of a span (a "did you mean"). The
// language server offers it as a quick fix; the renderer shows only the hint.
struct replacement
{
   span where;
   std::string text;
};

struct diagnostic
{
   severity level = severity::error;
   std::string code;
   std::string message;
   place at;
   std::string hint;     // "saran": what to do about it
   std::string citation; // "dasar": the rule or regulation involved
   std::vector<note> notes;
   std::optional<replacement> fix;
};

// Collects diagnostics for one run. Stops storing after `limit` of each severity (0: never) but
// keeps counting, so the renderer can say how many were left out.
class diagnostic_sink
{
 public:
   explicit diagnostic_sink(std::size_t limit = 20)
      : m_limit(limit == 0 ? static_cast<std::size_t>(-1) : limit)
   {}

   void report(diagnostic d);
   diagnostic& error(std::string code, place at, std::string message, std::string hint = {});
   diagnostic& warning(std::string code, place at, std::string message, std::string hint = {});

   // Whether a diagnostic of this severity reported now would be kept (and shown): work that
   // only serves its text, such as a spelling suggestion, is skipped when it would not.
   bool keeps(severity level) const
   {
      return (level == severity::error ? m_errors : m_warnings) < m_limit;
   }
   std::size_t error_count() const { return m_errors; }
   std::size_t warning_count() const { return m_warnings; }
   bool has_errors() const { return m_errors > 0; }
   // Stored diagnostics, sorted by file, line and column, duplicates removed.
   std::vector<diagnostic> sorted() const;
   std::size_t omitted() const;
   void clear();

 private:
   diagnostic& add(severity level, std::string code, place at, std::string message,
                   std::string hint);

   std::size_t m_limit;
   std::size_t m_errors = 0;
   std::size_t m_warnings = 0;
   std::vector<diagnostic> m_items;
   diagnostic m_overflow; // receives reports past the limit
};

enum class diagnostic_style : unsigned char
{
   human, // message, source line, caret, hint and notes
   short_form, // one line per diagnostic: file:line:col: error[CODE]: message
};

struct render_options
{
   diagnostic_style style = diagnostic_style::human;
   bool color = false;
   // Warnings are shown unless this is false (ind check --tanpa-peringatan).
   bool show_warnings = true;
};

void render(std::ostream& out, const diagnostic_sink& sink, const render_options& options);
void render(std::ostream& out, const diagnostic& d, const render_options& options);

} // namespace ind::lang
