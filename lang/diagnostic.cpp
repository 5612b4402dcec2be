#include "lang/diagnostic.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace ind::lang {

std::string place::file_name() const
{
   return where.valid() ? where.file->name() : file;
}

std::size_t place::line_number() const
{
   if (where.valid() && where.file->origin()) {
      // A sheet's row, also after a cell that holds a line break.
      if (const sheet_origin::cell* c = where.file->origin()->at(where.begin)) {
         return c->row;
      }
   }
   return where.valid() ? where.file->line_of(where.begin) : line;
}

std::size_t place::column_number() const
{
   return where.valid() ? where.file->column_of(where.begin) : column;
}

std::string place::location() const
{
   if (where.valid()) {
      return where.location();
   }
   if (line > 0) {
      return file + ":" + std::to_string(line) + ":" + std::to_string(column);
   }
   return file;
}

namespace {

std::size_t code_points(std::string_view text)
{
   return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
   }));
}

auto sort_key(const diagnostic& d)
{
   return std::make_tuple(d.at.file_name(), d.at.line_number(), d.at.column_number(), d.code,
                          d.message);
}

} // namespace

void diagnostic_sink::report(diagnostic d)
{
   diagnostic& slot = add(d.level, {}, {}, {}, {});
   slot = std::move(d);
}

diagnostic& diagnostic_sink::add(severity level, std::string code, place at, std::string message,
                                 std::string hint)
{
   std::size_t& count = level == severity::error ? m_errors : m_warnings;
   ++count;
   if (count > m_limit) {
      m_overflow = {};
      return m_overflow;
   }
   m_items.push_back(diagnostic{level, std::move(code), std::move(message), std::move(at),
                                std::move(hint), {}, {}, {}});
   return m_items.back();
}

diagnostic& diagnostic_sink::error(std::string code, place at, std::string message,
                                   std::string hint)
{
   return add(severity::error, std::move(code), std::move(at), std::move(message), std::move(hint));
}

diagnostic& diagnostic_sink::warning(std::string code, place at, std::string message,
                                     std::string hint)
{
   return add(severity::warning, std::move(code), std::move(at), std::move(message),
              std::move(hint));
}

std::vector<diagnostic> diagnostic_sink::sorted() const
{
   std::vector<diagnostic> items = m_items;
   std::stable_sort(items.begin(), items.end(),
                    [](const diagnostic& a, const diagnostic& b) { return sort_key(a) < sort_key(b); });
   items.erase(std::unique(items.begin(), items.end(),
                           [](const diagnostic& a, const diagnostic& b) {
                              return a.level == b.level && sort_key(a) == sort_key(b);
                           }),
               items.end());
   return items;
}

std::size_t diagnostic_sink::omitted() const
{
   const auto over = [this](std::size_t n) { return n > m_limit ? n - m_limit : 0; };
   return over(m_errors) + over(m_warnings);
}

void diagnostic_sink::clear()
{
   m_items.clear();
   m_errors = 0;
   m_warnings = 0;
}

