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

std::size_t chars(const std::string& s)
{
   return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// At most `limit` characters, cut at a character boundary and marked with an ellipsis; the full
// text stays available in the element's <title>.
std::string shortened(const std::string& s, std::size_t limit)
{
   if (chars(s) <= limit) {
      return s;
   }
   std::string out;
   std::size_t n = 0;
   for (char c : s) {
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++n > limit - 1) {
         break;
      }
      out += c;
   }
   return out + "…";
}

// Estimated width of a label (about 7 units per character at font size 12): decides only on
// which side of a bar's end its value is written.
decimal label_width(const std::string& s)
{
   return dec(static_cast<std::int64_t>(chars(s)) * 7);
}

std::string open_svg(const std::string& id, std::int64_t width, const decimal& height,
                     const std::string& title, const std::string& desc)
{
   return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + at(width) + " " +
          at(height) + "\" role=\"img\" aria-labelledby=\"" + id + "-judul " + id +
          "-uraian\"><title id=\"" + id + "-judul\">" + escape_xml(title) + "</title><desc id=\"" +
          id + "-uraian\">" + escape_xml(desc) + "</desc>";
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

// A horizontal bar from x0 with its value written after its end, or inside it when the end is
// too close to the right edge.
std::string bar(const decimal& x0, const decimal& y, const decimal& length, const decimal& height,
                const std::string& css_class, const std::string& label, const decimal& right_edge)
{
   std::string out = rect(x0, y, length, height, css_class);
   const decimal end = x0 + length;
   const decimal baseline = y + height - dec(4);
   if (end + dec(6) + label_width(label) <= right_edge) {
      out += text(end + dec(6), baseline, label, "class=\"value\"");
   }
   else {
      out += text(end - dec(6), baseline, label, "class=\"value inside\" text-anchor=\"end\"");
   }
   return out;
}

bool reached(const indicator_row& row)
{
   const int cmp = *row.realisasi.value < *row.target.value   ? -1
                   : *row.target.value < *row.realisasi.value ? 1
                                                              : 0;
   return row.direction == "turun" ? cmp <= 0 : cmp >= 0;
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
   const std::int64_t width = 720;
   const decimal x0 = dec(84);
   const decimal length = dec(500);
   const decimal right = dec(640);
   const decimal top = dec(40);
   const decimal block = dec(66);
   const decimal height = top + block * dec(static_cast<std::int64_t>(items.size()));

   std::string desc = "Target dan realisasi " + doc.when.display() +
                      " per indikator; setiap indikator memakai skalanya sendiri. ";
   std::string body;
   // Legend.
   body += rect(dec(0), dec(6), dec(14), dec(14), "target") +
           text(dec(20), dec(18), "Target", "class=\"legend\"");
   body += rect(dec(90), dec(6), dec(14), dec(14), "tercapai") +
           text(dec(110), dec(18), "Realisasi (target tercapai)", "class=\"legend\"");
   body += rect(dec(310), dec(6), dec(14), dec(14), "belum") +
           text(dec(330), dec(18), "Realisasi (target belum tercapai)", "class=\"legend\"");
   for (std::size_t i = 0; i < items.size(); ++i) {
      const indicator_row& row = *items[i];
      const decimal y = top + block * dec(static_cast<std::int64_t>(i));
      const decimal& t = *row.target.value;
      const decimal& r = *row.realisasi.value;
      const decimal most = t < r ? r : t;
      const std::string target_text = human(row.target, loc);
      const std::string real_text = human(row.realisasi, loc);
      const std::string achievement =
         row.achievement.value ? human(row.achievement, loc) + " %" : std::string("-");
      desc += row.name + ": target " + target_text + ", realisasi " + real_text + ", capaian " +
              achievement + ". ";
      body += "<g><title>" + escape_xml(row.name) + "</title>";
      body += text(dec(0), y + dec(12), shortened(row.name, 98), "class=\"name\"");
      body += text(dec(0), y + dec(32), "Target", "class=\"axis\"");
      body += bar(x0, y + dec(19), scaled(t, most, length), dec(17), "target", target_text, right);
      body += text(dec(0), y + dec(53), "Realisasi", "class=\"axis\"");
      body += bar(x0, y + dec(40), scaled(r, most, length), dec(17),
                   reached(row) ? "tercapai" : "belum", real_text, right);
      body += text(dec(width), y + dec(53), achievement,
                   "class=\"value strong\" text-anchor=\"end\"");
      body += "</g>";
   }
   return "<figure class=\"chart\" id=\"grafik-capaian\"><div class=\"chart-scroll\">" +
          open_svg("grafik-capaian", width, height,
                   "Target dan realisasi indikator kinerja " + doc.when.display(), desc) +
          body +
          "</svg></div><figcaption>Target dan realisasi indikator kinerja " + doc.when.display() +
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
      std::vector<dated_number> actual;
      for (const dated_number& h : row->history) {
         if (h.figure.value) {
            actual.push_back(h);
         }
      }
      if (row->realisasi.value) {
         actual.push_back({doc.when, row->realisasi});
      }
      std::vector<dated_number> planned;
      for (const dated_number& t : row->targets) {
         if (t.figure.value && t.when.grain == period::kind::year) {
            planned.push_back(t);
         }
      }
      if (actual.empty()) {
         continue;
      }
      int first = actual.front().when.year;
      int last = actual.back().when.year;
      decimal lo = *actual.front().figure.value;
      decimal hi = lo;
      for (const auto* list : {&actual, &planned}) {
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
      for (const dated_number& p : actual) {
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
      const auto series = [&](const std::vector<dated_number>& points, const std::string& css,
                              bool above) {
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
            if (above) {
               body += "<circle cx=\"" + at(x) + "\" cy=\"" + at(y) + "\" r=\"4\" class=\"" +
                       css + "\"/>";
            }
            else {
               body += rect(x - dec(4), y - dec(4), dec(8), dec(8), css + " marker");
            }
            body += text(x, above ? y - dec(9) : y + dec(19), human(p.figure, loc),
                         "class=\"point " + css + "\" text-anchor=\"middle\"");
         }
      };
      series(planned, "rencana", false);
      series(actual, "realisasi", true);

      out += "<figure class=\"trend\"><figcaption>" + escape_xml(row->name) + "</figcaption>" +
             open_svg(id, width, height, "Tren " + row->name, desc) + body + "</svg></figure>";
   }
   if (drawn == 0) {
      return {};
   }
   return "<figure class=\"chart\" id=\"grafik-tren\"><div class=\"trend-grid\">" + out +
          "</div><figcaption>Realisasi per tahun (garis utuh, titik bulat, angka di atas) dan "
          "target (garis putus-putus, titik persegi, angka di bawah); garis terputus pada tahun "
          "tanpa angka. Sumbu tegak tiap grafik mengikuti rentang nilainya sendiri."
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
   const std::int64_t width = 720;
   const decimal length = dec(560);
   const decimal right = dec(width);
   const decimal top = dec(24);
   const decimal block = dec(50);
   const decimal height = top + block * dec(static_cast<std::int64_t>(items.size()));
   const decimal full = scaled(dec(100), most, length);

   std::string desc = "Serapan anggaran " + doc.when.display() + " per program: ";
   std::string body;
   for (std::size_t i = 0; i < items.size(); ++i) {
      const budget_row& row = *items[i];
      const decimal y = top + block * dec(static_cast<std::int64_t>(i));
      const bool total = &row == (doc.budget_total ? &*doc.budget_total : nullptr);
      const std::string name = total ? "Jumlah seluruh program" : row.code + " — " + row.name;
      std::string value = human(row.absorption, loc) + " %";
      if (row.band.text) {
         value += " · " + *row.band.text;
      }
      desc += name + " " + value + "; ";
      body += "<g><title>" + escape_xml(name) + "</title>";
      body += text(dec(0), y + dec(12), shortened(name, 98),
                   total ? "class=\"name strong\"" : "class=\"name\"");
      body += bar(dec(0), y + dec(19), scaled(*row.absorption.value, most, length), dec(18),
                  total ? "serapan jumlah" : "serapan", value, right);
      body += "</g>";
   }
   desc.resize(desc.size() - 2);
   desc += ". Garis putus-putus menandai 100 %.";
   // The 100 % line goes under the bars and their labels.
   body = "<line x1=\"" + at(full) + "\" y1=\"" + at(top - dec(8)) + "\" x2=\"" + at(full) +
          "\" y2=\"" + at(height) + "\" class=\"reference\"/>" +
          text(full, top - dec(12), "100 %", "class=\"axis\" text-anchor=\"middle\"") + body;
   return "<figure class=\"chart\" id=\"grafik-serapan\"><div class=\"chart-scroll\">" +
          open_svg("grafik-serapan", width, height,
                   "Serapan anggaran per program " + doc.when.display(), desc) +
          body +
          "</svg></div><figcaption>Serapan anggaran (realisasi ÷ pagu) per program dan jumlahnya, "
          "dengan predikatnya.</figcaption></figure>\n";
}

} // namespace ind::rt::report
