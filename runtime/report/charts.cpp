#include "runtime/report/charts.hpp"

#include "runtime/report/render.hpp"
#include "runtime/report/tables.hpp"

#include <algorithm>
#include <vector>

namespace ind::rt::report {

std::string escape_xml(const std::string& text)
{
   std::string out;
   out.reserve(text.size());
   for (char c : text) {
      switch (c) {
      case '&':
         out += "&amp;";
         break;
      case '<':
         out += "&lt;";
         break;
      case '>':
         out += "&gt;";
         break;
      case '"':
         out += "&quot;";
         break;
      case '\'':
         out += "&#39;";
         break;
      default:
         out += c;
      }
   }
   return out;
}

// Estimated advance width of text in user units, at a font size. The page names no font (the
// reader's system font draws it) and no metrics are at hand when it is written, so each
// character counts as wide as it is in DejaVu Sans Bold, about the widest face a system-ui stack
// falls back to, rounded up: text that fits by this estimate fits in the faces actually used.
decimal text_width(const std::string& s, std::int64_t size)
{
   std::int64_t units = 0; // thousandths of an em
   for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80) {
         units += (c & 0xC0) == 0xC0 ? 1000 : 0; // a multi-byte character counts once
         continue;
      }
      const char ch = static_cast<char>(c);
      if (ch == ' ') {
         units += 350;
      }
      else if (std::string_view("il.,:;'!|jIJ").find(ch) != std::string_view::npos) {
         units += 400;
      }
      else if (std::string_view("ftr()[]{}-/\\\"").find(ch) != std::string_view::npos) {
         units += 500;
      }
      else if (std::string_view("mwMW%@").find(ch) != std::string_view::npos) {
         units += 1100;
      }
      else if (ch >= '0' && ch <= '9') {
         units += 700;
      }
      else if (ch >= 'a' && ch <= 'z') {
         units += 720;
      }
      else {
         units += 850; // capitals and the remaining signs
      }
   }
   return *decimal::divide(decimal(units * size), decimal(1000));
}

namespace {

// A coordinate in SVG user units: exact decimal, written with one decimal place at most.
std::string at(const decimal& x)
{
   return x.round(1).to_string();
}

std::string at(std::int64_t x)
{
   return std::to_string(x);
}

decimal dec(std::int64_t x)
{
   return decimal(x);
}

// value / whole x length; zero when whole is zero.
decimal scaled(const decimal& value, const decimal& whole, const decimal& length)
{
   const auto q = decimal::divide(value * length, whole);
   return q ? *q : decimal{};
}

decimal magnitude(const decimal& x)
{
   return x.sign() < 0 ? -x : x;
}

// The longest start of `s` that, with an ellipsis, fits in `room`; `s` itself when it fits.
std::string fitted(const std::string& s, const decimal& room, std::int64_t size)
{
   if (text_width(s, size) <= room) {
      return s;
   }
   std::string out = s;
   while (!out.empty()) {
      unsigned char last = 0; // the last character goes, all its bytes
      do {
         last = static_cast<unsigned char>(out.back());
         out.pop_back();
      } while (!out.empty() && (last & 0xC0) == 0x80);
      while (!out.empty() && out.back() == ' ') {
         out.pop_back();
      }
      if (text_width(out + "…", size) <= room) {
         break;
      }
   }
   return out + "…";
}

} // namespace

// `s` in lines no wider than `room` by the estimate, broken at spaces; at most `max_lines`, the
// last one cut with an ellipsis when text is left over. The full text stays in the <title>.
std::vector<std::string> wrapped(const std::string& s, const decimal& room, std::int64_t size,
                                 std::size_t max_lines)
{
   std::vector<std::string> lines;
   std::string rest = s;
   while (!rest.empty()) {
      if (lines.size() + 1 == max_lines || text_width(rest, size) <= room) {
         lines.push_back(fitted(rest, room, size));
         break;
      }
      // The most words that fit; a first word wider than the room is cut instead.
      std::size_t cut = std::string::npos;
      for (std::size_t at = rest.find(' '); at != std::string::npos; at = rest.find(' ', at + 1)) {
         if (text_width(rest.substr(0, at), size) > room) {
            break;
         }
         cut = at;
      }
      if (cut == std::string::npos) {
         const std::size_t word_end = rest.find(' ');
         lines.push_back(fitted(rest.substr(0, word_end), room, size));
         rest = word_end == std::string::npos ? "" : rest.substr(word_end + 1);
      }
      else {
         lines.push_back(rest.substr(0, cut));
         rest = rest.substr(cut + 1);
      }
   }
   return lines;
}

