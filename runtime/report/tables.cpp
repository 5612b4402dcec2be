#include "runtime/report/tables.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace ind::rt::report {

std::string human(const number& n, locale loc)
{
   return n.value ? format_number(*n.value, n.places, loc) : "-";
}

std::string human(const label& l)
{
   return l.text ? *l.text : "-";
}

std::string period_heading(const document& doc)
{
   return doc.dated ? doc.when.display() : "tanpa periode";
}

std::string band_range(const recap::band& b, locale loc)
{
   const auto text = [&](const decimal& d) {
      return format_number(d, std::max(0, d.places()), loc);
   };
   if (b.lower && b.upper) {
      return text(*b.lower) + (b.lower_closed ? " ≤ x " : " < x ") +
             (b.upper_closed ? "≤ " : "< ") + text(*b.upper);
   }
   if (b.lower) {
      return std::string(b.lower_closed ? "x ≥ " : "x > ") + text(*b.lower);
   }
   if (b.upper) {
      return std::string(b.upper_closed ? "x ≤ " : "x < ") + text(*b.upper);
   }
   return "semua nilai";
}

namespace {

// Levels in the order of the Renstra cascade; indicators without a level come last.
constexpr std::array<const char*, 5> level_order = {"tujuan", "sasaran", "program", "kegiatan",
                                                     "subkegiatan"};

std::size_t level_rank(const std::string& level)
{
   const auto it = std::find(level_order.begin(), level_order.end(), level);
   return static_cast<std::size_t>(it - level_order.begin());
}

} // namespace

std::vector<const indicator_row*> indicators_by_level(const document& doc)
{
   std::vector<const indicator_row*> out;
   for (const indicator_row& row : doc.indicators) {
      out.push_back(&row);
   }
   std::stable_sort(out.begin(), out.end(), [](const indicator_row* a, const indicator_row* b) {
      return level_rank(a->level) < level_rank(b->level);
   });
   return out;
}

namespace {

// A figure's findings (indexes into document::findings) as the numbers the notes table gives them.
std::vector<std::size_t> finding_numbers(const std::vector<std::size_t>& findings)
{
   std::vector<std::size_t> numbers;
   for (std::size_t id : findings) {
      numbers.push_back(id + 1);
   }
   return numbers;
}

} // namespace

cell number_cell(const number& n, const table_style& style)
{
   cell c;
   c.text = n.incomplete ? "tidak lengkap" : human(n, style.loc);
   if (!style.grouping && n.value) {
      const char group = style.loc == locale::id ? '.' : ',';
      c.text.erase(std::remove(c.text.begin(), c.text.end(), group), c.text.end());
   }
   if (n.value) {
      c.value = n.value;
      c.places = n.places;
   }
   c.findings = finding_numbers(n.findings);
   return c;
}

cell label_cell(const label& l)
{
   cell c;
   c.text = human(l);
   c.findings = finding_numbers(l.findings);
   return c;
}

cell text_cell(std::string text)
{
   cell c;
   c.text = std::move(text);
   return c;
}