namespace {

struct palette
{
   const char* bold = "";
   const char* red = "";
   const char* yellow = "";
   const char* blue = "";
   const char* reset = "";
};

palette colors(bool on)
{
   if (!on) {
      return {};
   }
   return {"\x1b[1m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[1;34m", "\x1b[0m"};
}

void render_location(std::ostream& out, const place& at)
{
   if (!at.valid()) {
      return;
   }
   out << printable_text(at.location()) << ": ";
}

// The source line with a gutter, and a caret under the place (^~~~ over its width).
void render_excerpt(std::ostream& out, const place& at, const palette& p)
{
   std::string_view line_text = at.line_text;
   std::size_t width = at.width;
   if (at.where.valid()) {
      line_text = at.where.file->line_text(at.where.file->line_of(at.where.begin));
   }
   // A line that is not UTF-8 (the diagnostic may be about that) is shown with U+FFFD in place
   // of the bytes that are not text: what `ind` writes is always UTF-8.
   const std::string shown = printable_utf8(line_text);
   line_text = shown;
   if (at.line_number() == 0 || (line_text.empty() && !at.where.valid())) {
      return;
   }
   // A very long line (generated text, a one-line file) is shown as a window around the caret.
   std::size_t caret_column = at.column_number();
   std::string clipped;
   constexpr std::size_t window = 60;
   if (code_points(line_text) > 2 * window && caret_column > window) {
      // Shown from column skip + 1, cut before a character, never inside one.
      const std::size_t skip = caret_column - window / 2;
      std::size_t from = 0;
      for (std::size_t seen = 0; from < line_text.size(); ++from) {
         if ((static_cast<unsigned char>(line_text[from]) & 0xC0) != 0x80 && ++seen > skip) {
            break;
         }
      }
      clipped = "..." + std::string(line_text.substr(from));
      caret_column = caret_column - skip + 3;
      line_text = clipped;
   }
   if (code_points(line_text) > 2 * window + 3) {
      std::size_t keep = 0;
      for (std::size_t seen = 0; keep < line_text.size(); ++keep) {
         if ((static_cast<unsigned char>(line_text[keep]) & 0xC0) != 0x80 && ++seen > 2 * window) {
            break;
         }
      }
      clipped = std::string(line_text.substr(0, keep)) + "...";
      line_text = clipped;
   }
   // Control characters are shown escaped ("\x1b" is four columns wide): the caret is placed
   // and sized over the line as shown.
   const auto shown_width = [](std::string_view raw) {
      return code_points(printable_text(raw, true));
   };
   std::size_t before = 0; // bytes of line_text left of the caret
   for (std::size_t column = 1; before < line_text.size(); ++before) {
      if ((static_cast<unsigned char>(line_text[before]) & 0xC0) != 0x80 &&
          column++ >= caret_column) {
         break;
      }
   }
   const std::string left = printable_text(line_text.substr(0, before), true);
   const std::string right = printable_text(line_text.substr(before), true);
   if (at.where.valid()) {
      // Underline the span up to the end of its first line.
      const std::string_view covered = at.where.text();
      width = shown_width(covered.substr(0, covered.find('\n')));
   }
   else {
      // `width` characters of the line as read, measured as shown.
      std::size_t end = before;
      for (std::size_t seen = 0; end < line_text.size(); ++end) {
         if ((static_cast<unsigned char>(line_text[end]) & 0xC0) != 0x80 && seen++ == width) {
            break;
         }
      }
      width = shown_width(line_text.substr(before, end - before));
   }
   width = std::min(width, std::max<std::size_t>(1, code_points(right)));
   const std::string number = std::to_string(at.line_number());
   const std::string gutter(number.size(), ' ');
   out << p.blue << ' ' << number << " |" << p.reset << ' ' << left << right << '\n';
   out << p.blue << ' ' << gutter << " |" << p.reset << ' ';
   // Keep tabs so the caret lines up under tab-indented text.
   for (char c : left) {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
         out << (c == '\t' ? '\t' : ' ');
      }
   }
   out << p.red << '^';
   for (std::size_t i = 1; i < width; ++i) {
      out << '~';
   }
   out << p.reset << '\n';
}

} // namespace

void render(std::ostream& out, const diagnostic& d, const render_options& options)
{
   const palette p = colors(options.color);
   const bool is_error = d.level == severity::error;
   out << p.bold;
   render_location(out, d.at);
   out << (is_error ? p.red : p.yellow) << (is_error ? "error" : "warning");
   if (!d.code.empty()) {
      out << '[' << d.code << ']';
   }
   out << p.reset << p.bold << ": " << printable_text(d.message) << p.reset << '\n';
   if (options.style == diagnostic_style::short_form) {
      return;
   }
   if (d.at.valid()) {
      render_excerpt(out, d.at, p);
   }
   for (const note& n : d.notes) {
      out << p.bold;
      render_location(out, n.at);
      out << p.reset << "catatan: " << printable_text(n.message) << '\n';
      if (n.at.valid()) {
         render_excerpt(out, n.at, p);
      }
   }
   if (!d.hint.empty()) {
      out << "   = saran: " << printable_text(d.hint) << '\n';
   }
   if (!d.citation.empty()) {
      out << "   = dasar: " << printable_text(d.citation) << '\n';
   }
}

void render(std::ostream& out, const diagnostic_sink& sink, const render_options& options)
{
   for (const diagnostic& d : sink.sorted()) {
      if (d.level == severity::error || options.show_warnings) {
         render(out, d, options);
      }
   }
   if (sink.omitted() > 0) {
      out << "... dan " << sink.omitted() << " temuan lain tidak ditampilkan\n";
   }
}

} // namespace ind::lang