namespace {

decimal widest(const std::vector<std::string>& texts, std::int64_t size)
{
   decimal most;
   for (const std::string& t : texts) {
      most = std::max(most, text_width(t, size));
   }
   return most;
}

std::string open_svg(const std::string& id, std::int64_t width, const decimal& height,
                     const std::string& title, const std::string& desc,
                     const std::string& css_class = {})
{
   return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + at(width) + " " +
          at(height) + "\"" + (css_class.empty() ? "" : " class=\"" + css_class + "\"") +
          " role=\"img\" aria-labelledby=\"" + id + "-judul " + id + "-uraian\"><title id=\"" + id +
          "-judul\">" + escape_xml(title) + "</title><desc id=\"" + id + "-uraian\">" +
          escape_xml(desc) + "</desc>";
}

std::string text(const decimal& x, const decimal& y, const std::string& content,
                 const std::string& attributes = {})
{
   return "<text x=\"" + at(x) + "\" y=\"" + at(y) + "\"" +
          (attributes.empty() ? "" : " " + attributes) + ">" + escape_xml(content) + "</text>";
}

std::string rect(const decimal& x, const decimal& y, const decimal& w, const decimal& h,
                 const std::string& css_class)
{
   return "<rect x=\"" + at(x) + "\" y=\"" + at(y) + "\" width=\"" + at(w) + "\" height=\"" +
          at(h) + "\" class=\"" + css_class + "\"/>";
}

// Lines of a bar's name, one <text> each, the first baseline at y; returns the height used.
decimal name_lines(std::string& body, const std::vector<std::string>& lines, const decimal& y,
                   const std::string& attributes)
{
   for (std::size_t i = 0; i < lines.size(); ++i) {
      body += text(dec(0), y + dec(static_cast<std::int64_t>(i) * 16), lines[i], attributes);
   }
   return dec(static_cast<std::int64_t>(lines.size()) * 16);
}

// The two layouts of a bar chart: for a wide page and for a phone. Both are written; the style
// sheet shows the one that fits, so each keeps its text at a readable size.
struct layout
{
   std::int64_t width;
   const char* suffix;    // of the element ids
   const char* css_class; // lebar / sempit
};
constexpr layout layouts[] = {{720, "", "lebar"}, {360, "-hp", "sempit"}};

bool reached(const indicator_row& row)
{
   const int cmp = *row.realisasi.value < *row.target.value   ? -1
                   : *row.target.value < *row.realisasi.value ? 1
                                                              : 0;
   return row.direction == "turun" ? cmp <= 0 : cmp >= 0;
}

std::string lowered_first(std::string s)
{
   if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') {
      s[0] = static_cast<char>(s[0] - 'A' + 'a');
   }
   return s;
}

} // namespace