namespace {

cell count_cell(std::size_t count, const table_style& style)
{
   number n;
   n.value = decimal(static_cast<std::int64_t>(count));
   return number_cell(n, style);
}

std::string level_group(const std::string& level)
{
   if (level == "tujuan") {
      return "Indikator Kinerja Tujuan";
   }
   if (level == "sasaran") {
      return "Indikator Kinerja Sasaran";
   }
   if (level == "program") {
      return "Indikator Kinerja Program";
   }
   if (level == "kegiatan") {
      return "Indikator Kinerja Kegiatan";
   }
   if (level == "subkegiatan") {
      return "Indikator Kinerja Sub Kegiatan";
   }
   return "Indikator Lain";
}

std::vector<const indicator_row*> ordered(const document& doc, const table_style& style)
{
   if (style.full) {
      return indicators_by_level(doc);
   }
   std::vector<const indicator_row*> out;
   for (const indicator_row& row : doc.indicators) {
      out.push_back(&row);
   }
   return out;
}

table recap_table(const recap& r, const table_style& style)
{
   table t;
   t.id = "rekap-" + r.subject;
   t.title = r.title + " — " + r.scale_title;
   t.sheet = r.subject == "iku"       ? "Rekap IKU"
             : r.subject == "program" ? "Rekap Indikator Program"
                                      : "Rekap Serapan Anggaran";
   t.part = section::summary;
   const bool described = std::any_of(r.bands.begin(), r.bands.end(), [](const recap::band& b) {
      return !b.description.empty();
   });
   t.headers = {"No", "Rentang", "Predikat"};
   t.numeric = {true, false, false};
   if (described) {
      t.headers.push_back("Keterangan");
      t.numeric.push_back(false);
   }
   t.headers.push_back(r.counted);
   t.numeric.push_back(true);
   t.headers.push_back("Persentase (%)");
   t.numeric.push_back(true);
   t.wrap_column = 2;
   std::size_t no = 0;
   for (const recap::band& b : r.bands) {
      table_row row;
      row.cells = {count_cell(++no, style), text_cell(band_range(b, style.loc)),
                   text_cell(b.label)};
      if (described) {
         row.cells.push_back(text_cell(b.description));
      }
      row.cells.push_back(count_cell(b.count, style));
      row.cells.back().findings = finding_numbers(b.count_findings);
      row.cells.push_back(number_cell(b.share, style));
      t.rows.push_back(std::move(row));
   }
   const auto extra = [&](const std::string& what, std::size_t count, const number& share,
                          row_kind kind) {
      table_row row;
      row.kind = kind;
      row.cells = {text_cell(""), text_cell(""), text_cell(what)};
      if (described) {
         row.cells.push_back(text_cell(""));
      }
      row.cells.push_back(count_cell(count, style));
      row.cells.push_back(number_cell(share, style));
      t.rows.push_back(std::move(row));
   };
   if (r.unclassified > 0) {
      extra("Tanpa predikat", r.unclassified, r.unclassified_share, row_kind::body);
   }
   extra("Jumlah", r.total, share_of(r.total, r.total), row_kind::total);
   return t;
}

namespace {

// A column of the capaian table for a version of targets other than the one capaian uses.
struct version_column
{
   std::string name;
   std::string header;
};

// The versions of targets that some indicator prints beside its measured one, in the order the
// indicators first name them.
std::vector<version_column> version_columns(const std::vector<const indicator_row*>& rows)
{
   std::vector<version_column> out;
   for (const indicator_row* row : rows) {
      for (const version_target& v : row->other_targets) {
         const bool known = std::any_of(out.begin(), out.end(),
                                        [&](const version_column& c) { return c.name == v.name; });
         if (!known) {
            out.push_back({v.name, v.name.empty() ? "Target (tanpa versi)" : "Target " + v.title});
         }
      }
   }
   return out;
}

// The indicator's target of that version, "-" when it writes none; "(2024)" after a target
// written for the year that contains the report's quarter.
cell version_cell(const indicator_row& row, const version_column& column, const table_style& style)
{
   for (const version_target& v : row.other_targets) {
      if (v.name == column.name) {
         cell c = number_cell(v.figure, style);
         if (v.from && v.figure.available()) {
            c.text += " (" + v.from->display() + ")";
         }
         return c;
      }
   }
   return text_cell("-");
}

// "Capaian diukur terhadap target Perjanjian Kinerja (pk)." under the table, for a file with
// versions of targets; when indicators differ, each version with its indicators.
void measured_note(const std::vector<const indicator_row*>& rows, std::string& note)
{
   std::vector<std::pair<std::string, std::vector<std::string>>> by_version;
   for (const indicator_row* row : rows) {
      if (!row->versioned) {
         continue;
      }
      const std::string which = row->target_version.empty()
                                   ? "target tanpa nama versi"
                                   : "target " + row->target_version_title + " (" +
                                        row->target_version + ")";
      auto it = std::find_if(by_version.begin(), by_version.end(),
                             [&](const auto& v) { return v.first == which; });
      if (it == by_version.end()) {
         it = by_version.insert(by_version.end(), {which, {}});
      }
      it->second.push_back(row->name);
   }
   if (by_version.empty()) {
      return;
   }
   std::string text = "Capaian diukur terhadap ";
   if (by_version.size() == 1) {
      text += by_version.front().first;
   }
   else {
      for (std::size_t i = 0; i < by_version.size(); ++i) {
         text += (i ? "; " : "") + by_version[i].first + " untuk ";
         for (std::size_t j = 0; j < by_version[i].second.size(); ++j) {
            text += (j ? ", " : "") + by_version[i].second[j];
         }
      }
   }
   note += (note.empty() ? "" : " ") + text + ".";
}

} // namespace

table achievement_table(const document& doc, const table_style& style)
{
   table t;
   t.id = "capaian";
   t.title = "Capaian Kinerja " + doc.when.display();
   t.sheet = "Capaian Kinerja";
   t.part = section::performance;
   t.headers = {"No", "Indikator", "Tingkat", "Satuan", "Target", "Realisasi", "Capaian (%)",
                "Predikat", "Kategori"};
   t.numeric = {true, false, false, false, true, true, true, false, false};
   // A quarter measured against its year's (or semester's) target says so in a column of its
   // own, so that every format, CSV included, shows which target each capaian uses.
   const std::vector<const indicator_row*> rows = ordered(doc, style);
   const bool borrowed = std::any_of(rows.begin(), rows.end(),
                                     [](const indicator_row* row) { return row->target_from; });
   if (borrowed) {
      t.headers.insert(t.headers.begin() + 5, "Target untuk");
      t.numeric.insert(t.numeric.begin() + 5, false);
   }
   // With versions of targets, the other versions stand beside the one capaian uses.
   const std::vector<version_column> versions = version_columns(rows);
   const std::size_t versions_at = borrowed ? 6 : 5;
   for (std::size_t i = 0; i < versions.size(); ++i) {
      t.headers.insert(t.headers.begin() + static_cast<std::ptrdiff_t>(versions_at + i),
                       versions[i].header);
      t.numeric.insert(t.numeric.begin() + static_cast<std::ptrdiff_t>(versions_at + i), true);
   }
   std::size_t no = 0;
   for (const indicator_row* row : rows) {
      table_row r;
      if (style.full) {
         r.group = level_group(row->level);
      }
      r.cells = {count_cell(++no, style),
                 text_cell(row->name),
                 text_cell(row->level),
                 text_cell(row->unit),
                 number_cell(row->target, style),
                 number_cell(row->realisasi, style),
                 number_cell(row->achievement, style),
                 label_cell(row->achievement_band),
                 label_cell(row->value_band)};
      if (borrowed) {
         const period& of = row->target_from ? *row->target_from : doc.when;
         const std::string whose = row->target_summed ? "TW I s.d. " + of.display() : of.display();
         r.cells.insert(r.cells.begin() + 5, text_cell(row->target.available() ? whose : "-"));
         if (row->target_from) {
            t.note += std::string(t.note.empty() ? "Tanpa target " + doc.when.display() +
                                                      ", capaian diukur terhadap target "
                                                      "periode yang memuatnya: "
                                                 : "; ") +
                      row->name + " (target " + row->target_from->display() + ")";
         }
      }
      for (std::size_t i = 0; i < versions.size(); ++i) {
         r.cells.insert(r.cells.begin() + static_cast<std::ptrdiff_t>(versions_at + i),
                        version_cell(*row, versions[i], style));
      }
      t.rows.push_back(std::move(r));
   }
   if (!t.note.empty()) {
      t.note += ".";
   }
   measured_note(rows, t.note);
   std::string summed;
   for (const indicator_row* row : rows) {
      if (row->target_summed) {
         summed += (summed.empty() ? "" : ", ") + row->name;
      }
   }
   if (!summed.empty()) {
      t.note += std::string(t.note.empty() ? "" : " ") + "Target s.d. " + doc.when.display() +
                " (jumlah target TW I s.d. " + doc.when.display() + ", kumulatif jumlah): " +
                summed + ".";
   }
   return t;
}

// A quarter's (or a semester's) own realisasi beside the realisasi to date, for the indicators
// declared `kumulatif`: what a quarterly report prints as "Realisasi TW II" and "Realisasi s.d.
// TW II", each with its capaian.
std::optional<table> to_date_table(const document& doc, const table_style& style)
{
   const std::vector<const indicator_row*> rows = ordered(doc, style);
   if (std::none_of(rows.begin(), rows.end(), [](const indicator_row* r) { return r->own; })) {
      return std::nullopt;
   }
   const std::string p = doc.when.display();
   table t;
   t.id = "kumulatif";
   t.title = "Realisasi " + p + " dan Kumulatif";
   t.sheet = "Realisasi Kumulatif";
   t.part = section::performance;
   t.headers = {"No",          "Indikator",          "Satuan",
                "Kumulatif",   "Target " + p,        "Realisasi " + p,
                "Capaian " + p + " (%)", "Target s.d. " + p, "Realisasi s.d. " + p,
                "Capaian s.d. " + p + " (%)"};
   t.numeric = {true, false, false, false, true, true, true, true, true, true};
   std::size_t no = 0;
   for (const indicator_row* row : rows) {
      if (!row->own) {
         continue;
      }
      table_row r;
      r.cells = {count_cell(++no, style),
                 text_cell(row->name),
                 text_cell(row->unit),
                 text_cell(row->own->accumulation),
                 number_cell(row->own->target, style),
                 number_cell(row->own->realisasi, style),
                 number_cell(row->own->achievement, style),
                 number_cell(row->target, style),
                 number_cell(row->realisasi, style),
                 number_cell(row->achievement, style)};
      t.rows.push_back(std::move(r));
   }
   t.note = "Realisasi s.d. " + p + " dari realisasi tiap triwulan tahun itu: jumlah "
            "(dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian " +
            p + " hanya bila target " + p + " sendiri ditulis.";
   return t;
}

const dated_number* target_of(const indicator_row& row, const period& when)
{
   const auto it = std::find_if(row.targets.begin(), row.targets.end(),
                                [&](const dated_number& t) { return t.when == when; });
   return it == row.targets.end() ? nullptr : &*it;
}

// Realisasi of earlier years and targets to the end of the Renstra, per indicator.
table comparison_table(const document& doc, const table_style& style)
{
   std::set<period> years;
   for (const indicator_row& row : doc.indicators) {
      for (const earlier_year& y : row.earlier) {
         if (y.realisasi.available()) {
            years.insert(y.when);
         }
      }
   }
   years.insert(doc.when);
   std::set<period> target_years;
   for (const indicator_row& row : doc.indicators) {
      for (const dated_number& x : row.targets) {
         if (x.when > doc.when) {
            target_years.insert(x.when);
         }
      }
   }
   table t;
   t.id = "perbandingan";
   t.title = "Perbandingan Realisasi dan Target Renstra";
   t.sheet = "Perbandingan";
   t.part = section::comparison;
   t.wrap_column = 0;
   t.headers = {"Indikator"};
   t.numeric = {false};
   for (const period& p : years) {
      t.headers.push_back("Realisasi " + p.display());
      t.numeric.push_back(true);
   }
   for (const period& p : target_years) {
      t.headers.push_back("Target " + p.display());
      t.numeric.push_back(true);
   }
   for (const indicator_row* row : ordered(doc, style)) {
      table_row r;
      r.cells.push_back(text_cell(row->name));
      for (const period& p : years) {
         const auto it = std::find_if(row->earlier.begin(), row->earlier.end(),
                                      [&](const earlier_year& y) { return y.when == p; });
         r.cells.push_back(p == doc.when              ? number_cell(row->realisasi, style)
                           : it != row->earlier.end() ? number_cell(it->realisasi, style)
                                                      : text_cell("-"));
      }
      for (const period& p : target_years) {
         const dated_number* target = target_of(*row, p);
         r.cells.push_back(target ? number_cell(target->figure, style) : text_cell("-"));
      }
      t.rows.push_back(std::move(r));
   }
   return t;
}


// Target, realisasi and capaian of each earlier year the data or the targets give, then of the
// evaluated year: the year-on-year comparison of capaian (Way Kanan Tabel 3.3.1, Blitar Tabel
// 3.1.2.1-3.1.2.3). Only indicators with an earlier realisasi are listed.
std::optional<table> earlier_years_table(const document& doc, const table_style& style)
{
   std::vector<const indicator_row*> rows;
   std::optional<period> first;
   bool bands = false;
   bool categories = false;
   for (const indicator_row* row : ordered(doc, style)) {
      // An indicator never measured before has no year to compare with, only targets.
      if (std::none_of(row->earlier.begin(), row->earlier.end(),
                       [](const earlier_year& y) { return y.realisasi.available(); })) {
         continue;
      }
      rows.push_back(row);
      first = first ? std::min(*first, row->earlier.front().when) : row->earlier.front().when;
      bands = bands || row->achievement_band.text || !row->achievement_band.note.empty();
      categories = categories || row->value_band.text || !row->value_band.note.empty();
      for (const earlier_year& y : row->earlier) {
         bands = bands || y.achievement_band.text;
         categories = categories || y.value_band.text;
      }
   }
   if (rows.empty()) {
      return std::nullopt;
   }
   table t;
   t.id = "capaian-tahunan";
   t.title = "Target, Realisasi dan Capaian " + first->display() + "–" + doc.when.display();
   t.sheet = "Capaian Tahunan";
   t.part = section::comparison;
   t.wrap_column = 0;
   t.merged_column = 0;
   const bool yearly = doc.when.grain == period::kind::year;
   t.headers = {"Indikator", yearly ? "Tahun" : "Periode", "Target", "Realisasi", "Capaian (%)"};
   t.numeric = {false, false, true, true, true};
   if (bands) {
      t.headers.push_back("Predikat");
      t.numeric.push_back(false);
   }
   if (categories) {
      t.headers.push_back("Kategori");
      t.numeric.push_back(false);
   }
   const auto add = [&](const indicator_row& row, const period& when, const cell& target,
                        const number& realisasi, const number& achievement, const label& band,
                        const label& category) {
      table_row r;
      r.cells = {text_cell(row.name), text_cell(when.display()), target,
                 number_cell(realisasi, style), number_cell(achievement, style)};
      if (bands) {
         r.cells.push_back(label_cell(band));
      }
      if (categories) {
         r.cells.push_back(label_cell(category));
      }
      t.rows.push_back(std::move(r));
   };
   for (const indicator_row* row : rows) {
      for (const earlier_year& y : row->earlier) {
         add(*row, y.when, number_cell(y.target, style), y.realisasi, y.achievement,
             y.achievement_band, y.value_band);
      }
      add(*row, doc.when, number_cell(row->target, style), row->realisasi, row->achievement,
          row->achievement_band, row->value_band);
   }
   t.note = yearly ? "Capaian tiap tahun dihitung dari target dan realisasi tahun itu dengan rumus "
                     "capaian indikatornya."
                   : "Capaian tiap periode dihitung dari target dan realisasi periode itu dengan "
                     "rumus capaian indikatornya.";
   return t;
}

// The realisasi against the figures of other bodies (provinsi, nasional) for the same indicator,
// with the difference the report states in words ("di bawah 10,35").
std::optional<table> benchmark_table(const document& doc, const table_style& style)
{
   std::vector<std::string> bodies;
   for (const indicator_row& row : doc.indicators) {
      for (const benchmark& b : row.benchmarks) {
         if (std::find(bodies.begin(), bodies.end(), b.body) == bodies.end()) {
            bodies.push_back(b.body);
         }
      }
   }
   if (bodies.empty()) {
      return std::nullopt;
   }
   table t;
   t.id = "pembanding";
   t.title = "Perbandingan Realisasi " + doc.when.display() + " dengan " + [&] {
      std::string names;
      for (std::size_t i = 0; i < bodies.size(); ++i) {
         names += (i == 0 ? "" : i + 1 == bodies.size() ? " dan " : ", ") + bodies[i];
      }
      return names;
   }();
   t.sheet = "Pembanding";
   t.part = section::comparison;
   t.wrap_column = 0;
   t.merged_column = 0;
   const bool yearly = doc.when.grain == period::kind::year;
   t.headers = {"Indikator", "Realisasi " + doc.when.display(), "Pembanding",
                yearly ? "Tahun" : "Periode", "Nilai Pembanding", "Selisih", "Keterangan"};
   t.numeric = {false, true, false, false, true, true, false};
   // "di bawah 10,35": the report's words, with the size of the gap in the table's locale.
   const auto verdict = [&](const benchmark& b) {
      if (!b.amount.value || b.amount.value->sign() == 0) {
         return b.verdict;
      }
      number gap = b.amount;
      if (gap.value->sign() < 0) {
         gap.value = -*gap.value;
      }
      return b.verdict + " " + human(gap, style.loc);
   };
   for (const indicator_row* row : ordered(doc, style)) {
      for (const benchmark& b : row->benchmarks) {
         table_row r;
         r.cells = {text_cell(row->name),
                    number_cell(row->realisasi, style),
                    text_cell(b.body),
                    text_cell(b.when.display()),
                    number_cell(b.figure, style),
                    number_cell(b.amount, style),
                    text_cell(verdict(b))};
         t.rows.push_back(std::move(r));
      }
   }
   t.note = yearly ? "Selisih = realisasi dikurangi nilai pembanding; nilai pembanding adalah angka "
                     "terakhir yang diketahui sampai tahun laporan, dengan tahunnya."
                   : "Selisih = realisasi dikurangi nilai pembanding; nilai pembanding adalah angka "
                     "terakhir yang diketahui sampai akhir periode laporan, dengan periodenya.";
   return t;
}

// The "naik / perlu peningkatan" statements of Bab III, one row per comparison.
table difference_table(const document& doc, const table_style& style)
{
   table t;
   t.id = "selisih";
   t.title = "Selisih Realisasi " + doc.when.display() +
             " terhadap Target, Tahun Sebelumnya dan Target Renstra";
   t.sheet = "Selisih";
   t.part = section::comparison;
   t.wrap_column = 0;
   t.merged_column = 0;
   t.headers = {"Indikator", "Pembanding", "Nilai Pembanding", "Realisasi " + doc.when.display(),
                "Selisih", "Keterangan"};
   t.numeric = {false, false, true, true, true, false};
   for (const indicator_row* row : ordered(doc, style)) {
      for (const difference& d : row->differences) {
         const std::string against =
            d.what == difference::kind::target    ? "Target " + row->target_from.value_or(d.when).display()
            : d.what == difference::kind::earlier ? "Realisasi " + d.when.display()
                                                  : "Target Renstra " + d.when.display();
         table_row r;
         r.cells = {text_cell(row->name), text_cell(against), number_cell(d.reference, style),
                    number_cell(row->realisasi, style), number_cell(d.amount, style),
                    text_cell(d.verdict)};
         t.rows.push_back(std::move(r));
      }
   }
   t.note = "Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; "
            "terhadap target Renstra = kekurangan yang masih perlu dicapai.";
   return t;
}

table values_table(const document& doc, const table_style& style)
{
   table t;
   t.id = "nilai";
   t.title = "Nilai Komponen";
   t.sheet = "Nilai Komponen";
   t.part = section::composite;
   t.wrap_column = 1;
   t.headers = {"Nilai", "Uraian", "Angka"};
   t.numeric = {false, false, true};
   for (const value_row& v : doc.values) {
      if (v.grouped) {
         continue; // in a table of its own
      }
      table_row r;
      r.cells = {text_cell(v.id), text_cell(v.name),
                 v.label ? text_cell(*v.label) : number_cell(v.figure, style)};
      t.rows.push_back(std::move(r));
      // A figure that cannot be given says why, under the table.
      if (!v.label && !v.figure.available() && !v.figure.note.empty()) {
         t.note += std::string(t.note.empty() ? "Tidak tersedia: " : "; ") + v.id + " (" +
                   v.figure.note + ")";
      }
   }
   if (!t.note.empty()) {
      t.note += ".";
   }
   return t;
}

// A grouped value (`menurut`): one row per group, its key in as many columns as it has parts.
table grouped_value_table(const value_row& v, const table_style& style)
{
   table t;
   t.id = "nilai-" + v.id;
   t.title = v.name.empty() ? v.id : v.name;
   t.sheet = v.name.empty() ? v.id : v.name;
   t.part = section::composite;
   t.wrap_column = 0;
   for (const std::string& name : v.key_names) {
      t.headers.push_back(name);
      t.numeric.push_back(false);
   }
   t.headers.insert(t.headers.end(), {"Angka", "Jumlah Baris"});
   t.numeric.insert(t.numeric.end(), {true, true});
   for (const group_row& g : v.groups) {
      table_row r;
      for (const value& k : g.key) {
         if (k.is_number()) {
            number n;
            n.value = k.as_number();
            n.places = std::max(0, k.as_number().places());
            r.cells.push_back(number_cell(n, style));
         }
         else if (k.is_text()) {
            r.cells.push_back(text_cell(k.as_text()));
         }
         else if (k.is_bool()) {
            r.cells.push_back(text_cell(k.as_bool() ? "ya" : "tidak"));
         }
         else if (k.is_period()) {
            r.cells.push_back(text_cell(k.as_period().display()));
         }
         else {
            r.cells.push_back(text_cell("-"));
         }
      }
      r.cells.push_back(number_cell(g.figure, style));
      r.cells.push_back(count_cell(g.rows, style));
      t.rows.push_back(std::move(r));
   }
   t.note = "Satu angka per " + [&] {
      std::string keys;
      for (const std::string& name : v.key_names) {
         keys += (keys.empty() ? "" : ", ") + name;
      }
      return keys;
   }() + "; Jumlah Baris: baris kelompok itu yang masuk perhitungan.";
   if (!v.figure.note.empty()) {
      t.note += " Tidak tersedia: " + v.figure.note + ".";
   }
   return t;
}

std::string joined(const std::vector<std::string>& items)
{
   std::string out;
   for (const std::string& item : items) {
      out += (out.empty() ? "" : "; ") + item;
   }
   return out;
}

table breakdown_table(const breakdown& b, const table_style& style)
{
   table t;
   t.id = "rincian-" + b.table;
   // "Rincian <title>", unless the rule file's title already says so.
   const bool says_breakdown = b.title.rfind("Rincian", 0) == 0 || b.title.rfind("rincian", 0) == 0;
   t.title = says_breakdown ? b.title : "Rincian " + b.title;
   t.sheet = "Rincian " + b.table;
   t.part = section::composite;
   std::size_t label_column = 0;
   bool found = false;
   for (std::size_t c = 0; c < b.columns.size(); ++c) {
      t.headers.push_back(b.columns[c].header);
      t.numeric.push_back(b.columns[c].numeric);
      if (!found && !b.columns[c].numeric) {
         label_column = c;
         found = true;
      }
   }
   t.wrap_column = label_column;
   for (const auto& cells : b.rows) {
      table_row r;
      for (std::size_t c = 0; c < cells.size(); ++c) {
         r.cells.push_back(b.columns[c].numeric ? number_cell(cells[c].figure, style)
                                                : text_cell(cells[c].text));
      }
      t.rows.push_back(std::move(r));
   }
   for (const breakdown::total& total : b.totals) {
      table_row r;
      r.kind = row_kind::total;
      for (std::size_t c = 0; c < b.columns.size(); ++c) {
         if (total.cells[c]) {
            r.cells.push_back(number_cell(*total.cells[c], style));
         }
         else {
            r.cells.push_back(text_cell(c == label_column ? total.label : ""));
         }
      }
      t.rows.push_back(std::move(r));
   }
   t.note = "Sumber: " + b.file + "; dipakai oleh: " + joined(b.used_by) + ".";
   if (!b.rows_shown) {
      const decimal rows(static_cast<std::int64_t>(b.row_count));
      t.note += " Tabel ini memuat " + format_number(rows, 0, style.loc) +
                " baris untuk periode ini; hanya hasil agregasinya yang ditampilkan.";
   }
   return t;
}

// Under a budget table: the cells not written, and what that does to the totals above them.
std::string budget_gaps_note(const document& doc)
{
   if (doc.budget_gaps.empty()) {
      return "";
   }
   constexpr std::size_t listed = 5;
   std::string out = "Tidak tersedia: ";
   for (std::size_t i = 0; i < doc.budget_gaps.size() && i < listed; ++i) {
      out += (i == 0 ? "" : "; ") + doc.budget_gaps[i];
   }
   if (doc.budget_gaps.size() > listed) {
      out += "; dan " + std::to_string(doc.budget_gaps.size() - listed) + " sel lain";
   }
   return out + ". Jumlah di atasnya ditulis tidak lengkap, tidak dijumlahkan sebagian.";
}

table budget_table(const document& doc, const table_style& style)
{
   table t;
   t.id = "anggaran";
   t.title = "Realisasi Anggaran " + doc.when.display();
   t.sheet = "Realisasi Anggaran";
   t.part = section::budget;
   t.headers = {"Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Predikat"};
   t.numeric = {false, false, true, true, true, false};
   // A quarter: its RAK and own spending, then the figures to date against the RAK to date and
   // against the annual pagu.
   const bool quarterly = doc.budget_quarter.has_value();
   if (quarterly) {
      const std::string shown =
         period{doc.when.year, period::kind::quarter, *doc.budget_quarter}.display();
      const std::string tw = shown.substr(0, shown.rfind(' ')); // "TW II"
      t.headers = {"Kode",
                   "Uraian",
                   "Pagu (Rp)",
                   "Rencana " + tw + " (Rp)",
                   "Realisasi " + tw + " (Rp)",
                   "Serapan " + tw + " (%)",
                   "Rencana s.d. " + tw + " (Rp)",
                   "Realisasi s.d. " + tw + " (Rp)",
                   "Serapan thd Rencana (%)",
                   "Serapan thd Pagu (%)",
                   "Predikat"};
      t.numeric = {false, false, true, true, true, true, true, true, true, true, false};
   }
   if (style.full) {
      t.headers.insert(t.headers.begin() + 2, "Tingkat");
      t.numeric.insert(t.numeric.begin() + 2, false);
   }
   const auto add = [&](const budget_row& row, const std::string& level, row_kind kind) {
      table_row r;
      r.kind = kind;
      r.depth = row.depth;
      if (quarterly) {
         r.cells = {text_cell(row.code),
                    text_cell(row.name),
                    number_cell(row.ceiling, style),
                    number_cell(row.plan_quarter, style),
                    number_cell(row.spent_quarter, style),
                    number_cell(row.absorption_quarter, style),
                    number_cell(row.plan_to_date, style),
                    number_cell(row.realised, style),
                    number_cell(row.absorption_plan, style),
                    number_cell(row.absorption, style),
                    label_cell(row.band)};
      }
      else {
         r.cells = {text_cell(row.code),
                    text_cell(row.name),
                    number_cell(row.ceiling, style),
                    number_cell(row.realised, style),
                    number_cell(row.absorption, style),
                    label_cell(row.band)};
      }
      if (style.full) {
         r.cells.insert(r.cells.begin() + 2, text_cell(level));
      }
      t.rows.push_back(std::move(r));
   };
   for (const budget_row& row : doc.budget) {
      add(row, budget_level_name(doc.budget_levels, row.depth), row_kind::body);
   }
   if (doc.budget_total) {
      add(*doc.budget_total, "", row_kind::total);
   }
   t.note = budget_gaps_note(doc);
   return t;
}

// Tabel 3.15 of an LKjIP: the pagu before and after the budget change (APBD murni and
// perubahan), for the lines whose pagu before the change the data gives.
std::optional<table> budget_change_table(const document& doc, const table_style& style)
{
   if (!doc.budget_total || !std::any_of(doc.budget.begin(), doc.budget.end(),
                                         [](const budget_row& r) {
                                            return r.ceiling_before.available();
                                         })) {
      return std::nullopt;
   }
   table t;
   t.id = "perubahan-pagu";
   t.title = "Pagu Anggaran Sebelum dan Sesudah Perubahan " + doc.when.display();
   t.sheet = "Perubahan Pagu";
   t.part = section::budget;
   t.headers = {"Kode", "Uraian", "Pagu Sebelum Perubahan (Rp)", "Pagu Sesudah Perubahan (Rp)",
                "Selisih (Rp)", "Perubahan (%)"};
   t.numeric = {false, false, true, true, true, true};
   const auto add = [&](const budget_row& row, row_kind kind) {
      number change;
      change.places = 2;
      number difference;
      if (row.ceiling_before.value && row.ceiling.value) {
         difference.value = *row.ceiling.value - *row.ceiling_before.value;
         const auto share =
            decimal::divide(*difference.value * decimal(100), *row.ceiling_before.value);
         if (share) {
            change.value = share->round(2);
         }
      }
      table_row r;
      r.kind = kind;
      r.depth = row.depth;
      r.cells = {text_cell(row.code), text_cell(row.name), number_cell(row.ceiling_before, style),
                 number_cell(row.ceiling, style), number_cell(difference, style),
                 number_cell(change, style)};
      t.rows.push_back(std::move(r));
   };
   for (const budget_row& row : doc.budget) {
      if (row.ceiling_before.available()) {
         add(row, row_kind::body);
      }
   }
   add(*doc.budget_total, row_kind::total);
   t.note = "Selisih = pagu sesudah dikurangi pagu sebelum perubahan; perubahan (%) = selisih / "
            "pagu sebelum x 100, dibulatkan setengah ke atas dua desimal.";
   return t;
}

table efficiency_table(const document& doc, const table_style& style)
{
   table t;
   t.id = "efisiensi";
   t.title = "Efisiensi Penggunaan Sumber Daya";
   t.sheet = "Efisiensi";
   t.part = section::budget;
   t.wrap_column = 0;
   // The efisiensi column says what its figures are: a percentage (capaian / serapan x 100) or
   // a ratio (capaian / serapan), as the indicators' formulas compute them.
   std::size_t ratios = 0;
   std::size_t shown = 0;
   for (const indicator_row& row : doc.indicators) {
      if (row.has_budget) {
         ++shown;
         ratios += row.efficiency_ratio ? 1 : 0;
      }
   }
   const char* efficiency = ratios == 0 ? "Efisiensi (%)" : ratios == shown ? "Rasio Efisiensi"
                                                                            : "Efisiensi";
   t.headers = {"Indikator", "Capaian Kinerja (%)", "Pagu (Rp)", "Realisasi (Rp)",
                "Serapan (%)", efficiency, "Tingkat Efisiensi"};
   t.numeric = {false, true, true, true, true, true, false};
   if (ratios > 0 && ratios < shown) {
      t.note = "Efisiensi ditulis sebagai rasio (capaian / serapan) untuk: ";
      bool first = true;
      for (const indicator_row& row : doc.indicators) {
         if (row.has_budget && row.efficiency_ratio) {
            t.note += (first ? "" : "; ") + row.name;
            first = false;
         }
      }
      t.note += "; yang lain dalam persen (capaian / serapan x 100).";
   }
   for (const indicator_row* row : ordered(doc, style)) {
      if (!row->has_budget) {
         continue;
      }
      table_row r;
      r.cells = {text_cell(row->name),
                 number_cell(row->achievement, style),
                 number_cell(row->budget_ceiling, style),
                 number_cell(row->budget_realised, style),
                 number_cell(row->absorption, style),
                 number_cell(row->efficiency, style),
                 label_cell(row->efficiency_band)};
      t.rows.push_back(std::move(r));
   }
   return t;
}

// Gives each marked cell the text of its findings and lists every finding of the audit, in the
// order `ind audit` lists them, with the tables that mark it; nullopt when there are none.
std::optional<table> number_findings(std::vector<table>& tables, const document& doc,
                                     const table_style& style)
{
   if (doc.findings.empty()) {
      return std::nullopt;
   }
   std::vector<std::vector<std::string>> shown_in(doc.findings.size());
   for (table& t : tables) {
      for (table_row& row : t.rows) {
         for (cell& x : row.cells) {
            for (std::size_t no : x.findings) {
               const finding& f = doc.findings[no - 1];
               // Appended piece by piece: GCC 12 reports a false -Wrestrict otherwise.
               if (!x.finding_note.empty()) {
                  x.finding_note += '\n';
               }
               x.finding_note += "Temuan ";
               x.finding_note += std::to_string(no);
               x.finding_note += ": tercetak " + f.printed + " (" + f.location + "), dihitung " +
                                 f.computed;
               std::vector<std::string>& places = shown_in[no - 1];
               if (std::find(places.begin(), places.end(), t.title) == places.end()) {
                  places.push_back(t.title);
               }
            }
         }
      }
   }
   table notes;
   notes.id = "temuan";
   notes.title = "Catatan Temuan";
   notes.sheet = "Catatan Temuan";
   notes.part = section::findings;
   notes.headers = {"No", "Lokasi di Laporan", "Angka", "Tercetak", "Dihitung", "Petunjuk",
                    "Ditandai di"};
   notes.numeric = {true, false, false, false, false, false, false};
   notes.wrap_column = 2;
   for (std::size_t i = 0; i < doc.findings.size(); ++i) {
      const finding& f = doc.findings[i];
      table_row r;
      r.cells = {count_cell(i + 1, style), text_cell(f.location),   text_cell(f.figure),
                 text_cell(f.printed),     text_cell(f.computed),   text_cell(f.hint),
                 text_cell(shown_in[i].empty() ? "tidak ditampilkan di tabel"
                                               : joined(shown_in[i]))};
      notes.rows.push_back(std::move(r));
   }
   notes.note = "Angka yang dicetak laporan berbeda dari hasil hitung ind, bernomor sama dengan "
                "daftar ind audit; [n] menandainya di setiap tabel yang memuat angka itu.";
   return notes;
}

// Excel allows 31 characters and no []:*?/\ in a sheet name, and no two sheets alike.
void name_sheets(std::vector<table>& tables)
{
   std::set<std::string> taken;
   for (table& t : tables) {
      std::string name;
      std::size_t chars = 0;
      for (char c : t.sheet) {
         if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) {
            c = '_';
         }
         const bool starts_char = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
         if (starts_char && ++chars > 27) { // room for a " (n)" suffix
            break;
         }
         name += c;
      }
      std::string unique = name;
      for (int n = 2; taken.count(unique); ++n) {
         unique = name + " (" + std::to_string(n) + ")";
      }
      taken.insert(unique);
      t.sheet = unique;
   }
}

} // namespace

