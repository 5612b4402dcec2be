#include "runtime/audit.hpp"

#include "lang/suggest.hpp"
#include "runtime/json_text.hpp"
#include "runtime/data/csv.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>
#include <ostream>

namespace ind::rt {

std::size_t audit_result::mismatches() const
{
   return static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(), [](const audit_item& i) { return !i.matches; }));
}

namespace {

namespace fs = std::filesystem;

std::string trim(std::string_view text)
{
   const auto first = text.find_first_not_of(" \t\r\n");
   if (first == std::string_view::npos) {
      return {};
   }
   const auto last = text.find_last_not_of(" \t\r\n");
   return std::string(text.substr(first, last - first + 1));
}

// Labels are compared as words: reports vary capitals and spacing ("Sangat memuaskan").
std::string normalised(std::string_view text)
{
   std::string out;
   for (char c : trim(text)) {
      if (std::isspace(static_cast<unsigned char>(c))) {
         if (!out.empty() && out.back() != ' ') {
            out += ' ';
         }
      }
      else {
         out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
   }
   return out;
}

// Decimals written after the decimal comma of a printed number ("105,3 %" -> 1, "97%" -> 0).
int printed_places(std::string_view text, char separator)
{
   const auto comma = text.rfind(separator);
   if (comma == std::string_view::npos) {
      return 0;
   }
   int places = 0;
   for (std::size_t i = comma + 1; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
        ++i) {
      ++places;
   }
   return places;
}

std::string where_text(lang::span s)
{
   return s.valid() ? s.location() : std::string{};
}

// What the rules give for one printed figure: a number (exact, before the rule's own
// rounding) or a label, plus the rule that gives it and the figures it could be confused with.
struct computed
{
   value exact;
   std::string rule;
   const lang::scale* scale = nullptr; // for labels: the scale the label comes from
   std::vector<std::pair<std::string, value>> lookalikes;
};

class auditor
{
 public:
   auditor(const lang::program& p, evaluator& eval, report::document& doc, const period& when,
           number_style style, lang::diagnostic_sink& sink)
      : m_program(p), m_eval(eval), m_doc(doc), m_when(when), m_style(style), m_sink(sink)
   {}

   std::optional<audit_item> check(const printed_figure& printed);
   // The printed figures of the whole file, by object, quantity and period, for the hint that
   // a figure was computed from other printed figures.
   void remember(const printed_figure& f);

 private:
   std::optional<computed> of_indicator(const lang::indicator& ind, const printed_figure& f);
   std::optional<computed> of_budget(const std::string& code, const printed_figure& f);
   std::optional<computed> of_recap(const printed_figure& f);
   void unknown(const printed_figure& f, const std::string& what,
                const std::vector<std::string>& known);
   void mark(const audit_item& item);

   const lang::program& m_program;
   evaluator& m_eval;
   std::optional<std::string> from_printed_inputs(const lang::indicator& ind,
                                                  const printed_figure& f, int places,
                                                  const decimal& printed);

   report::document& m_doc;
   period m_when;
   number_style m_style;
   lang::diagnostic_sink& m_sink;
   // A figure may be printed several times, not always alike (Tabel 3.6 and Tabel 3.11).
   std::map<std::tuple<std::string, std::string, period>,
            std::vector<std::pair<decimal, std::string>>>
      m_printed;
};

void auditor::remember(const printed_figure& f)
{
   const number_parse n = parse_number(f.text, number_kind::percent, m_style);
   if (n.value) {
      m_printed[{f.object, f.quantity, f.when}].emplace_back(*n.value, f.text);
   }
}

// Reports often compute a figure from figures they printed earlier (capaian from a printed
// realisasi, efisiensi from a printed capaian). When those printed inputs are themselves wrong,
// recomputing from them shows where the printed figure came from.
std::optional<std::string> auditor::from_printed_inputs(const lang::indicator& ind,
                                                        const printed_figure& f, int places,
                                                        const decimal& printed)
{
   if (f.quantity != "capaian" && f.quantity != "efisiensi") {
      return std::nullopt;
   }
   using candidate = std::optional<std::pair<decimal, std::string>>;
   const auto printed_as = [&](const char* quantity) {
      std::vector<candidate> out{std::nullopt};
      if (const auto it = m_printed.find({ind.id, quantity, f.when}); it != m_printed.end()) {
         out.assign(it->second.begin(), it->second.end());
      }
      return out;
   };
   const std::vector<candidate> realisasi = printed_as("realisasi");
   const std::vector<candidate> capaian =
      f.quantity == "efisiensi" ? printed_as("capaian") : std::vector<candidate>{std::nullopt};
   for (const candidate& r : realisasi) {
      for (const candidate& c : capaian) {
         if (!r && !c) {
            continue;
         }
         lang::diagnostic_sink quiet;
         evaluator replay(m_program, m_eval.data(), quiet);
         std::string used;
         if (r) {
            replay.preset(evaluator::preset_figure::realisasi, ind, f.when, r->first);
            used = "realisasi tercetak " + r->second;
         }
         if (c) {
            replay.preset(evaluator::preset_figure::achievement, ind, f.when, c->first);
            used += (used.empty() ? "" : " dan ") + std::string("capaian tercetak ") + c->second;
         }
         const value again = f.quantity == "capaian" ? replay.achievement(ind, f.when).exact
                                                     : replay.efficiency(ind, f.when).exact;
         if (again.is_number() && again.as_number().round(places) == printed) {
            return "sama dengan hasil rumus bila dihitung dari " + used;
         }
      }
   }
   return std::nullopt;
}

void auditor::unknown(const printed_figure& f, const std::string& what,
                      const std::vector<std::string>& known)
{
   std::string list;
   for (const std::string& k : known) {
      list += (list.empty() ? "" : ", ") + k;
   }
   const std::string& word = what == "objek" ? f.object : f.quantity;
   const std::string guess = lang::closest(word, known);
   m_sink.error("E-TERCETAK", f.where, what + " '" + word + "' tidak dikenal",
                guess.empty() ? "yang dikenal: " + list : "mungkin maksud Anda '" + guess + "'");
}

std::string formula_text(const lang::ir::expr_ptr& formula, const std::string& fallback)
{
   if (!formula) {
      return fallback;
   }
   // A formula written over several lines is quoted on one.
   std::string text;
   for (char c : formula->where.text()) {
      const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
      if (!space || (!text.empty() && text.back() != ' ')) {
         text += space ? ' ' : c;
      }
   }
   return text + " (" + formula->where.location() + ")";
}

std::optional<computed> auditor::of_indicator(const lang::indicator& ind, const printed_figure& f)
{
   computed c;
   const std::string& q = f.quantity;
   const period& when = f.when;
   const auto other_years = [&](const char* what, auto get) {
      for (int step : {-1, -2, 1}) {
         const period other = when.shifted(step);
         c.lookalikes.emplace_back(std::string(what) + " " + other.to_string(), get(other));
      }
   };
   if (q == "realisasi") {
      c.exact = m_eval.realisasi(ind, when).exact;
      c.rule = formula_text(ind.value.formula, "data realisasi");
      c.lookalikes.emplace_back("target " + when.to_string(), m_eval.target(ind, when));
      other_years("realisasi", [&](const period& p) { return m_eval.realisasi(ind, p).shown; });
      other_years("target", [&](const period& p) { return m_eval.target(ind, p); });
   }
   else if (q == "target") {
      c.exact = m_eval.target(ind, when);
      c.rule = "target dalam berkas aturan";
      other_years("target", [&](const period& p) { return m_eval.target(ind, p); });
   }
   else if (q == "capaian") {
      c.exact = m_eval.achievement(ind, when).exact;
      c.rule = formula_text(ind.achievement.formula, "realisasi / target x 100");
   }
   else if (q == "efisiensi") {
      c.exact = m_eval.efficiency(ind, when).exact;
      c.rule = formula_text(ind.efficiency.formula, "capaian / serapan x 100");
   }
   else if (q == "predikat" || q == "kategori" || q == "predikat_efisiensi") {
      const bool on_value = q == "kategori";
      const lang::scale* s = q == "predikat"   ? ind.achievement_scale
                             : on_value        ? ind.value_scale
                                               : ind.efficiency_scale;
      if (!s) {
         m_sink.error("E-TERCETAK", f.where,
                      "indikator " + ind.id + " tidak punya skala untuk " + q,
                      "nyatakan skalanya di indikator (predikat, kategori, predikat_efisiensi)");
         return std::nullopt;
      }
      const value x = on_value          ? m_eval.realisasi(ind, when).shown
                      : q == "predikat" ? m_eval.achievement(ind, when).shown
                                        : m_eval.efficiency(ind, when).shown;
      c.exact = m_eval.classify(s, x, when, ind.where);
      c.scale = s;
      c.rule = "skala " + lang::display_name(s->owner, s->name) + " atas " + x.describe();
   }
   else if (q == "pagu" || q == "realisasi_anggaran" || q == "serapan") {
      const budget_figures b = m_eval.budget(ind, when);
      c.exact = q == "pagu" ? b.ceiling : q == "serapan" ? b.absorption.exact : b.realised;
      c.rule = q == "serapan" ? "realisasi anggaran / pagu x 100" : "jumlah baris anggaran";
   }
   else {
      unknown(f, "besaran",
              {"realisasi", "target", "capaian", "predikat", "kategori", "efisiensi",
               "predikat_efisiensi", "pagu", "realisasi_anggaran", "serapan"});
      return std::nullopt;
   }
   return c;
}

std::optional<computed> auditor::of_budget(const std::string& code, const printed_figure& f)
{
   computed c;
   const bool total = code == "jumlah";
   if (!total && std::none_of(m_eval.data().budget.begin(), m_eval.data().budget.end(),
                              [&](const budget_line& l) { return l.code == code; })) {
      m_sink.error("E-TERCETAK", f.where, "kode anggaran '" + code + "' tidak ada di data anggaran");
      return std::nullopt;
   }
   const budget_figures b = total ? m_eval.budget_total() : m_eval.budget_for_code(code);
   const std::string& q = f.quantity;
   c.rule = "jumlah baris terendah di bawah kode " + (total ? std::string("mana pun") : code);
   if (q == "pagu") {
      c.exact = b.ceiling;
   }
   else if (q == "realisasi") {
      c.exact = b.realised;
   }
   else if (q == "serapan") {
      c.exact = b.absorption.exact;
      c.rule = "realisasi / pagu x 100";
   }
   else if (q == "predikat" && m_program.budget && m_program.budget->absorption_scale) {
      c.scale = m_program.budget->absorption_scale;
      c.exact = m_eval.classify(c.scale, b.absorption.shown, f.when, m_program.budget->where);
      c.rule = "skala serapan atas " + b.absorption.shown.describe();
   }
   else {
      unknown(f, "besaran", {"pagu", "realisasi", "serapan", "predikat"});
      return std::nullopt;
   }
   return c;
}

// jumlah:<label> and persen:<label> of the Ikhtisar recaps (iku, program, anggaran).
std::optional<computed> auditor::of_recap(const printed_figure& f)
{
   const auto colon = f.quantity.find(':');
   const std::string measure = f.quantity.substr(0, colon);
   if (colon == std::string::npos || (measure != "jumlah" && measure != "persen")) {
      unknown(f, "besaran", {"jumlah:<label>", "persen:<label>"});
      return std::nullopt;
   }
   const std::string wanted = normalised(f.quantity.substr(colon + 1));
   for (const report::recap& r : m_doc.recaps) {
      if (r.subject != f.object) {
         continue;
      }
      std::vector<std::string> labels;
      for (const auto& b : r.bands) {
         labels.push_back(b.label);
         if (normalised(b.label) == wanted) {
            computed c;
            if (measure == "jumlah") {
               c.exact = decimal(static_cast<std::int64_t>(b.count));
            }
            else {
               c.exact = b.share.value ? value(*b.share.value) : value(missing{});
            }
            c.rule = r.title + ": " + std::to_string(b.count) + " dari " +
                     std::to_string(r.total);
            return c;
         }
      }
      unknown(printed_figure{f.location, f.object, f.quantity.substr(colon + 1), f.text, f.when,
                             f.where},
              "label", labels);
      return std::nullopt;
   }
   m_sink.error("E-TERCETAK", f.where,
                "tidak ada tabel rekap '" + f.object + "' pada periode " + f.when.to_string(),
                "rekap dibuat untuk indikator dengan skala predikat dan untuk anggaran berskala");
   return std::nullopt;
}

// Records a mismatch as a finding of the report and marks every place the report shows that
// figure: the figure itself, the copies Bab III compares with it (a realisasi of an earlier
// year is also the reference of a "naik" line), the total of the data table the figure is the
// sum of, and the count of a recap band. A figure the report shows nowhere (a target of a year
// outside the tables) is still listed as a finding.
void auditor::mark(const audit_item& item)
{
   const printed_figure& f = item.printed;
   const std::size_t id = m_doc.findings.size();
   const std::string& q = f.quantity;
   const bool now = f.when == m_doc.when;
   const auto add = [&](std::vector<std::size_t>& findings) {
      if (findings.empty() || findings.back() != id) {
         findings.push_back(id);
      }
   };
   const auto set = [&](auto& figure) { add(figure.findings); };
   std::string subject = f.object;
   for (report::indicator_row& row : m_doc.indicators) {
      if (row.id != f.object) {
         continue;
      }
      subject = row.name;
      if (now) {
         if (q == "realisasi") set(row.realisasi);
         else if (q == "target") set(row.target);
         else if (q == "capaian") set(row.achievement);
         else if (q == "efisiensi") set(row.efficiency);
         else if (q == "predikat") set(row.achievement_band);
         else if (q == "kategori") set(row.value_band);
         else if (q == "predikat_efisiensi") set(row.efficiency_band);
         else if (q == "pagu") set(row.budget_ceiling);
         else if (q == "realisasi_anggaran") set(row.budget_realised);
         else if (q == "serapan") set(row.absorption);
      }
      for (report::earlier_year& year : row.earlier) {
         if (year.when != f.when) {
            continue;
         }
         if (q == "realisasi") set(year.realisasi);
         else if (q == "capaian") set(year.achievement);
         else if (q == "predikat") set(year.achievement_band);
         else if (q == "kategori") set(year.value_band);
      }
      for (report::dated_number& target : row.targets) {
         if (q == "target" && target.when == f.when) {
            set(target.figure);
         }
      }
      using kind = report::difference::kind;
      for (report::difference& d : row.differences) {
         const bool reference =
            d.when == f.when && ((q == "target" && d.what != kind::earlier) ||
                                 (q == "realisasi" && d.what == kind::earlier));
         if (reference) {
            set(d.reference);
         }
      }
   }
   for (report::value_row& v : m_doc.values) {
      if (v.id == f.object) {
         subject = v.name.empty() ? v.id : v.name;
         if (now) {
            set(v.figure);
         }
      }
   }
   // The total under a data table is the figure whose whole formula sums it.
   if (now && (q == "realisasi" || q == "nilai")) {
      for (report::breakdown& b : m_doc.breakdowns) {
         for (report::breakdown::total& total : b.totals) {
            for (std::size_t c = 0; c < total.cells.size(); ++c) {
               if (total.cells[c] && total.figure_of[c] == f.object) {
                  set(*total.cells[c]);
               }
            }
         }
      }
   }
   if (f.object.rfind("anggaran:", 0) == 0) {
      const std::string code = f.object.substr(9);
      const auto apply = [&](report::budget_row& row) {
         subject = "anggaran " + (row.code.empty() ? "jumlah" : row.code + " " + row.name);
         if (!now) return;
         if (q == "pagu") set(row.ceiling);
         else if (q == "realisasi") set(row.realised);
         else if (q == "serapan") set(row.absorption);
         else if (q == "predikat") set(row.band);
      };
      if (code == "jumlah" && m_doc.budget_total) {
         apply(*m_doc.budget_total);
      }
      for (report::budget_row& row : m_doc.budget) {
         if (row.code == code) {
            apply(row);
         }
      }
   }
   const auto colon = q.find(':');
   if (colon != std::string::npos) {
      const std::string measure = q.substr(0, colon);
      const std::string wanted = normalised(q.substr(colon + 1));
      for (report::recap& r : m_doc.recaps) {
         if (r.subject != f.object) {
            continue;
         }
         for (report::recap::band& b : r.bands) {
            if (normalised(b.label) != wanted) {
               continue;
            }
            subject = b.label + " (" + r.title + ")";
            if (now && measure == "jumlah") {
               add(b.count_findings);
            }
            else if (now && measure == "persen") {
               set(b.share);
            }
         }
      }
   }
   std::string figure = (colon == std::string::npos ? q : q.substr(0, colon)) + " " + subject;
   if (!now) {
      figure += " " + f.when.display();
   }
   m_doc.findings.push_back({f.location, figure, f.text, item.computed, item.hint});
}

std::optional<audit_item> auditor::check(const printed_figure& f)
{
   std::optional<computed> c;
   if (const lang::indicator* ind = m_program.find_indicator(f.object)) {
      c = of_indicator(*ind, f);
   }
   else if (const lang::named_value* v = m_program.find_value(f.object)) {
      if (f.quantity != "nilai") {
         unknown(f, "besaran", {"nilai"});
         return std::nullopt;
      }
      c = computed{m_eval.named(*v, f.when).exact, formula_text(v->value, ""), nullptr, {}};
   }
   else if (f.object.rfind("anggaran:", 0) == 0) {
      c = of_budget(f.object.substr(9), f);
   }
   else if (f.object == "iku" || f.object == "program" || f.object == "anggaran") {
      c = of_recap(f);
   }
   else {
      std::vector<std::string> known{"iku", "program", "anggaran", "anggaran:<kode>"};
      for (const auto& each : m_program.indicators) {
         known.push_back(each->id);
      }
      unknown(f, "objek", known);
      return std::nullopt;
   }
   if (!c) {
      return std::nullopt;
   }
   audit_item item;
   item.printed = f;
   item.rule = c->rule;
   if (c->scale || c->exact.is_text()) {
      // A label: compared as words.
      item.computed = c->exact.is_text() ? c->exact.as_text()
                                         : "tidak tersedia (" + c->exact.as_missing().reason + ")";
      item.matches = c->exact.is_text() && normalised(c->exact.as_text()) == normalised(f.text);
      if (!item.matches && c->scale) {
         for (const lang::band& b : c->scale->bands) {
            if (normalised(b.label) == normalised(f.text)) {
               item.hint = "label itu milik kelas " + b.interval_text() + " pada skala yang sama";
            }
         }
      }
   }
   else {
      const number_kind kind =
         f.quantity == "pagu" || f.quantity == "realisasi_anggaran" ||
               (f.object.rfind("anggaran:", 0) == 0 && f.quantity == "realisasi")
            ? number_kind::rupiah
            : f.quantity.rfind("jumlah:", 0) == 0 ? number_kind::integer
                                                  : number_kind::percent;
      number_parse printed = parse_number(f.text, kind, m_style);
      if (printed.error != number_error::none && kind == number_kind::percent) {
         const number_parse as_rupiah = parse_number(f.text, number_kind::rupiah, m_style);
         if (as_rupiah.error == number_error::none) {
            printed = as_rupiah;
         }
      }
      if (printed.error != number_error::none) {
         m_sink.error("E-TERCETAK", f.where, "angka tercetak '" + f.text + "' tidak dapat dibaca",
                      printed.hint);
         return std::nullopt;
      }
      const int places =
         printed_places(f.text, m_style == number_style::point_decimal ? '.' : ',');
      if (!c->exact.is_number()) {
         item.computed = "tidak tersedia (" +
                         (c->exact.is_missing() ? c->exact.as_missing().reason : "") + ")";
      }
      else {
         const decimal at_print = c->exact.as_number().round(places);
         item.computed = format_number(at_print, places, locale::id);
         item.matches = at_print == *printed.value;
         if (!item.matches) {
            if (const lang::indicator* ind = m_program.find_indicator(f.object)) {
               item.hint = from_printed_inputs(*ind, f, places, *printed.value).value_or("");
            }
            if (item.hint.empty() &&
                c->exact.as_number().round(places, rounding::down) == *printed.value) {
               item.hint = "angka tercetak dipotong (" +
                           format_number(c->exact.as_number(), std::max(places + 3, 3),
                                         locale::id) +
                           " dibulatkan ke bawah), bukan dibulatkan setengah ke atas";
            }
            for (const auto& [name, other] : c->lookalikes) {
               if (item.hint.empty() && other.is_number() &&
                   other.as_number().round(places) == *printed.value) {
                  item.hint = "sama dengan " + name;
               }
            }
            if (item.hint.empty()) {
               const decimal gap = *printed.value - at_print;
               item.hint = std::string("angka tercetak ") +
                           (gap.sign() < 0 ? "lebih kecil " : "lebih besar ") +
                           format_number(gap.sign() < 0 ? -gap : gap, places, locale::id);
            }
         }
      }
   }
   if (!item.matches) {
      mark(item);
   }
   return item;
}

} // namespace

audit_result audit(const lang::program& p, evaluator& eval, report::document& doc,
                   const period& when, const fs::path& data_folder, lang::source_manager& sources,
                   lang::diagnostic_sink& sink)
{
   audit_result result;
   result.agency = p.agency;
   result.when = when;
   if (!p.printed) {
      sink.error("E-TERCETAK", p.main_file ? lang::span{p.main_file, 0, 0} : lang::span{},
                 "berkas aturan tidak menyatakan angka tercetak",
                 "tambahkan: tercetak \"tercetak.csv\" (kolom lokasi;objek;besaran;nilai)");
      return result;
   }
   const fs::path path = data_folder / p.printed->file;
   std::string error;
   std::error_code ec;
   const lang::source_file* file =
      fs::is_regular_file(path, ec) ? sources.load(path.string(), error) : nullptr;
   if (!file) {
      sink.error("E-DATA-BERKAS", p.printed->where,
                 "berkas angka tercetak '" + path.string() + "' tidak ada");
      return result;
   }
   csv::reader in(file->text());
   csv::record row;
   if (!in.next(row)) {
      sink.error("E-DATA-KOLOM", p.printed->where, "berkas " + path.string() + " kosong");
      return result;
   }
   std::vector<std::string> header;
   for (const auto& field : row.fields) {
      header.push_back(normalised(field.text));
   }
   const auto column = [&](const char* name) -> std::optional<std::size_t> {
      const auto it = std::find(header.begin(), header.end(), name);
      return it == header.end() ? std::nullopt
                                : std::optional(static_cast<std::size_t>(it - header.begin()));
   };
   const auto loc = column("lokasi"), obj = column("objek"), qty = column("besaran"),
              val = column("nilai"), per = column("periode");
   if (!loc || !obj || !qty || !val) {
      sink.error("E-DATA-KOLOM", lang::span{file, 0, 1},
                 "berkas angka tercetak harus punya kolom lokasi, objek, besaran dan nilai");
      return result;
   }
   auditor check(p, eval, doc, when,
                 p.printed->style == lang::ast::number_style::point_decimal
                    ? number_style::point_decimal
                    : number_style::comma_decimal,
                 sink);
   std::vector<printed_figure> figures;
   while (in.next(row)) {
      const auto cell = [&](std::optional<std::size_t> c) {
         return c && *c < row.fields.size() ? trim(row.fields[*c].text) : std::string{};
      };
      const std::string_view line = file->line_text(row.line);
      const auto begin = static_cast<std::uint32_t>(line.data() - file->text().data());
      printed_figure f{cell(loc), cell(obj), cell(qty), cell(val), when,
                       lang::span{file, begin, static_cast<std::uint32_t>(begin + line.size())}};
      if (per && !cell(per).empty()) {
         const auto other = period::parse(cell(per));
         if (!other) {
            sink.error("E-TERCETAK", f.where, "periode '" + cell(per) + "' tidak dikenal");
            continue;
         }
         f.when = *other;
      }
      check.remember(f);
      figures.push_back(std::move(f));
   }
   if (in.error()) {
      sink.error("E-DATA-CSV", lang::span{file, 0, 1}, in.error()->message);
   }
   for (const printed_figure& f : figures) {
      if (auto item = check.check(f)) {
         result.items.push_back(std::move(*item));
      }
   }
   return result;
}

void render_audit_text(std::ostream& out, const audit_result& r, bool all)
{
   out << "Audit " << r.agency << ", periode " << r.when.display() << ": " << r.items.size()
       << " angka tercetak diperiksa, " << r.mismatches() << " tidak cocok\n";
   std::size_t n = 0;
   for (const audit_item& item : r.items) {
      if (item.matches && !all) {
         continue;
      }
      const printed_figure& f = item.printed;
      out << '\n'
          << ++n << ". " << (item.matches ? "cocok" : "TIDAK COCOK") << " - " << f.location << ": "
          << f.quantity << ' ' << f.object;
      if (f.when != r.when) {
         out << ' ' << f.when.to_string();
      }
      out << '\n';
      out << "   tercetak " << f.text << ", dihitung " << item.computed << "   ("
          << where_text(f.where) << ")\n";
      if (!item.rule.empty()) {
         out << "   aturan: " << item.rule << '\n';
      }
      if (!item.hint.empty()) {
         out << "   petunjuk: " << item.hint << '\n';
      }
   }
   if (!all && r.mismatches() < r.items.size()) {
      out << '\n'
          << r.items.size() - r.mismatches()
          << " angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)\n";
   }
}

void render_audit_json(std::ostream& out, const audit_result& r)
{
   out << "{\n  \"instansi\": ";
   write_json_string(out, r.agency);
   out << ",\n  \"periode\": \"" << r.when.to_string() << "\",\n  \"diperiksa\": \""
       << r.items.size() << "\",\n  \"tidak_cocok\": \"" << r.mismatches()
       << "\",\n  \"angka\": [";
   for (std::size_t i = 0; i < r.items.size(); ++i) {
      const audit_item& item = r.items[i];
      out << (i ? ",\n" : "\n") << "    {\"cocok\": " << (item.matches ? "true" : "false")
          << ", \"lokasi\": ";
      write_json_string(out, item.printed.location);
      out << ", \"objek\": ";
      write_json_string(out, item.printed.object);
      out << ", \"besaran\": ";
      write_json_string(out, item.printed.quantity);
      out << ", \"periode\": \"" << item.printed.when.to_string() << "\", \"tercetak\": ";
      write_json_string(out, item.printed.text);
      out << ", \"dihitung\": ";
      write_json_string(out, item.computed);
      out << ", \"aturan\": ";
      write_json_string(out, item.rule);
      if (!item.hint.empty()) {
         out << ", \"petunjuk\": ";
         write_json_string(out, item.hint);
      }
      out << "}";
   }
   out << "\n  ]\n}\n";
}

} // namespace ind::rt