std::string chart_achievement(const document& doc, locale loc)
{
   std::vector<const indicator_row*> items;
   for (const indicator_row* row : indicators_by_level(doc)) {
      if (row->target.value && row->realisasi.value && row->target.value->sign() >= 0 &&
          row->realisasi.value->sign() >= 0 &&
          (row->target.value->sign() > 0 || row->realisasi.value->sign() > 0)) {
         items.push_back(row);
      }
   }
   if (items.empty()) {
      return {};
   }
   std::string desc = "Target dan realisasi " + doc.when.display() +
                      " per indikator; setiap indikator memakai skalanya sendiri. ";
   std::vector<std::string> values;
   std::vector<std::string> achievements;
   for (const indicator_row* row : items) {
      const std::string achievement =
         row->achievement.value ? human(row->achievement, loc) + " %" : std::string("-");
      desc += row->name + ": target " + human(row->target, loc) + ", realisasi " +
              human(row->realisasi, loc) + ", capaian " + achievement + ". ";
      values.push_back(human(row->target, loc));
      values.push_back(human(row->realisasi, loc));
      achievements.push_back(achievement);
   }
   const std::string title = "Target dan realisasi indikator kinerja " + doc.when.display();

   std::string svgs;
   for (const layout& l : layouts) {
      const decimal width = dec(l.width);
      const decimal x0 = dec(84); // after the row labels "Target" and "Realisasi"
      const decimal capaian = widest(achievements, 12);
      // Bars end early enough for the widest value to follow the longest bar, left of the capaian.
      const decimal length = width - capaian - dec(12) - x0 - dec(6) - widest(values, 12);
      std::string body;
      // Legend, its items flowing onto a next line where the width ends.
      decimal lx;
      decimal ly = dec(6);
      for (const auto& [css, label] : {std::pair{"target", "Target"},
                                       std::pair{"tercapai", "Realisasi (target tercapai)"},
                                       std::pair{"belum", "Realisasi (target belum tercapai)"}}) {
         const decimal item = dec(20) + text_width(label, 12);
         if (lx.sign() > 0 && lx + item > width) {
            lx = decimal{};
            ly = ly + dec(20);
         }
         body += rect(lx, ly, dec(14), dec(14), css) +
                 text(lx + dec(20), ly + dec(12), label, "class=\"legend\"");
         lx = lx + item + dec(24);
      }
      decimal y = ly + dec(36);
      for (const indicator_row* row : items) {
         const decimal& t = *row->target.value;
         const decimal& r = *row->realisasi.value;
         const decimal most = t < r ? r : t;
         body += "<g><title>" + escape_xml(row->name) + "</title>";
         // The bars start just under the last line of the name.
         y = y + name_lines(body, wrapped(row->name, width, 13, 3), y, "class=\"name\"") -
             dec(9);
         const auto bar = [&](const char* axis, const decimal& v, const char* css,
                              const std::string& label) {
            const decimal end = x0 + scaled(v, most, length);
            body += text(dec(0), y + dec(14), axis, "class=\"axis\"");
            body += rect(x0, y, end - x0, dec(17), css);
            body += text(end + dec(6), y + dec(13), label, "class=\"value\"");
         };
         bar("Target", t, "target", human(row->target, loc));
         y = y + dec(21);
         bar("Realisasi", r, reached(*row) ? "tercapai" : "belum", human(row->realisasi, loc));
         body += text(width, y + dec(13),
                      row->achievement.value ? human(row->achievement, loc) + " %"
                                             : std::string("-"),
                      "class=\"value strong\" text-anchor=\"end\"");
         body += "</g>";
         y = y + dec(39);
      }
      const std::string id = std::string("grafik-capaian") + l.suffix;
      svgs += open_svg(id, l.width, y - dec(18), title, desc, l.css_class) + body + "</svg>";
   }
   return "<figure class=\"chart\" id=\"grafik-capaian\">" + svgs +
          "<figcaption>Target dan realisasi indikator kinerja " + doc.when.display() +
          ", dengan capaian (%) di sebelah kanan. Panjang batang hanya dapat dibandingkan di "
          "dalam satu indikator.</figcaption></figure>\n";
}