table verdict_table(const audit_verdict& v, const table_style& style)
{
   table t;
   t.id = "putusan-audit";
   t.title = "Putusan audit";
   t.sheet = "Putusan Audit";
   t.part = section::verdict;
   t.headers = {"Putusan", "Jumlah"};
   t.numeric = {false, true};
   t.wrap_column = 0;
   const std::pair<const char*, std::size_t> rows[] = {
      {"Angka tercetak diperiksa", v.checked},
      {"Cocok pada ketelitian cetaknya", v.matching},
      {"Tidak cocok (temuan)", v.findings},
      {"Kesalahan asal laporan", v.original},
      {"Akibat dari kesalahan lain", v.consequences},
      {"Tempat angka yang tidak cocok tercetak", v.places},
   };
   for (const auto& [what, count] : rows) {
      table_row r;
      r.cells = {text_cell(what), count_cell(count, style)};
      t.rows.push_back(std::move(r));
   }
   t.note = v.findings == 0 ? "Setiap angka tercetak yang diperiksa cocok dengan hasil hitung ind."
                            : "Setiap temuan diuraikan di Catatan Temuan dan ditandai [n] di "
                              "tabel yang memuatnya.";
   return t;
}

table provenance_table(const provenance& origin)
{
   table t;
   t.id = "asal-laporan";
   t.title = "Asal laporan";
   t.sheet = "Asal Laporan";
   t.part = section::provenance;
   t.headers = {"Unsur", "Berkas", "Versi atau waktu", "SHA-256"};
   t.numeric = {false, false, false, false};
   t.wrap_column = 1;
   const auto row = [&](std::string what, std::string file, std::string version,
                        std::string digest) {
      table_row r;
      r.cells = {text_cell(std::move(what)), text_cell(std::move(file)),
                 text_cell(std::move(version)), text_cell(std::move(digest))};
      t.rows.push_back(std::move(r));
   };
   row("program", "ind",
       origin.commit.empty() ? origin.version : origin.version + " (commit " + origin.commit + ")",
       "");
   std::string time = "tidak dicatat (--reproducible)";
   if (origin.time) {
      time = *origin.time + (origin.clock == stamp_clock::source_date_epoch
                                ? " (UTC, dari SOURCE_DATE_EPOCH)"
                                : " (UTC)");
   }
   row("waktu hitung", "", time, "");
   for (const input_file& f : origin.files) {
      row(kind_name(f.what), f.path,
          f.stdlib_version.empty() ? "" : "pustaka standar versi " + f.stdlib_version, f.sha256);
   }
   t.note = "Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom "
            "SHA-256.";
   return t;
}

