#include "runtime/audit.hpp"
#include "runtime/audit_budget.hpp"
#include "runtime/audit_renja.hpp"
#include "runtime/run.hpp"

#include "lang/source.hpp"
#include "lang/suggest.hpp"
#include "runtime/json.hpp"
#include "runtime/trace.hpp"
#include "runtime/data/csv.hpp"
#include "runtime/report/tables.hpp"
#include "runtime/data/data_files.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <ostream>

namespace ind::rt {

std::size_t audit_result::findings() const
{
   return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [](const audit_item& i) {
      return !i.matches && i.first_place;
   }));
}

std::size_t audit_result::consequences() const
{
   return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [](const audit_item& i) {
      return !i.matches && i.first_place && i.consequence();
   }));
}

std::size_t audit_result::mismatched_places() const
{
   return static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(), [](const audit_item& i) { return !i.matches; }));
}

report::audit_verdict audit_result::verdict() const
{
   report::audit_verdict v;
   v.checked = items.size();
   v.places = mismatched_places();
   v.matching = v.checked - v.places;
   v.findings = findings();
   v.consequences = consequences();
   v.original = v.findings - v.consequences;
   return v;
}

namespace {

namespace fs = std::filesystem;
namespace ir = lang::ir;

// core::trim, as an owned text: callers build messages and keys with it.
std::string trim(std::string_view text)
{
   return std::string(core::trim(text));
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

// "file:line" of a span, without the column.
std::string line_text(lang::span s)
{
   return s.valid() ? s.file->name() + ":" + std::to_string(s.file->line_of(s.begin)) : std::string{};
}


bool is_budget(const printed_figure& f)
{
   return f.object.rfind("anggaran:", 0) == 0;
}

bool is_label(const std::string& quantity)
{
   return quantity == "predikat" || quantity == "kategori" || quantity == "predikat_efisiensi";
}

// A printed figure is one figure: what it is, of what, for which period.
bool same_figure(const printed_figure& a, const printed_figure& b)
{
   return a.object == b.object && a.quantity == b.quantity && a.when == b.when;
}

// The text of a group key of a `menurut` value, as a printed-figures file names it ("PNS",
// "III/a"; several keys joined by "; ").
std::string key_text(const std::vector<value>& key)
{
   std::string out;
   for (const value& k : key) {
      out += out.empty() ? "" : "; ";
      out += k.is_text() ? k.as_text() : k.is_number() ? k.as_number().to_string() : k.describe();
   }
   return out;
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

// One of the amounts a total adds up: a row of a table, a value in a list, a budget line.
struct part
{
   std::string name;  // "\"Aspek Pengembangan Karir\"", "kode A.1.6 Pengelolaan Data Kepegawaian"
   std::string where; // file:line
   decimal amount;
   std::string code; // of a budget line: lines nest, and a kegiatan may equal its one sub kegiatan
};

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

// The rule of an indicator's realisasi in `when`: the formula in force then (with its periods,
// when the formula has versions), else `data`.
std::string realisasi_rule(const lang::indicator& ind, const period& when, const std::string& data)
{
   const lang::figure* f = ind.formula_for(when);
   const lang::formula_version* v = ind.version_for(when);
   if (!f) {
      return ind.value_versions.empty()
                ? data
                : data + " (di luar masa berlaku " + formula_versions_text(ind) + ")";
   }
   return v ? formula_text(f->formula, data) + " (rumus " + formula_version_text(ind, *v) + ")"
            : formula_text(f->formula, data);
}

class auditor
{
 public:
   // A consequence of several wrong figures taken together is looked for among at most this many
   // figures that change it (all their combinations are tried).
   static constexpr std::size_t max_causes = 8;

   auditor(const lang::program& p, evaluator& eval, report::document& doc, const period& when,
           number_style style, lang::diagnostic_sink& sink)
      : m_program(p), m_eval(eval), m_doc(doc), m_when(when), m_style(style), m_sink(sink)
   {}

   std::optional<audit_item> check(const printed_figure& printed);
   // Groups the places of one wrong figure, numbers the findings and tells the consequences
   // from the original errors.
   void classify(std::vector<audit_item>& items);
   // Marks a classified mismatch in the report: its figure wherever the report shows it, and
   // at its first place an entry in the list of findings, numbered as `ind audit` numbers it.
   void mark(const audit_item& item);

 private:
   std::optional<computed> compute(evaluator& e, const report::document& doc,
                                   const printed_figure& f);
   std::optional<computed> of_version(evaluator& e, const lang::indicator& ind,
                                      const printed_figure& f, const std::string& name);
   std::optional<computed> of_indicator(evaluator& e, const lang::indicator& ind,
                                        const printed_figure& f);
   std::optional<computed> of_value(evaluator& e, const lang::named_value& v,
                                    const printed_figure& f);
   std::optional<computed> of_budget(evaluator& e, const std::string& code,
                                     const printed_figure& f);
   std::optional<computed> of_recap(const report::document& doc, const printed_figure& f);
   void unknown(const printed_figure& f, const std::string& what,
                const std::vector<std::string>& known);

   // The amounts a printed total adds up, for the hint that it leaves one out.
   std::vector<part> parts_of(const printed_figure& f);
   std::vector<part> parts_of(const ir::expr& e, const evaluator::env& scope);
   std::vector<part> rows_of(const ir::aggregate& a, const evaluator::env& scope,
                             const std::string* group);
   std::vector<part> budget_parts(const std::vector<std::string>& codes, budget_amount which);
   std::string missing_part(const printed_figure& f, const decimal& exact, const decimal& printed,
                            int places);

   // Gives `replay` the figure `cause` stands for at its printed value; false when no rule
   // reads that figure (a recap count) or it is not a number or label the rules give.
   bool give(evaluator& replay, const audit_item& cause);
   // What the rules give for `item` when the figures `causes` are taken as printed; nullopt when
   // one of them cannot be taken.
   std::optional<value> replayed(const audit_item& item,
                                 const std::vector<const audit_item*>& causes);
   bool as_printed(const audit_item& item, const std::optional<value>& v) const;
   std::string described(const audit_item& cause, const audit_item& item) const;

   const lang::program& m_program;
   evaluator& m_eval;
   report::document& m_doc;
   period m_when;
   number_style m_style;
   lang::diagnostic_sink& m_sink;
};

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

// target:renstra, the printed target of a version other than the one capaian uses.
std::optional<computed> auditor::of_version(evaluator& e, const lang::indicator& ind,
                                            const printed_figure& f, const std::string& name)
{
   const lang::target_version* version = m_program.find_target_version(name);
   if (!version || !ind.targets_of(version)) {
      std::vector<std::string> known;
      if (ind.has_versions()) {
         for (const auto& v : m_program.target_versions) {
            if (ind.targets_of(v.get())) {
               known.push_back(printed_version_quantity(v->name));
            }
         }
      }
      const std::string guess = lang::closest(f.quantity, known);
      std::string hint = guess.empty() ? "versi target yang ditulis indikator ini: " : "";
      for (const std::string& k : known) {
         hint += (&k == &known.front() ? "" : ", ") + k;
      }
      m_sink.error("E-TERCETAK", f.where,
                   "indikator " + ind.id + " tidak menulis target versi '" + name + "'",
                   !guess.empty()  ? "mungkin maksud Anda '" + guess + "'"
                   : known.empty() ? "indikator ini tidak menulis versi target bernama"
                                   : hint);
      return std::nullopt;
   }
   computed c;
   c.exact = e.target(ind, f.when, version);
   c.rule = "target " + name + " (" + version->title + ") dalam berkas aturan";
   for (int step : {-1, -2, 1}) {
      const period other = f.when.shifted(step);
      c.lookalikes.emplace_back("target " + name + " " + other.to_string(),
                                e.target(ind, other, version));
   }
   c.lookalikes.emplace_back("target " + f.when.to_string(), e.target(ind, f.when));
   return c;
}

std::optional<computed> auditor::of_indicator(evaluator& e, const lang::indicator& ind,
                                              const printed_figure& f)
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
      c.exact = e.realisasi(ind, when).exact;
      c.rule = realisasi_rule(ind, when, "data realisasi");
      c.lookalikes.emplace_back("target " + when.to_string(), e.target(ind, when));
      if (ind.accumulate && when.grain != period::kind::year) {
         c.lookalikes.emplace_back("realisasi " + when.to_string() + " saja, bukan s.d. " +
                                      when.to_string(),
                                   e.own_realisasi(ind, when).shown);
      }
      other_years("realisasi", [&](const period& p) { return e.realisasi(ind, p).shown; });
      other_years("target", [&](const period& p) { return e.target(ind, p); });
   }
   else if (q == "target") {
      c.exact = e.target(ind, when);
      c.rule = "target dalam berkas aturan";
      other_years("target", [&](const period& p) { return e.target(ind, p); });
   }
   else if (q == "capaian") {
      c.exact = e.achievement(ind, when).exact;
      c.rule = formula_text(ind.achievement.formula, "realisasi / target x 100");
   }
   else if (q == "realisasi_tw") {
      c.exact = e.own_realisasi(ind, when).exact;
      c.rule = realisasi_rule(ind, when, "data realisasi periode itu saja");
      c.lookalikes.emplace_back("realisasi s.d. " + when.to_string(), e.realisasi(ind, when).shown);
   }
   else if (q == "target_tw") {
      c.exact = e.own_target(ind, when);
      c.rule = "target periode itu sendiri dalam berkas aturan";
      c.lookalikes.emplace_back("target s.d. " + when.to_string(), e.target(ind, when));
   }
   else if (q == "capaian_tw") {
      c.exact = e.own_achievement(ind, when).exact;
      c.rule = formula_text(ind.achievement.formula, "realisasi / target periode itu x 100");
      c.lookalikes.emplace_back("capaian s.d. " + when.to_string(),
                                e.achievement(ind, when).shown);
   }
   else if (q == "efisiensi") {
      c.exact = e.efficiency(ind, when).exact;
      c.rule = formula_text(ind.efficiency.formula, "capaian / serapan x 100");
   }
   else if (is_label(q)) {
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
      const value x = on_value          ? e.realisasi(ind, when).shown
                      : q == "predikat" ? e.achievement(ind, when).shown
                                        : e.efficiency(ind, when).shown;
      c.exact = e.classify(s, x, when, ind.where);
      c.scale = s;
      c.rule = "skala " + lang::display_name(s->owner, s->name) + " atas " + x.describe();
   }
   else if (q == "pagu" || q == "realisasi_anggaran" || q == "serapan") {
      const budget_figures b = e.budget(ind, when);
      c.exact = q == "pagu" ? b.ceiling : q == "serapan" ? b.absorption.exact : b.realised;
      c.rule = q == "serapan" ? "realisasi anggaran / pagu x 100" : "jumlah baris anggaran";
   }
   else if (const auto version = printed_version(q)) {
      return of_version(e, ind, f, *version);
   }
   else {
      std::vector<std::string> known(printed_quantities.begin(), printed_quantities.end());
      for (const auto& v : m_program.target_versions) {
         known.push_back(printed_version_quantity(v->name));
      }
      unknown(f, "besaran", known);
      return std::nullopt;
   }
   return c;
}

// nilai, or nilai:<kelompok> of a value computed `menurut` a column.
std::optional<computed> auditor::of_value(evaluator& e, const lang::named_value& v,
                                          const printed_figure& f)
{
   const bool grouped = v.value && v.value->type == lang::value_type::grouped;
   const auto colon = f.quantity.find(':');
   if (f.quantity.substr(0, colon) != "nilai" || (colon == std::string::npos) == grouped) {
      unknown(f, "besaran", {grouped ? "nilai:<kelompok>" : "nilai"});
      return std::nullopt;
   }
   const value exact = e.named(v, f.when).exact;
   if (!grouped || !exact.is_grouped()) {
      return computed{exact, formula_text(v.value, ""), nullptr, {}};
   }
   const std::string wanted = normalised(f.quantity.substr(colon + 1));
   std::vector<std::string> keys;
   for (const grouped::group& g : exact.as_grouped().groups) {
      keys.push_back(key_text(g.key));
      if (normalised(keys.back()) == wanted) {
         return computed{g.result, formula_text(v.value, ""), nullptr, {}};
      }
   }
   unknown(printed_figure{f.location, f.object, f.quantity.substr(colon + 1), f.text, f.when,
                          f.where},
           "kelompok", keys);
   return std::nullopt;
}

std::optional<computed> auditor::of_budget(evaluator& e, const std::string& code,
                                           const printed_figure& f)
{
   computed c;
   const bool total = code == "jumlah";
   if (!total && std::none_of(e.data().budget.begin(), e.data().budget.end(),
                              [&](const budget_line& l) { return l.code == code; })) {
      m_sink.error("E-TERCETAK", f.where, "kode anggaran '" + code + "' tidak ada di data anggaran");
      return std::nullopt;
   }
   const budget_figures b = total ? e.budget_total() : e.budget_for_code(code);
   const std::string& q = f.quantity;
   c.rule = "jumlah baris terendah di bawah kode " + (total ? std::string("mana pun") : code);
   if (const budget_quantity* bq = find_budget_quantity(q)) {
      if (bq->quarterly && !e.data().budget_quarter) {
         m_sink.error("E-TERCETAK", f.where,
                      "besaran '" + q + "' hanya ada pada anggaran per triwulan",
                      "berkas anggaran periode ini tidak punya kolom rencana_tw1.. dan "
                      "realisasi_tw1..; bandingkan pagu, realisasi, serapan atau predikat");
         return std::nullopt;
      }
      c.exact = bq->computed(b);
      if (!bq->rule.empty()) {
         c.rule = std::string(bq->rule);
      }
   }
   else if (q == "predikat" && m_program.budget && m_program.budget->absorption_scale) {
      c.scale = m_program.budget->absorption_scale;
      c.exact = e.classify(c.scale, b.absorption.shown, f.when, m_program.budget->where);
      c.rule = "skala serapan atas " + b.absorption.shown.describe();
   }
   else {
      unknown(f, "besaran", budget_quantity_names(e.data().budget_quarter.has_value()));
      return std::nullopt;
   }
   return c;
}

// jumlah:<label> and persen:<label> of the Ikhtisar recaps (iku, program, anggaran).
std::optional<computed> auditor::of_recap(const report::document& doc, const printed_figure& f)
{
   const auto colon = f.quantity.find(':');
   const std::string measure = f.quantity.substr(0, colon);
   if (colon == std::string::npos || (measure != "jumlah" && measure != "persen")) {
      unknown(f, "besaran", {"jumlah:<label>", "persen:<label>"});
      return std::nullopt;
   }
   const std::string wanted = normalised(f.quantity.substr(colon + 1));
   for (const report::recap& r : doc.recaps) {
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

std::optional<computed> auditor::compute(evaluator& e, const report::document& doc,
                                         const printed_figure& f)
{
   if (const lang::indicator* ind = m_program.find_indicator(f.object)) {
      return of_indicator(e, *ind, f);
   }
   if (const lang::named_value* v = m_program.find_value(f.object)) {
      return of_value(e, *v, f);
   }
   if (is_budget(f)) {
      return of_budget(e, f.object.substr(9), f);
   }
   if (is_renja(f)) {
      const std::optional<renja_computed> r = renja_figure_of(m_program, e, f, m_sink);
      return r ? std::optional(computed{r->exact, r->rule, r->scale, {}}) : std::nullopt;
   }
   if (f.object == "iku" || f.object == "program" || f.object == "anggaran") {
      return of_recap(doc, f);
   }
   std::vector<std::string> known{"iku", "program", "anggaran", "anggaran:<kode>", "renja:<kode>"};
   for (const auto& each : m_program.indicators) {
      known.push_back(each->id);
   }
   unknown(f, "objek", known);
   return std::nullopt;
}

// Records a mismatch as a finding of the report and marks every place the report shows that
// figure: the figure itself, the copies Bab III compares with it (a realisasi of an earlier
// year is also the reference of a "naik" line), the total of the data table the figure is the
// sum of, and the count of a recap band. A figure the report shows nowhere (a target of a year
// outside the tables) is still listed as a finding. The later places of a figure printed wrong
// in several places are marked with the number of its first place and named in its entry.
void auditor::mark(const audit_item& item)
{
   const printed_figure& f = item.printed;
   const std::size_t id = item.finding - 1;
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
         else if (row.own && q == "realisasi_tw") set(row.own->realisasi);
         else if (row.own && q == "target_tw") set(row.own->target);
         else if (row.own && q == "capaian_tw") set(row.own->achievement);
         else if (const auto version = printed_version(q)) {
            if (row.target_version == *version) {
               set(row.target);
            }
            for (report::version_target& v : row.other_targets) {
               if (v.name == *version) {
                  set(v.figure);
               }
            }
         }
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
   const auto colon = q.find(':');
   for (report::value_row& v : m_doc.values) {
      if (v.id != f.object) {
         continue;
      }
      subject = v.name.empty() ? v.id : v.name;
      if (!v.grouped) {
         if (now) {
            set(v.figure);
         }
         continue;
      }
      // nilai:<kelompok>: the figure is the row of that group.
      if (colon == std::string::npos) {
         continue;
      }
      const std::string wanted = normalised(q.substr(colon + 1));
      for (report::group_row& g : v.groups) {
         if (normalised(key_text(g.key)) == wanted) {
            subject = key_text(g.key) + " (" + subject + ")";
            if (now) {
               set(g.figure);
            }
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
   if (is_renja(f)) {
      subject = mark_renja(m_doc, m_eval, f, id);
   }
   if (f.object.rfind("anggaran:", 0) == 0) {
      const std::string code = f.object.substr(9);
      const auto apply = [&](report::budget_row& row) {
         subject = "anggaran " + (row.code.empty() ? "jumlah" : row.code + " " + row.name);
         if (!now) return;
         if (const budget_quantity* bq = find_budget_quantity(q)) set(row.*(bq->shown));
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
   if (!item.first_place && id < m_doc.findings.size()) {
      m_doc.findings[id].location += "; juga " + f.location;
      return;
   }
   m_doc.findings.push_back({f.location, figure, f.text, item.computed, item.hint});
}

// ---------------------------------------------------------------- a total missing one part

std::vector<part> auditor::rows_of(const ir::aggregate& a, const evaluator::env& scope,
                                   const std::string* group)
{
   std::vector<part> out;
   const auto held = m_eval.data().tables.find(a.source);
   if (a.kind != ir::aggregate_kind::sum || held == m_eval.data().tables.end()) {
      return out;
   }
   const loaded_table& t = held->second;
   // A row is named by its first text cell outside the group keys ("Aspek Pengembangan Karir")
   // and by its line.
   const auto is_key = [&](std::size_t c) {
      return std::any_of(a.group_by.begin(), a.group_by.end(), [&](const ir::expr_ptr& k) {
         const auto* ref = std::get_if<ir::column_ref>(&k->node);
         return ref && ref->column == c;
      });
   };
   const auto name_of = [&](std::size_t row) -> const value* {
      for (std::size_t c = 0; c < a.source->columns.size(); ++c) {
         const lang::column& col = a.source->columns[c];
         if (col.type == lang::ast::column_type::text && !col.derived() && !is_key(c) &&
             t.rows[row][c].is_text()) {
            return &t.rows[row][c];
         }
      }
      return nullptr;
   };
   for (const auto& [row, amount] : m_eval.rows_added(a, scope)) {
      if (group) {
         std::vector<value> key;
         evaluator::env row_scope = scope;
         row_scope.table = &t;
         row_scope.row = row;
         for (const auto& k : a.group_by) {
            key.push_back(m_eval.evaluate(*k, row_scope));
         }
         if (normalised(key_text(key)) != *group) {
            continue;
         }
      }
      const value* name = name_of(row);
      const lang::span at = t.cells[row].empty() ? lang::span{} : t.cells[row].front();
      out.push_back({name ? "\"" + name->as_text() + "\"" : std::string("baris"), line_text(at),
                     amount, {}});
   }
   return out;
}

std::vector<part> auditor::parts_of(const ir::expr& e, const evaluator::env& scope)
{
   if (const auto* a = std::get_if<ir::aggregate>(&e.node)) {
      return a->group_by.empty() ? rows_of(*a, scope, nullptr) : std::vector<part>{};
   }
   // A sum of listed values: jumlah(a; b; c) or a + b + c.
   std::vector<const ir::expr*> terms;
   if (const auto* f = std::get_if<ir::function_call>(&e.node); f && f->fn == ir::function::sum) {
      for (const auto& arg : f->args) {
         terms.push_back(arg.get());
      }
   }
   else {
      std::vector<const ir::expr*> open{&e};
      while (!open.empty()) {
         const ir::expr* x = open.back();
         open.pop_back();
         const auto* b = std::get_if<ir::binary>(&x->node);
         if (b && b->op == lang::ast::binary_op::add) {
            open.push_back(b->rhs.get());
            open.push_back(b->lhs.get());
         }
         else if (x != &e) {
            terms.push_back(x);
         }
      }
   }
   std::vector<part> out;
   for (const ir::expr* term : terms) {
      const value v = m_eval.evaluate(*term, scope);
      if (!v.is_number()) {
         return {};
      }
      out.push_back({std::string(term->where.text()), line_text(term->where), v.as_number(), {}});
   }
   return out;
}

// Every line under `codes` (all lines when empty), at every level, with its pagu or realisasi.
std::vector<part> auditor::budget_parts(const std::vector<std::string>& codes,
                                        budget_amount which)
{
   std::vector<part> out;
   for (const budget_line& line : m_eval.data().budget) {
      const bool under = codes.empty() || std::any_of(codes.begin(), codes.end(), [&](const auto& c) {
                            return is_descendant(line.code, c);
                         });
      const budget_figures b = m_eval.budget_for_code(line.code);
      const value& amount = budget_amount_in(b, which);
      if (under && amount.is_number()) {
         out.push_back({"kode " + line.code + " " + line.name, line_text(line.where),
                        amount.as_number(), line.code});
      }
   }
   return out;
}

std::vector<part> auditor::parts_of(const printed_figure& f)
{
   const std::string& q = f.quantity;
   if (const lang::indicator* ind = m_program.find_indicator(f.object)) {
      const lang::figure* formula = ind->formula_for(f.when);
      if (q == "realisasi" && formula) {
         return parts_of(*formula->formula, evaluator::env{f.when, ind, nullptr, nullptr, 0, 0});
      }
      if ((q == "pagu" || q == "realisasi_anggaran") && ind->has_budget()) {
         return budget_parts(ind->budget_all ? std::vector<std::string>{} : ind->budget_codes,
                             q == "pagu" ? budget_amount::ceiling : budget_amount::realised);
      }
   }
   else if (const lang::named_value* v = m_program.find_value(f.object)) {
      const evaluator::env scope{f.when, nullptr, nullptr, nullptr, 0, 0};
      const auto colon = q.find(':');
      if (colon == std::string::npos) {
         return parts_of(*v->value, scope);
      }
      const std::string group = normalised(q.substr(colon + 1));
      const auto* a = std::get_if<ir::aggregate>(&v->value->node);
      return a ? rows_of(*a, scope, &group) : std::vector<part>{};
   }
   else if (const budget_quantity* bq = is_budget(f) ? find_budget_quantity(q) : nullptr;
            bq && bq->amount) {
      const std::string code = f.object.substr(9);
      return budget_parts(code == "jumlah" ? std::vector<std::string>{}
                                           : std::vector<std::string>{code},
                          *bq->amount);
   }
   return {};
}

// "sama dengan jumlahnya tanpa ..." when the printed total is the recomputed one less exactly one
// of its parts, or "... bila ... terhitung dua kali" when it is one more.
std::string auditor::missing_part(const printed_figure& f, const decimal& exact,
                                  const decimal& printed, int places)
{
   // A gap of one unit of the last printed digit fits too many parts to name one.
   const decimal unit = decimal::from_scaled(1, places);
   const decimal gap = exact.round(places) - printed;
   if ((gap.sign() < 0 ? -gap : gap) <= unit) {
      return {};
   }
   const std::vector<part> parts = parts_of(f);
   if (parts.size() < 2) {
      return {};
   }
   for (const bool twice : {false, true}) {
      std::vector<const part*> hits;
      for (const part& p : parts) {
         if (!p.amount.is_zero() && (twice ? exact + p.amount : exact - p.amount).round(places) == printed) {
            hits.push_back(&p);
         }
      }
      // A kegiatan and its only sub kegiatan are one amount: name the line above.
      std::erase_if(hits, [&](const part* p) {
         return std::any_of(hits.begin(), hits.end(), [&](const part* above) {
            return !p->code.empty() && !above->code.empty() && is_descendant(p->code, above->code);
         });
      });
      if (hits.size() == 1) {
         const part& p = *hits.front();
         const std::string amount =
            format_number(p.amount, std::max(0, p.amount.places()), locale::id);
         const std::string what = p.name + " (" + amount + ", " + p.where + ")";
         return twice ? "sama dengan jumlahnya bila " + what + " terhitung dua kali"
                      : "sama dengan jumlahnya tanpa " + what;
      }
   }
   return {};
}

// ---------------------------------------------------------------- one printed figure

std::optional<audit_item> auditor::check(const printed_figure& f)
{
   std::optional<computed> c = compute(m_eval, m_doc, f);
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
      item.computed_value = c->exact;
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
               (is_budget(f) && find_budget_quantity(f.quantity) &&
                find_budget_quantity(f.quantity)->rupiah)
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
      item.number = *printed.value;
      item.places = places;
      if (!c->exact.is_number()) {
         item.computed = "tidak tersedia (" +
                         (c->exact.is_missing() ? c->exact.as_missing().reason : "") + ")";
         item.computed_value = c->exact;
      }
      else {
         const decimal& exact = c->exact.as_number();
         const decimal at_print = exact.round(places);
         item.computed = format_number(at_print, places, locale::id);
         item.computed_value = at_print;
         item.matches = at_print == *printed.value;
         if (!item.matches) {
            if (exact.round(places, rounding::down) == *printed.value) {
               item.hint = "angka tercetak dipotong (" +
                           format_number(exact, std::max(places + 3, 3), locale::id) +
                           " dibulatkan ke bawah), bukan dibulatkan setengah ke atas";
            }
            if (item.hint.empty()) {
               item.hint = missing_part(f, exact, *printed.value, places);
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
   return item;
}

// ---------------------------------------------------------------- consequences

bool auditor::give(evaluator& replay, const audit_item& cause)
{
   const printed_figure& f = cause.printed;
   const std::string& q = f.quantity;
   if (const lang::indicator* ind = m_program.find_indicator(f.object)) {
      if (is_label(q)) {
         const lang::scale* s = q == "predikat"   ? ind->achievement_scale
                                : q == "kategori" ? ind->value_scale
                                                  : ind->efficiency_scale;
         const value x = q == "kategori"   ? m_eval.realisasi(*ind, f.when).shown
                         : q == "predikat" ? m_eval.achievement(*ind, f.when).shown
                                           : m_eval.efficiency(*ind, f.when).shown;
         if (!s || !x.is_number()) {
            return false;
         }
         replay.give(given::label{s, ind->where, f.when, x.as_number()}, f.text);
         return true;
      }
      using quantity = given::quantity;
      static const std::map<std::string, quantity> figures = {
         {"realisasi", quantity::realisasi}, {"capaian", quantity::achievement},
         {"efisiensi", quantity::efficiency}, {"serapan", quantity::absorption},
         {"target", quantity::target}, {"realisasi_tw", quantity::own_realisasi},
         {"capaian_tw", quantity::own_achievement}, {"target_tw", quantity::own_target}};
      const auto it = figures.find(q);
      if (it == figures.end() || !cause.number) {
         return false;
      }
      replay.give(given::indicator_figure{it->second, ind, f.when}, *cause.number);
      return true;
   }
   if (const lang::named_value* v = m_program.find_value(f.object)) {
      if (q != "nilai" || !cause.number) {
         return false;
      }
      replay.give(given::named_figure{v, f.when}, *cause.number);
      if (const lang::named_value* version = lang::in_force(*v, f.when)) {
         replay.give(given::named_figure{version, f.when}, *cause.number);
      }
      return true;
   }
   if (is_renja(f)) {
      return give_renja(m_program, replay, f, cause.number);
   }
   if (is_budget(f)) {
      const std::string code = f.object.substr(9);
      if (const budget_quantity* bq = find_budget_quantity(q);
          bq && bq->amount && cause.number) {
         replay.give(given::budget_line{code, *bq->amount}, *cause.number);
         return true;
      }
      if (q == "predikat" && m_program.budget && m_program.budget->absorption_scale) {
         const value x = (code == "jumlah" ? m_eval.budget_total() : m_eval.budget_for_code(code))
                            .absorption.shown;
         if (!x.is_number()) {
            return false;
         }
         replay.give(given::label{m_program.budget->absorption_scale, m_program.budget->where,
                                  f.when, x.as_number()},
                     f.text);
         return true;
      }
   }
   return false;
}

std::optional<value> auditor::replayed(const audit_item& item,
                                      const std::vector<const audit_item*>& causes)
{
   lang::diagnostic_sink quiet;
   // An engine of its own: aggregates over streamed tables are computed again, since a figure
   // taken as printed may be read by a row's filter or value.
   const evaluation wired = wire(m_program, m_eval.data(), quiet);
   evaluator& replay = *wired.eval;
   for (const audit_item* cause : causes) {
      if (!give(replay, *cause)) {
         return std::nullopt;
      }
   }
   const printed_figure& f = item.printed;
   const bool recap = f.object == "iku" || f.object == "program" || f.object == "anggaran";
   const report::document doc =
      recap ? report::build(m_program, replay, f.when, quiet) : report::document{};
   const std::optional<computed> c = compute(replay, doc, f);
   return c ? std::optional(c->exact) : std::nullopt;
}

bool auditor::as_printed(const audit_item& item, const std::optional<value>& v) const
{
   if (!v) {
      return false;
   }
   if (!item.number) {
      return v->is_text() && normalised(v->as_text()) == normalised(item.printed.text);
   }
   return v->is_number() && v->as_number().round(item.places) == *item.number;
}

// "realisasi tercetak 296,5 (temuan 2)"; the object is named when it is another one.
std::string auditor::described(const audit_item& cause, const audit_item& item) const
{
   const printed_figure& f = cause.printed;
   std::string what = f.quantity;
   if (f.object != item.printed.object) {
      what += " " + f.object;
   }
   if (f.when != item.printed.when) {
      what += " " + f.when.to_string();
   }
   return what + " tercetak " + f.text + " (temuan " + std::to_string(cause.finding) + ")";
}

void auditor::classify(std::vector<audit_item>& items)
{
   // Places that print the same wrong figure with the same value: `same[i]` is the first of them.
   std::vector<std::size_t> same(items.size());
   std::vector<std::size_t> figures; // the first place of each
   for (std::size_t i = 0; i < items.size(); ++i) {
      same[i] = i;
      if (items[i].matches) {
         continue;
      }
      for (std::size_t j : figures) {
         const audit_item& a = items[j];
         const audit_item& b = items[i];
         const bool same_print = b.number ? a.number == b.number
                                          : !a.number && normalised(a.printed.text) ==
                                                            normalised(b.printed.text);
         if (same_figure(a.printed, b.printed) && same_print && a.computed == b.computed) {
            same[i] = j;
            break;
         }
      }
      if (same[i] == i) {
         figures.push_back(i);
      }
   }
   // A place that comes out as printed when one other wrong printed figure is taken as the report
   // printed it follows from that figure; failing that, from the fewest of the figures that
   // change it, taken together.
   std::map<std::size_t, std::vector<std::size_t>> alone;
   std::map<std::size_t, std::vector<std::size_t>> together;
   for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].matches) {
         continue;
      }
      const std::optional<value> own = replayed(items[i], {});
      std::vector<std::size_t> moving; // the figures that change it, one printed value each
      for (std::size_t j : figures) {
         if (same_figure(items[j].printed, items[i].printed)) {
            continue;
         }
         const std::optional<value> v = replayed(items[i], {&items[j]});
         if (as_printed(items[i], v)) {
            alone[i].push_back(j);
         }
         const bool taken = std::any_of(moving.begin(), moving.end(), [&](std::size_t k) {
            return same_figure(items[k].printed, items[j].printed);
         });
         if (v && own && !(*v == *own) && !taken) {
            moving.push_back(j);
         }
      }
      if (!alone[i].empty() || moving.size() < 2 || moving.size() > max_causes) {
         continue;
      }
      for (std::size_t size = 2; size <= moving.size() && !together.count(i); ++size) {
         // Every choice of `size` of them, in order.
         std::vector<bool> chosen(moving.size(), false);
         std::fill(chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(size), true);
         do {
            std::vector<const audit_item*> causes;
            std::vector<std::size_t> which;
            for (std::size_t k = 0; k < moving.size(); ++k) {
               if (chosen[k]) {
                  causes.push_back(&items[moving[k]]);
                  which.push_back(moving[k]);
               }
            }
            if (as_printed(items[i], replayed(items[i], causes))) {
               together[i] = which;
               break;
            }
         } while (std::prev_permutation(chosen.begin(), chosen.end()));
      }
   }
   // The figures a place follows from: those printed at the same place if any, and of those, the
   // ones that do not follow from another of them.
   std::vector<std::vector<std::size_t>> named(items.size());
   for (std::size_t i = 0; i < items.size(); ++i) {
      if (together.count(i)) {
         named[i] = together[i];
         continue;
      }
      std::vector<std::size_t> causes = alone[i];
      std::vector<std::size_t> here;
      std::copy_if(causes.begin(), causes.end(), std::back_inserter(here), [&](std::size_t j) {
         for (std::size_t k = 0; k < items.size(); ++k) {
            if (!items[k].matches && same[k] == j &&
                items[k].printed.location == items[i].printed.location) {
               return true;
            }
         }
         return false;
      });
      if (!here.empty()) {
         causes = here;
      }
      const std::vector<std::size_t> all = causes;
      std::erase_if(causes, [&](std::size_t j) {
         const std::vector<std::size_t>& from = alone[j];
         return std::any_of(all.begin(), all.end(), [&](std::size_t k) {
            return k != j && std::find(from.begin(), from.end(), k) != from.end();
         });
      });
      named[i] = causes.empty() ? all : causes;
   }
   // One finding per wrong figure and value, per what it follows from; numbered in order.
   std::vector<std::size_t> firsts;
   for (std::size_t i = 0; i < items.size(); ++i) {
      audit_item& item = items[i];
      if (item.matches) {
         continue;
      }
      item.causes_together = together.count(i) > 0;
      const auto earlier = std::find_if(firsts.begin(), firsts.end(), [&](std::size_t j) {
         return same[j] == same[i] && named[j] == named[i] &&
                items[j].causes_together == item.causes_together;
      });
      if (earlier != firsts.end()) {
         item.first_place = false;
         item.finding = items[*earlier].finding;
      }
      else {
         firsts.push_back(i);
         item.finding = firsts.size();
      }
   }
   for (std::size_t i = 0; i < items.size(); ++i) {
      audit_item& item = items[i];
      if (item.matches || named[i].empty()) {
         continue;
      }
      std::string from;
      for (std::size_t j : named[i]) {
         item.causes.push_back(items[j].finding);
         from += (from.empty() ? "" : item.causes_together ? " dan " : " atau ") +
                 described(items[j], item);
      }
      item.hint = "sama dengan hasil rumus bila dihitung dari " + from;
   }
}

} // namespace

audit_result audit(const lang::program& p, evaluator& eval, report::document& doc,
                   const period& when, lang::source_manager& sources, lang::diagnostic_sink& sink)
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
   const data_files* files = eval.data().files.get();
   const lang::source_file* file = nullptr;
   if (files && files->is_workbook()) {
      file = files->sheet(p.printed->file, p.printed->sheet, ';', p.printed->where, sources,
                          sink);
      if (!file) {
         return result;
      }
   }
   else {
      const fs::path path = files ? files->in_folder(p.printed->file) : fs::path(p.printed->file);
      std::string error;
      std::error_code ec;
      file = fs::is_regular_file(path, ec) ? sources.load(path.string(), error) : nullptr;
      if (!file) {
         sink.error("E-DATA-BERKAS", p.printed->where,
                    "berkas angka tercetak '" + path.string() + "' tidak ada");
         return result;
      }
      if (xlsx::looks_like_zip(file->text())) {
         sink.error("E-DATA-BERKAS", p.printed->where,
                    "berkas angka tercetak '" + path.string() + "' adalah buku kerja (zip), bukan CSV",
                    "beri buku kerjanya sebagai --data BUKU.xlsx (tiap tabel satu lembar), atau "
                    "simpan lembarnya sebagai CSV UTF-8");
         return result;
      }
   }
   csv::reader in(file->text());
   csv::record row;
   if (!in.next(row)) {
      if (in.error()) {
         report_csv_error(*file, *in.error(), sink);
      }
      else {
         sink.error("E-DATA-KOLOM", p.printed->where, "berkas " + file->name() + " kosong");
      }
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
   const auto loc = column(printed_header[0]), obj = column(printed_header[1]),
              qty = column(printed_header[2]), val = column(printed_header[3]),
              per = column(printed_header[4]);
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
      std::string printed = cell(val);
      if (*val < row.fields.size() && p.printed->style != lang::ast::number_style::point_decimal) {
         // A workbook's number cell holds '.' before decimals; the column reads decimal commas.
         const char* at = row.fields[*val].text.data();
         const std::string_view text = file->text();
         if (at >= text.data() && at < text.data() + text.size() &&
             stored_as_number(*file, static_cast<std::size_t>(at - text.data()))) {
            std::replace(printed.begin(), printed.end(), '.', ',');
         }
      }
      const std::string_view line = file->line_text(row.line);
      const auto begin = static_cast<std::uint32_t>(line.data() - file->text().data());
      printed_figure f{cell(loc), cell(obj), cell(qty), printed, when,
                       lang::span{file, begin, static_cast<std::uint32_t>(begin + line.size())}};
      if (f.text.empty()) {
         continue; // a row of `ind template` left unfilled: nothing was printed there
      }
      if (per && !cell(per).empty()) {
         const auto other = period::parse(cell(per));
         if (!other) {
            sink.error("E-TERCETAK", f.where, "periode '" + cell(per) + "' tidak dikenal");
            continue;
         }
         f.when = *other;
      }
      figures.push_back(std::move(f));
   }
   if (in.error()) {
      // The rows after the fault are unknown: an audit of the rows before it would look whole.
      report_csv_error(*file, *in.error(), sink);
      return result;
   }
   for (const printed_figure& f : figures) {
      if (auto item = check.check(f)) {
         result.items.push_back(std::move(*item));
      }
   }
   check.classify(result.items);
   for (const audit_item& item : result.items) {
      if (!item.matches) {
         check.mark(item);
      }
   }
   doc.verdict = result.verdict();
   if (doc.origin) {
      doc.origin->add(input_file::kind::printed, file->name(), file->text());
   }
   result.origin = doc.origin;
   result.conditions = doc.conditions;
   return result;
}

namespace {

std::string kind_text(const audit_item& item)
{
   if (!item.consequence()) {
      return "kesalahan asal";
   }
   std::string out = "akibat temuan ";
   for (std::size_t i = 0; i < item.causes.size(); ++i) {
      out += (i == 0 ? "" : item.causes_together ? " dan " : " atau ") +
             std::to_string(item.causes[i]);
   }
   return out;
}

} // namespace

void render_audit_text(std::ostream& out, const audit_result& r, bool all)
{
   // Text from the rule file and the printed report, with control characters escaped: a label
   // holding an escape sequence or a line break must not drive the terminal or forge a line.
   const auto shown = [](const auto& text) { return lang::printable_text(text); };
   out << shown(report::audit_title(r.agency, r.when.display())) << "\n\n";
   report::table verdict = report::verdict_table(r.verdict(), {});
   verdict.note.clear(); // the findings follow right below
   report::print_aligned(out, verdict);
   for (const audit_item& item : r.items) {
      if ((item.matches && !all) || (!item.matches && !item.first_place)) {
         continue;
      }
      const printed_figure& f = item.printed;
      out << '\n';
      if (item.matches) {
         out << "cocok";
      }
      else {
         out << item.finding << ". TIDAK COCOK, " << kind_text(item);
      }
      out << " - " << shown(f.location) << ": " << shown(f.quantity) << ' ' << shown(f.object);
      if (f.when != r.when) {
         out << ' ' << f.when.to_string();
      }
      out << '\n';
      out << "   tercetak " << shown(f.text) << ", dihitung " << shown(item.computed) << "   ("
          << where_text(f.where) << ")\n";
      if (!item.rule.empty()) {
         out << "   aturan: " << shown(item.rule) << '\n';
      }
      if (!item.hint.empty()) {
         out << "   petunjuk: " << shown(item.hint) << '\n';
      }
      for (const audit_item& again : r.items) {
         if (!again.matches && !again.first_place && again.finding == item.finding) {
            out << "   juga tercetak di " << shown(again.printed.location) << "   ("
                << where_text(again.printed.where) << ")\n";
         }
      }
   }
   const std::size_t matching = r.items.size() - r.mismatched_places();
   if (!all && matching > 0) {
      out << '\n' << matching << " angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)\n";
   }
   if (!r.conditions.empty()) {
      out << '\n';
      report::print_aligned(out, report::conditions_table(r.conditions));
   }
   if (r.origin) {
      out << '\n';
      report::print_aligned(out, report::provenance_table(*r.origin));
   }
}

namespace {

// A figure as the audit's JSON gives it: a number as its exact decimal at `places`, a label as
// its words, anything else as null.
json audit_figure(const value& v, int places)
{
   if (v.is_number()) {
      return v.as_number().to_fixed(places);
   }
   if (v.is_text()) {
      return v.as_text();
   }
   return nullptr;
}

} // namespace

json audit_entry(const audit_item& item)
{
   json out = {{"cocok", item.matches}};
   if (!item.matches) {
      out["temuan"] = item.finding;
      out["jenis"] = item.consequence() ? "akibat" : "kesalahan_asal";
      if (item.consequence()) {
         out["akibat_dari"] = item.causes;
         out["akibat_bersama"] = item.causes_together;
      }
   }
   out["lokasi"] = item.printed.location;
   out["objek"] = item.printed.object;
   out["besaran"] = item.printed.quantity;
   out["periode"] = item.printed.when.to_string();
   out["tercetak"] = item.number ? json(item.number->to_fixed(item.places))
                                 : json(item.printed.text);
   out["tercetak_teks"] = item.printed.text;
   out["dihitung"] = audit_figure(item.computed_value, item.places);
   if (item.computed_value.is_missing()) {
      out["sebab"] = item.computed_value.as_missing().reason;
   }
   out["aturan"] = item.rule;
   if (!item.hint.empty()) {
      out["petunjuk"] = item.hint;
   }
   return out;
}

void render_audit_json(std::ostream& out, const audit_result& r)
{
   json document = json_document();
   const report::audit_verdict v = r.verdict();
   document["judul"] = report::audit_title(r.agency, r.when.display());
   document["instansi"] = r.agency;
   document["periode"] = r.when.to_string();
   document["putusan"] = {{"diperiksa", v.checked},         {"cocok", v.matching},
                          {"tidak_cocok", v.findings},      {"kesalahan_asal", v.original},
                          {"akibat", v.consequences},       {"tempat_tidak_cocok", v.places}};
   json items = json::array();
   for (const audit_item& item : r.items) {
      items.push_back(audit_entry(item));
   }
   document["angka"] = std::move(items);
   if (!r.conditions.empty()) {
      document["pemeriksaan_data"] = report::conditions_json(r.conditions);
   }
   if (r.origin) {
      document["asal"] = report::provenance_json(*r.origin);
   }
   write_json(out, document);
}

} // namespace ind::rt