std::string chart_trends(const document& doc, locale loc)
{
   if (doc.when.grain != period::kind::year) {
      return {};
   }
   std::string out;
   std::size_t drawn = 0;
   for (const indicator_row* row : indicators_by_level(doc)) {
      std::vector<dated_number> actual_points;
      for (const earlier_year& y : row->earlier) {
         if (y.realisasi.value) {
            actual_points.push_back({y.when, y.realisasi});
         }
      }
      if (row->realisasi.value) {
         actual_points.push_back({doc.when, row->realisasi});
      }
      std::vector<dated_number> planned;
      for (const dated_number& t : row->targets) {
         if (t.figure.value && t.when.grain == period::kind::year) {
            planned.push_back(t);
         }
      }
      if (actual_points.empty()) {
         continue;
      }
      int first = actual_points.front().when.year;
      int last = actual_points.back().when.year;
      decimal lo = *actual_points.front().figure.value;
      decimal hi = lo;
      for (const auto* list : {&actual_points, &planned}) {
         for (const dated_number& p : *list) {
            first = std::min(first, p.when.year);
            last = std::max(last, p.when.year);
            lo = std::min(lo, *p.figure.value);
            hi = std::max(hi, *p.figure.value);
         }
      }
      if (first == last) {
         continue; // one year: nothing to trend
      }
      ++drawn;
      // Plot area, and a margin of a fifth of the value range above and below the extremes.
      const std::int64_t width = 340;
      const decimal height = dec(206);
      const decimal left = dec(34);
      const decimal plot_width = dec(272);
      const decimal bottom = dec(164);
      const decimal plot_height = dec(124);
      decimal span = hi - lo;
      if (span.is_zero()) {
         span = hi.is_zero() ? dec(1) : magnitude(hi);
      }
      const decimal margin = *decimal::divide(span, dec(5));
      const decimal floor = lo - margin;
      const decimal range = hi + margin - floor;
      const auto x_of = [&](int year) {
         return left + scaled(dec(year - first), dec(last - first), plot_width);
      };
      const auto y_of = [&](const decimal& v) {
         return bottom - scaled(v - floor, range, plot_height);
      };

      const std::string id = "grafik-tren-" + std::to_string(drawn);
      std::string desc = "Realisasi:";
      // Appended piece by piece: GCC 12 reports a false -Wrestrict for "literal" + temporary.
      const auto describe = [&](const dated_number& p) {
         desc += ' ';
         desc += p.when.display();
         desc += ' ';
         desc += human(p.figure, loc);
         desc += ';';
      };
      for (const dated_number& p : actual_points) {
         describe(p);
      }
      if (!planned.empty()) {
         desc += " target:";
         for (const dated_number& p : planned) {
            describe(p);
         }
      }
      desc.back() = '.';

      std::string body;
      body += "<line x1=\"" + at(left - dec(14)) + "\" y1=\"" + at(bottom + dec(14)) +
              "\" x2=\"" + at(left + plot_width + dec(14)) + "\" y2=\"" + at(bottom + dec(14)) +
              "\" class=\"axis-line\"/>";
      for (int year = first; year <= last; ++year) {
         body += text(x_of(year), bottom + dec(34), std::to_string(year),
                      "class=\"axis\" text-anchor=\"middle\"");
      }
      // A realisasi is written above its point and a target below, except in a year whose other
      // figure is higher: then the two swap, so that the figures of one year never meet.
      const auto other_at = [](const std::vector<dated_number>& points, int year) {
         const auto it = std::find_if(points.begin(), points.end(),
                                      [&](const dated_number& p) { return p.when.year == year; });
         return it == points.end() ? std::optional<decimal>{} : it->figure.value;
      };
      const auto series = [&](const std::vector<dated_number>& points, const std::string& css,
                              bool actual) {
         // One line per run of consecutive years: a year without a figure breaks the line
         // rather than suggest a value that was never measured or planned.
         for (std::size_t start = 0, end = 1; start < points.size(); start = end++) {
            while (end < points.size() &&
                   points[end].when.year == points[end - 1].when.year + 1) {
               ++end;
            }
            if (end - start < 2) {
               continue;
            }
            body += "<polyline class=\"" + css + "\" points=\"";
            for (std::size_t i = start; i < end; ++i) {
               if (i > start) {
                  body += ' ';
               }
               body += at(x_of(points[i].when.year));
               body += ',';
               body += at(y_of(*points[i].figure.value));
            }
            body += "\"/>";
         }
         for (const dated_number& p : points) {
            const decimal x = x_of(p.when.year);
            const decimal y = y_of(*p.figure.value);
            if (actual) {
               body += "<circle cx=\"" + at(x) + "\" cy=\"" + at(y) + "\" r=\"4\" class=\"" +
                       css + "\"/>";
            }
            else {
               body += rect(x - dec(4), y - dec(4), dec(8), dec(8), css + " marker");
            }
            const std::optional<decimal> other =
               other_at(actual ? planned : actual_points, p.when.year);
            const bool higher = other ? (actual ? !(*p.figure.value < *other)
                                                : *other < *p.figure.value)
                                      : actual;
            body += text(x, higher ? y - dec(9) : y + dec(19), human(p.figure, loc),
                         "class=\"point " + css + "\" text-anchor=\"middle\"");
         }
      };
      series(planned, "rencana", false);
      series(actual_points, "realisasi", true);

      out += "<figure class=\"trend\"><figcaption>" + escape_xml(row->name) + "</figcaption>" +
             open_svg(id, width, height, "Tren " + row->name, desc) + body + "</svg></figure>";
   }
   if (drawn == 0) {
      return {};
   }
   return "<figure class=\"chart\" id=\"grafik-tren\"><div class=\"trend-grid\">" + out +
          "</div><figcaption>Realisasi per tahun (garis utuh, titik bulat, angka di atas) dan "
          "target (garis putus-putus, titik persegi, angka di bawah; pada tahun yang realisasinya "
          "di bawah target, kedua angka bertukar tempat); garis terputus pada tahun tanpa angka. "
          "Sumbu tegak tiap grafik mengikuti rentang nilainya sendiri."
          "</figcaption></figure>\n";
}