std::vector<table> lkjip_tables(const document& doc, const table_style& style)
{
   std::vector<table> tables;
   if (doc.verdict) {
      tables.push_back(verdict_table(*doc.verdict, style));
   }
   if (style.full) {
      for (const recap& r : doc.recaps) {
         tables.push_back(recap_table(r, style));
      }
   }
   // A rule file of named values only (a roster's figures) has no Bab III tables.
   if (!doc.indicators.empty()) {
      tables.push_back(achievement_table(doc, style));
      if (auto t = to_date_table(doc, style)) {
         tables.push_back(std::move(*t));
      }
      tables.push_back(comparison_table(doc, style));
   }
   if (style.full) {
      for (auto* make : {earlier_years_table, benchmark_table}) {
         if (auto t = make(doc, style)) {
            tables.push_back(std::move(*t));
         }
      }
   }
   const bool any_difference =
      std::any_of(doc.indicators.begin(), doc.indicators.end(),
                  [](const indicator_row& r) { return !r.differences.empty(); });
   if (style.full && any_difference) {
      tables.push_back(difference_table(doc, style));
   }
   const bool any_plain = std::any_of(doc.values.begin(), doc.values.end(),
                                      [](const value_row& v) { return !v.grouped; });
   if (any_plain) {
      tables.push_back(values_table(doc, style));
   }
   for (const value_row& v : doc.values) {
      if (v.grouped) {
         tables.push_back(grouped_value_table(v, style));
      }
   }
   if (style.full) {
      for (const breakdown& b : doc.breakdowns) {
         tables.push_back(breakdown_table(b, style));
      }
   }
   if (!doc.budget.empty()) {
      if (style.full) {
         if (auto change = budget_change_table(doc, style)) {
            tables.push_back(std::move(*change));
         }
      }
      tables.push_back(budget_table(doc, style));
   }
   const bool any_budget = std::any_of(doc.indicators.begin(), doc.indicators.end(),
                                       [](const indicator_row& r) { return r.has_budget; });
   if (any_budget) {
      tables.push_back(efficiency_table(doc, style));
   }
   if (auto renja = renja_table(doc, style)) {
      tables.push_back(std::move(*renja));
   }
   if (!doc.conditions.empty()) {
      tables.push_back(conditions_table(doc.conditions));
   }
   if (auto notes = number_findings(tables, doc, style)) {
      tables.push_back(std::move(*notes));
   }
   if (doc.origin) {
      tables.push_back(provenance_table(*doc.origin));
   }
   // Two recaps of one subject (two scales) would share an id; the second gets a number.
   std::set<std::string> ids;
   for (table& t : tables) {
      std::string id = t.id;
      for (int n = 2; ids.count(id); ++n) {
         id = t.id + "-" + std::to_string(n);
      }
      ids.insert(id);
      t.id = id;
   }
   name_sheets(tables);
   return tables;
}

} // namespace ind::rt::report