std::string chart_absorption(const document& doc, locale loc)
{
   std::vector<const budget_row*> items;
   for (const budget_row& row : doc.budget) {
      if (row.depth == 0 && row.absorption.value && row.absorption.value->sign() >= 0) {
         items.push_back(&row);
      }
   }
   if (doc.budget_total && doc.budget_total->absorption.value &&
       doc.budget_total->absorption.value->sign() >= 0) {
      items.push_back(&*doc.budget_total);
   }
   if (items.empty()) {
      return {};
   }
   decimal most = dec(100);
   for (const budget_row* row : items) {
      most = std::max(most, *row->absorption.value);
   }
   const std::string level = lowered_first(budget_level_name(doc.budget_levels, 0));
   const auto name_of = [&](const budget_row& row) {
      const bool total = &row == (doc.budget_total ? &*doc.budget_total : nullptr);
      return total ? "Jumlah seluruh " + level : row.code + " — " + row.name;
   };
   const auto value_of = [&](const budget_row& row) {
      std::string value = human(row.absorption, loc) + " %";
      if (row.band.text) {
         value += " · " + *row.band.text;
      }
      return value;
   };
   std::string desc = "Serapan anggaran " + doc.when.display() + " per " + level + ": ";
   std::vector<std::string> values;
   for (const budget_row* row : items) {
      desc += name_of(*row) + " " + value_of(*row) + "; ";
      values.push_back(value_of(*row));
   }
   desc.resize(desc.size() - 2);
   desc += ". Garis putus-putus menandai 100 %.";
   const std::string title = "Serapan anggaran per " + level + " " + doc.when.display();

   std::string svgs;
   for (const layout& l : layouts) {
      const decimal width = dec(l.width);
      // The longest bar leaves room for the widest value after it, even when that value has to
      // move past the 100 % line.
      const decimal label_room = widest(values, 12) + dec(6);
      const decimal length = width - label_room - dec(6);
      const decimal full = scaled(dec(100), most, length);
      std::string body =
         text(full, dec(12), "100 %", "class=\"axis\" text-anchor=\"middle\"");
      decimal y = dec(36);
      for (const budget_row* row : items) {
         const bool total = row == (doc.budget_total ? &*doc.budget_total : nullptr);
         body += "<g><title>" + escape_xml(name_of(*row)) + "</title>";
         y = y + name_lines(body, wrapped(name_of(*row), width, 13, 3), y,
                            total ? "class=\"name strong\"" : "class=\"name\"");
         const decimal end = scaled(*row->absorption.value, most, length);
         body += rect(dec(0), y - dec(9), end, dec(18), total ? "serapan jumlah" : "serapan");
         // The 100 % line is drawn across the bar only, and a value that would cross it is
         // written after it instead, so that no text is struck through.
         body += "<line x1=\"" + at(full) + "\" y1=\"" + at(y - dec(12)) + "\" x2=\"" +
                 at(full) + "\" y2=\"" + at(y + dec(12)) + "\" class=\"reference\"/>";
         const std::string value = value_of(*row);
         decimal start = end + dec(6);
         if (start < full + dec(4) && start + text_width(value, 12) > full - dec(4)) {
            start = std::max(start, full + dec(6));
         }
         body += text(start, y + dec(4), value, "class=\"value\"");
         body += "</g>";
         y = y + dec(38);
      }
      const std::string id = std::string("grafik-serapan") + l.suffix;
      svgs += open_svg(id, l.width, y - dec(14), title, desc, l.css_class) + body + "</svg>";
   }
   return "<figure class=\"chart\" id=\"grafik-serapan\">" + svgs +
          "<figcaption>Serapan anggaran (realisasi ÷ pagu) per " + level +
          " dan jumlahnya, dengan predikatnya.</figcaption></figure>\n";
}

} // namespace ind::rt::report
