#include "runtime/report/model.hpp"

#include "lang/walk.hpp"
#include "runtime/core.hpp"
#include "runtime/aggregate/accumulate.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ind::rt::report {

namespace {

// Decimals shown for a value the rules do not round: its own, when it has a finite expansion.
constexpr int fallback_places = 4;

number to_number(const value& v, std::optional<int> places)
{
   number out;
   if (v.is_missing()) {
      out.note = v.as_missing().reason;
      out.incomplete = v.as_missing().why == missing::kind::incomplete;
      return out;
   }
   if (!v.is_number()) {
      out.note = "bukan angka: " + v.describe();
      return out;
   }
   const decimal& d = v.as_number();
   if (places) {
      out.value = d.round(*places);
      out.places = *places;
   }
   else if (d.is_terminating()) {
      out.value = d;
      out.places = std::max(0, d.places());
   }
   else {
      out.value = d.round(fallback_places);
      out.places = fallback_places;
      out.note = "tanpa aturan pembulatan; ditampilkan " + std::to_string(fallback_places) +
                 " desimal";
   }
   return out;
}

label to_label(const value& v)
{
   label out;
   if (v.is_text()) {
      out.text = v.as_text();
   }
   else if (v.is_missing()) {
      out.note = v.as_missing().reason;
   }
   return out;
}

// a - b of two printed figures. Both are exact at their places, so the difference is exact at
// the finer of the two, which is the indicator's precision unless a target is written finer.
number difference_of(const number& a, const number& b)
{
   number out;
   if (!a.value || !b.value) {
      out.note = !a.value ? a.note : b.note;
      return out;
   }
   out.places = std::max(a.places, b.places);
   out.value = *a.value - *b.value;
   return out;
}

const char* movement(const number& amount)
{
   const int sign = amount.value ? amount.value->sign() : 0;
   return sign > 0 ? "naik" : sign < 0 ? "turun" : "tetap";
}

// The figures compared in Bab III: this period's target, each earlier realisasi, and every later
// Renstra target with what is still needed to reach it.
std::vector<difference> differences_of(const indicator_row& row, const period& when, bool up)
{
   std::vector<difference> out;
   if (!row.realisasi.value) {
      return out;
   }
   if (row.target.value) {
      difference d;
      d.what = difference::kind::target;
      d.when = when;
      d.reference = row.target;
      d.amount = difference_of(row.realisasi, row.target);
      const int sign = d.amount.value->sign();
      d.verdict = sign > 0 ? "di atas target" : sign < 0 ? "di bawah target" : "sama dengan target";
      out.push_back(std::move(d));
   }
   for (auto it = row.earlier.rbegin(); it != row.earlier.rend(); ++it) {
      if (!it->realisasi.value) {
         continue;
      }
      difference d;
      d.what = difference::kind::earlier;
      d.when = it->when;
      d.reference = it->realisasi;
      d.amount = difference_of(row.realisasi, it->realisasi);
      d.verdict = movement(d.amount);
      out.push_back(std::move(d));
   }
   // Renstra targets are yearly; a quarter is compared with the years after its own.
   for (const dated_number& t : row.targets) {
      if (t.when.grain != period::kind::year || t.when.year <= when.year || !t.figure.value) {
         continue;
      }
      difference d;
      d.what = difference::kind::renstra;
      d.when = t.when;
      d.reference = t.figure;
      d.amount =
         up ? difference_of(t.figure, row.realisasi) : difference_of(row.realisasi, t.figure);
      d.verdict = d.amount.value->sign() > 0 ? (up ? "perlu peningkatan" : "perlu penurunan")
                                             : "sudah tercapai";
      out.push_back(std::move(d));
   }
   return out;
}

// The realisasi against each other body's latest figure up to the evaluated year.
std::vector<benchmark> benchmarks_of(const indicator_row& row, const dataset& data,
                                     const period& when, std::optional<int> places)
{
   std::vector<benchmark> out;
   // The latest figure of each body known at the end of the period: for a year, that of the
   // year or before; for a quarter or a semester also the latest of the same grain, or the
   // annual figure of a year already closed.
   const auto last_quarter = [](const period& p) {
      const int within = p.grain == period::kind::year       ? 3
                         : p.grain == period::kind::semester ? p.part * 2 - 1
                                                             : p.part - 1;
      return p.year * 4 + within;
   };
   const auto known = [&](const period& p) {
      return when.grain == period::kind::year
                ? p.grain == period::kind::year && p.year <= when.year
                : (p.grain == when.grain || p.grain == period::kind::year) &&
                     last_quarter(p) <= last_quarter(when);
   };
   const auto later = [&](const period& a, const period& b) {
      return last_quarter(a) != last_quarter(b) ? last_quarter(a) > last_quarter(b) : b < a;
   };
   for (const benchmark_entry& e : data.benchmarks) {
      if (e.indicator != row.id || !known(e.when)) {
         continue;
      }
      const auto same = std::find_if(out.begin(), out.end(),
                                     [&](const benchmark& b) { return b.body == e.body; });
      if (same != out.end() && !later(e.when, same->when)) {
         continue;
      }
      benchmark b;
      b.body = e.body;
      b.when = e.when;
      const int written = e.amount.is_number() ? std::max(0, e.amount.as_number().places()) : 0;
      b.figure = to_number(e.amount, std::max(places.value_or(0), written));
      b.amount = difference_of(row.realisasi, b.figure);
      if (!b.figure.value) {
         b.verdict = "tidak tersedia";
      }
      else if (b.amount.value) {
         const int sign = b.amount.value->sign();
         b.verdict = sign == 0 ? "sama" : sign > 0 ? "di atas" : "di bawah";
      }
      if (same != out.end()) {
         *same = std::move(b);
      }
      else {
         out.push_back(std::move(b));
      }
   }
   return out;
}

// Whether a formula gives a percentage: persen(a; b), or a step that multiplies by 100
// (efisiensi.tingkat: capaian / serapan x 100 = 119). A quotient without it is a ratio
// (efisiensi.rasio, or Blitar's capaian / serapan = 1,73). Rounding and rules are looked through.
bool percent_form(const lang::ir::expr& e)
{
   namespace ir = lang::ir;
   if (const auto* f = std::get_if<ir::function_call>(&e.node)) {
      const lang::builtin& b = lang::builtin_of(f->fn);
      if (b.unit == lang::unit_rule::percent) {
         return true;
      }
      return b.keeps_percent && !f->args.empty() && percent_form(*f->args.front());
   }
   if (const auto* b = std::get_if<ir::binary>(&e.node)) {
      const auto hundred = [](const ir::expr& x) {
         const auto* l = std::get_if<ir::literal>(&x.node);
         const auto* d = l ? std::get_if<decimal>(&l->value) : nullptr;
         return d && *d == decimal(100);
      };
      if (b->op == lang::ast::binary_op::multiply) {
         return hundred(*b->lhs) || hundred(*b->rhs) || percent_form(*b->lhs) ||
                percent_form(*b->rhs);
      }
      return b->op == lang::ast::binary_op::divide && percent_form(*b->lhs);
   }
   if (const auto* r = std::get_if<ir::rule_call>(&e.node)) {
      return r->callee && r->callee->body && percent_form(*r->callee->body);
   }
   return false;
}

// ---------------------------------------------------------------- breakdowns

// An aggregate found in a formula. `places` is the rounding of the figure when the aggregate is
// the whole formula (jumlah(t.nilai) bulat 2): its column is then shown at that precision. An
// aggregate inside a larger formula (persen(jumlah(t.a); jumlah(t.b)) bulat 2) says nothing
// about how its column is written.
struct aggregate_use
{
   const lang::ir::expr* expr = nullptr;
   const lang::ir::aggregate* node = nullptr;
   std::optional<int> places;
   std::string owner; // with `places`: the indicator or nilai the aggregate is the formula of
};

// Every aggregate below `e`, the formula of `owner` (or a rule's body: no owner), following
// named values and rules (whose bodies are formulas too) but not other indicators, which have
// breakdowns of their own.
void find_aggregates(const lang::ir::expr& e, std::optional<int> places, const std::string& owner,
                     std::set<lang::entity_ref, lang::entity_less>& seen,
                     std::vector<aggregate_use>& out)
{
   lang::walk(e, [&](const lang::ir::expr& node) {
      if (const auto* a = std::get_if<lang::ir::aggregate>(&node.node)) {
         const bool whole = &node == &e;
         out.push_back({&node, a, whole ? places : std::nullopt, whole ? owner : ""});
      }
      else if (const auto* v = std::get_if<lang::ir::value_ref>(&node.node)) {
         if (v->target && v->target->value && seen.insert(v->target).second) {
            find_aggregates(*v->target->value, v->target->places, v->target->name, seen, out);
         }
      }
      else if (const auto* r = std::get_if<lang::ir::rule_call>(&node.node)) {
         if (r->callee && r->callee->body && seen.insert(r->callee).second) {
            find_aggregates(*r->callee->body, std::nullopt, "", seen, out);
         }
      }
   });
}

bool is_numeric(lang::ast::column_type type)
{
   using lang::ast::column_type;
   return type == column_type::decimal || type == column_type::integer ||
          type == column_type::rupiah || type == column_type::percent;
}

// A total the report can show under a column: an unfiltered, ungrouped sum, mean, min or max of
// the plain column. Other aggregates (filtered, over an expression, counts, lookups) are part of the
// formula but have no single place under the table.
std::optional<std::size_t> total_column(const lang::ir::aggregate& a)
{
   if (a.filter || !a.row_value || !a.group_by.empty() ||
       lang::builtin_of(a.kind).column_total.empty()) {
      return std::nullopt;
   }
   if (const auto* c = std::get_if<lang::ir::column_ref>(&a.row_value->node)) {
      return c->column;
   }
   return std::nullopt;
}

class builder
{
 public:
   builder(const lang::program& p, evaluator& eval, const period& when, lang::diagnostic_sink& sink)
      : m_program(p), m_eval(eval), m_when(when), m_sink(sink)
   {}

   document run();

 private:
   indicator_row indicator(const lang::indicator& ind);
   template <typename Places>
   void fill_versions(const lang::indicator& ind, indicator_row& row, const Places& places);
   budget_row budget_line(const std::string& code, const std::string& name, std::size_t depth,
                          const budget_figures& figures);
   void warn_unavailable(const lang::indicator& ind, const char* figure, const value& v);
   void renja(document& doc);
   void warn_total(const value& written, const value& recomputed, lang::span where,
                   const char* what, const std::string& code);
   std::vector<value> ceilings_before() const;
   void warn_budget_gap(const rt::budget_line& line, rt::budget_amount which, document& doc);
   value_row value_line(const lang::named_value& v);
   std::vector<breakdown> breakdowns();
   std::vector<recap> recaps(const document& doc);

   const lang::program& m_program;
   evaluator& m_eval;
   period m_when;
   lang::diagnostic_sink& m_sink;
};

// A figure of the evaluated period that cannot be given gets a warning naming its cause, once
// per cause (a missing realisasi also leaves capaian and efisiensi without a value).
void builder::warn_unavailable(const lang::indicator& ind, const char* figure, const value& v)
{
   if (!v.is_missing()) {
      return;
   }
   const missing& m = v.as_missing();
   if (m.why == missing::kind::not_computed && m.reason.empty()) {
      return;
   }
   lang::place at = m.at.valid() ? m.at : lang::place(ind.where);
   m_sink.warning("W-TIDAK-TERSEDIA", at,
                  std::string(figure) + " " + ind.id + " periode " + m_when.to_string() +
                     " tidak tersedia: " + m.reason);
}

// A total line of the budget file (a program above its kegiatan) that is not the sum of its
// parts: the sum is what counts, and the difference is reported.
void builder::warn_total(const value& written, const value& recomputed, lang::span where,
                         const char* what, const std::string& code)
{
   if (written.is_number() && recomputed.is_number() &&
       written.as_number() != recomputed.as_number()) {
      m_sink.warning("W-ANGGARAN-JUMLAH", where,
                     std::string(what) + " " + code + " tertulis " + written.describe() +
                        " tetapi jumlah rinciannya " + recomputed.describe(),
                     "jumlah rincian yang dipakai; periksa baris-baris di bawah kode ini");
   }
}

// The Renja form of the period, with a finding for each parent whose written Rp is not the sum of
// its rows and each cell written for a quarter not reached.
void builder::renja(document& doc)
{
   const renja_form form = m_eval.renja(m_when);
   const std::vector<rt::renja_row>& rows = m_eval.data().renja;
   for (const renja_disagreement& d : form.disagreements) {
      m_sink.warning("W-RENJA-JUMLAH", d.where,
                     "Rp kolom (" + std::to_string(d.column) + ") kode " + rows[d.row].code +
                        " tertulis " + value(d.written).describe() +
                        " tetapi jumlah rinciannya " + value(d.sum).describe(),
                     "jumlah rincian yang dipakai; periksa baris-baris di bawah kode ini, atau "
                     "kosongkan sel ini agar diisi jumlahnya");
   }
   for (const renja_early_cell& e : form.early) {
      m_sink.warning("W-RENJA-TW", e.where,
                     "kolom (" + std::to_string(e.column) + ") kode " + rows[e.row].code +
                        " terisi, padahal triwulan itu belum berjalan pada periode " +
                        m_when.to_string(),
                     "sel ini tidak dibaca; kosongkan, atau laporkan periode yang sesuai");
   }
   for (const renja_early_cell& g : form.gaps) {
      m_sink.warning("W-RENJA-KOSONG", g.where,
                     std::string("kolom (") + std::to_string(g.column) + ") " +
                        (g.side == renja_side::k ? "K" : "Rp") + " kode " + rows[g.row].code +
                        " kosong; yang dihitung darinya tidak tersedia",
                     g.column >= 9 ? "(13) tidak dijumlahkan atas triwulan yang kurang; isi sel "
                                     "ini bila triwulannya sudah berjalan"
                                   : "isi sel ini");
   }
   const int places = m_program.renja->places;
   const auto shown = [&](const value& v, int column) {
      return to_number(v, column == 14 || column == 16 ? std::optional(places) : std::nullopt);
   };
   renja_report out;
   out.reached = form.reached;
   out.banded = m_program.renja->bands != nullptr;
   out.findings = form.disagreements.size() + form.early.size();
   for (const renja_line& line : form.lines) {
      const rt::renja_row& row = rows[line.row];
      renja_row r;
      r.code = row.code;
      r.name = row.name;
      r.indicator = row.indicator;
      r.unit = row.unit;
      r.depth = line.depth;
      r.budget = row.carries_budget;
      for (int c = renja_first_column; c <= renja_last_column; ++c) {
         const auto i = static_cast<std::size_t>(c - renja_first_column);
         r.k[i] = shown(line.k[i], c);
         if (r.budget) {
            r.rp[i] = shown(line.rp[i], c);
         }
      }
      if (out.banded) {
         r.k_band = to_label(line.k_band);
         if (r.budget) {
            r.rp_band = to_label(line.rp_band);
         }
      }
      out.rows.push_back(std::move(r));
   }
   doc.renja = std::move(out);
}

// The version the target is and the other versions' targets for the report's period.
template <typename Places>
void builder::fill_versions(const lang::indicator& ind, indicator_row& row, const Places& places)
{
   if (!ind.has_versions()) {
      return;
   }
   row.versioned = true;
   if (ind.measured) {
      row.target_version = ind.measured->name;
      row.target_version_title = ind.measured->title;
   }
   for (const lang::version_targets& other : ind.other_targets) {
      version_target v;
      if (other.version) {
         v.name = other.version->name;
         v.title = other.version->title;
      }
      const value t = m_eval.target(ind, m_when, other.version);
      v.figure = to_number(t, t.is_number() ? std::optional(places(t.as_number())) : std::nullopt);
      if (const auto* written = lang::target_in(other.targets, m_when);
          written && written->first != m_when) {
         v.from = written->first;
      }
      row.other_targets.push_back(std::move(v));
   }
}

indicator_row builder::indicator(const lang::indicator& ind)
{
   indicator_row row;
   row.id = ind.id;
   row.name = ind.title;
   row.level = ind.level ? lang::ast::level_name(*ind.level) : "";
   row.parent = ind.parent ? ind.parent->id : "";
   row.unit = ind.unit;
   row.direction = lang::ast::direction_name(ind.dir);

   const figure_value r = m_eval.realisasi(ind, m_when);
   row.realisasi = to_number(r.shown, ind.value.places);
   row.realisasi_from_data = r.from_data;
   warn_unavailable(ind, "realisasi", r.shown);

   const value t = m_eval.target(ind, m_when);
   const auto target_places = [&](const decimal& d) {
      return std::max(ind.value.places.value_or(0), std::max(0, d.places()));
   };
   row.target = to_number(t, t.is_number() ? std::optional(target_places(t.as_number()))
                                           : std::nullopt);
   warn_unavailable(ind, "target", t);
   if (const auto* written = ind.target_for(m_when); written && written->first != m_when) {
      row.target_from = written->first;
   }
   else if (t.is_number() && (!written || t.as_number() != written->second.value)) {
      row.target_summed = true;
   }
   fill_versions(ind, row, target_places);

   const figure_value c = m_eval.achievement(ind, m_when);
   row.achievement = to_number(c.shown, ind.achievement.places);
   if (!r.shown.is_missing() && !t.is_missing()) {
      warn_unavailable(ind, "capaian", c.shown);
   }
   if (ind.accumulate && m_when.grain != period::kind::year) {
      own_period own;
      own.accumulation = lang::ast::accumulation_name(*ind.accumulate);
      const value ot = m_eval.own_target(ind, m_when);
      own.target = to_number(ot, ot.is_number() ? std::optional(target_places(ot.as_number()))
                                                : std::nullopt);
      own.realisasi = to_number(m_eval.own_realisasi(ind, m_when).shown, ind.value.places);
      own.achievement = to_number(m_eval.own_achievement(ind, m_when).shown,
                                  ind.achievement.places);
      row.own = std::move(own);
   }
   if (ind.achievement_scale) {
      const value band = m_eval.classify(ind.achievement_scale, c.shown, m_when, ind.where);
      row.achievement_band = to_label(band);
      if (!c.shown.is_missing()) {
         warn_unavailable(ind, "predikat", band);
      }
   }
   if (ind.value_scale) {
      const value band = m_eval.classify(ind.value_scale, r.shown, m_when, ind.where);
      row.value_band = to_label(band);
      if (!r.shown.is_missing()) {
         warn_unavailable(ind, "kategori", band);
      }
   }
   row.has_budget = ind.has_budget();
   if (row.has_budget) {
      const budget_figures b = m_eval.budget(ind, m_when);
      row.budget_ceiling = to_number(b.ceiling, std::nullopt);
      row.budget_realised = to_number(b.realised, std::nullopt);
      row.absorption = to_number(b.absorption.shown, b.absorption.places);
   }
   if (ind.efficiency.where.valid()) {
      row.efficiency_ratio = ind.efficiency.formula && !percent_form(*ind.efficiency.formula);
      const figure_value e = m_eval.efficiency(ind, m_when);
      row.efficiency = to_number(e.shown, ind.efficiency.places);
      if (!c.shown.is_missing()) {
         warn_unavailable(ind, "efisiensi", e.shown);
      }
      if (ind.efficiency_scale) {
         const value band = m_eval.classify(ind.efficiency_scale, e.shown, m_when, ind.where);
         row.efficiency_band = to_label(band);
         if (!e.shown.is_missing()) {
            warn_unavailable(ind, "predikat efisiensi", band);
         }
      }
   }
   for (const auto& [when, target] : ind.targets) {
      row.targets.push_back({when, to_number(target.value, target_places(target.value))});
   }
   // Earlier years, for the comparisons of Bab III: only those the data or the targets give.
   // A quarter or a semester is compared with the same part of the earlier years.
   {
      for (int back = earlier_years_compared; back >= 1; --back) {
         period earlier = m_when;
         earlier.year -= back;
         const figure_value past = m_eval.realisasi(ind, earlier);
         if (past.shown.is_missing() && !ind.targets.count(earlier)) {
            continue;
         }
         earlier_year year;
         year.when = earlier;
         const value aimed = m_eval.target(ind, earlier);
         year.target = to_number(aimed, aimed.is_number()
                                           ? std::optional(target_places(aimed.as_number()))
                                           : std::nullopt);
         year.realisasi = to_number(past.shown, ind.value.places);
         const figure_value reached = m_eval.achievement(ind, earlier);
         year.achievement = to_number(reached.shown, ind.achievement.places);
         if (ind.achievement_scale && !reached.shown.is_missing()) {
            year.achievement_band =
               to_label(m_eval.classify(ind.achievement_scale, reached.shown, earlier, ind.where));
         }
         if (ind.value_scale && !past.shown.is_missing()) {
            year.value_band =
               to_label(m_eval.classify(ind.value_scale, past.shown, earlier, ind.where));
         }
         row.earlier.push_back(std::move(year));
      }
   }
   row.differences = differences_of(row, m_when, ind.dir == lang::ast::direction::up);
   row.benchmarks = benchmarks_of(row, m_eval.data(), m_when, ind.value.places);
   return row;
}

value_row builder::value_line(const lang::named_value& v)
{
   value_row row{v.name, v.title, {}};
   const figure_value f = m_eval.named(v, m_when);
   const auto* grouping = v.value ? std::get_if<lang::ir::aggregate>(&v.value->node) : nullptr;
   row.grouped = v.value && v.value->type == lang::value_type::grouped && grouping;
   if (f.shown.is_text()) {
      row.label = f.shown.as_text();
      return row;
   }
   if (!row.grouped) {
      row.figure = to_number(f.shown, v.places);
      return row;
   }
   row.key_names = agg::key_names(*grouping);
   if (!f.shown.is_grouped()) {
      row.figure = to_number(f.shown, v.places); // not available: the note says why
      return row;
   }
   for (const grouped::group& g : f.shown.as_grouped().groups) {
      row.groups.push_back({g.key, to_number(g.result, v.places), g.rows});
   }
   return row;
}

budget_row builder::budget_line(const std::string& code, const std::string& name,
                                std::size_t depth, const budget_figures& figures)
{
   budget_row row;
   row.code = code;
   row.name = name;
   row.depth = depth;
   row.ceiling = to_number(figures.ceiling, std::nullopt);
   row.realised = to_number(figures.realised, std::nullopt);
   row.absorption = to_number(figures.absorption.shown, figures.absorption.places);
   if (m_eval.data().budget_quarter) {
      row.plan_quarter = to_number(figures.plan_quarter, std::nullopt);
      row.spent_quarter = to_number(figures.spent_quarter, std::nullopt);
      row.absorption_quarter =
         to_number(figures.absorption_quarter.shown, figures.absorption_quarter.places);
      row.plan_to_date = to_number(figures.plan_to_date, std::nullopt);
      row.absorption_plan =
         to_number(figures.absorption_plan.shown, figures.absorption_plan.places);
   }
   if (m_program.budget && m_program.budget->absorption_scale) {
      row.band = to_label(m_eval.classify(m_program.budget->absorption_scale,
                                          figures.absorption.shown, m_when,
                                          m_program.budget->where));
   }
   return row;
}

// The pagu before the budget change of every budget line, and last of the whole budget: as
// written, or the sum of its children's when it is not written and every child has one (reports
// give it per program only, or per sub kegiatan only).
std::vector<value> builder::ceilings_before() const
{
   const std::vector<rt::budget_line>& lines = m_eval.data().budget;
   const rt::budget_tree& tree = m_eval.data().budget_links;
   std::vector<value> before(lines.size() + 1);
   const auto sum_of = [&](const std::vector<std::size_t>& parts) -> value {
      decimal sum;
      for (const std::size_t part : parts) {
         if (!before[part].is_number()) {
            return missing{};
         }
         sum = sum + before[part].as_number();
      }
      return parts.empty() ? value(missing{}) : value(sum);
   };
   for (const std::size_t line : tree.bottom_up) {
      before[line] = lines[line].ceiling_before.is_number() ? lines[line].ceiling_before
                                                            : sum_of(tree.children[line]);
   }
   before.back() = sum_of(tree.roots);
   return before;
}

// A line with nothing below it whose pagu or realisasi is not written: its own figure is not
// available, and each total above it is incomplete. Both are said where the cell is.
void builder::warn_budget_gap(const rt::budget_line& line, rt::budget_amount which,
                              document& doc)
{
   const value& own = rt::amount_of(line, which);
   if (!own.is_missing()) {
      return;
   }
   const rt::budget_tree& tree = m_eval.data().budget_links;
   std::size_t top = *tree.find(line.code);
   while (tree.parent[top] != rt::budget_tree::none) {
      top = tree.parent[top];
   }
   const std::string what = rt::budget_amount_name(which);
   const std::string& top_code = m_eval.data().budget[top].code;
   const std::string totals = top_code == line.code ? "Jumlah" : top_code + " dan Jumlah";
   const lang::span at = rt::cell_of(line, which);
   m_sink.warning("W-TIDAK-TERSEDIA", at,
                  what + " anggaran " + line.code + " tidak tersedia: " + own.as_missing().reason,
                  what + " " + totals + " ditulis tidak lengkap, tidak dijumlahkan sebagian; "
                  "tulis 0 bila memang belum ada " + what);
   const lang::place where(at);
   // A CSV file's line, or a workbook's cell (data.xlsx:anggaran!C7).
   const bool in_sheet = at.valid() && at.file->origin();
   doc.budget_gaps.push_back(what + " " + line.code + " (" +
                             (in_sheet ? where.location()
                                       : where.file_name() + ":" +
                                            std::to_string(where.line_number())) +
                             ")");
}

std::vector<breakdown> builder::breakdowns()
{
   // Which tables are aggregated, by whom, and with which totals; in order of first use.
   struct use
   {
      const lang::table* source = nullptr;
      std::vector<std::string> used_by;
      std::vector<aggregate_use> aggregates;
   };
   std::vector<use> uses;
   const auto record = [&](const lang::ir::expr& formula, std::optional<int> places,
                           const std::string& owner, const std::string& title) {
      std::set<lang::entity_ref, lang::entity_less> seen;
      std::vector<aggregate_use> found;
      find_aggregates(formula, places, owner, seen, found);
      for (const aggregate_use& a : found) {
         auto it = std::find_if(uses.begin(), uses.end(),
                                [&](const use& u) { return u.source == a.node->source; });
         if (it == uses.end()) {
            uses.push_back({a.node->source, {}, {}});
            it = std::prev(uses.end());
         }
         if (std::find(it->used_by.begin(), it->used_by.end(), title) == it->used_by.end()) {
            it->used_by.push_back(title);
         }
         it->aggregates.push_back(a);
      }
   };
   for (const auto& ind : m_program.indicators) {
      if (const lang::figure* f = ind->formula_for(m_when)) {
         record(*f->formula, f->places, ind->id, ind->title);
      }
   }
   for (const auto& v : m_program.values) {
      if (v->owner && v->owner->name.empty() && v->value) {
         record(*v->value, v->places, v->name, v->title.empty() ? v->name : v->title);
      }
   }

   std::vector<breakdown> out;
   for (const use& u : uses) {
      if (!u.source) {
         continue;
      }
      // A held table is shown row by row when it is short; a streamed one (a roster) by its
      // row count and totals only.
      const auto loaded = m_eval.data().tables.find(u.source);
      const loaded_table* held =
         loaded == m_eval.data().tables.end() ? nullptr : &loaded->second;
      const std::optional<std::uint64_t> count = m_eval.row_count(*u.source, m_when);
      if (!count) {
         continue;
      }
      const lang::table& decl = *u.source;

      breakdown b;
      b.table = decl.name;
      b.title = decl.title.empty() ? decl.name : decl.title;
      b.file = decl.file;
      b.used_by = u.used_by;
      b.row_count = static_cast<std::size_t>(*count);
      b.rows_shown = held && b.row_count <= max_breakdown_rows;
      const std::vector<std::size_t> rows =
         b.rows_shown ? m_eval.data().rows_for(*held, m_when) : std::vector<std::size_t>{};

      // Shown columns: all but the period column (the rows are those of the evaluated period).
      std::vector<std::size_t> shown;
      for (std::size_t c = 0; c < decl.columns.size(); ++c) {
         if (decl.period_column && *decl.period_column == c) {
            continue;
         }
         shown.push_back(c);
         const lang::column& col = decl.columns[c];
         b.columns.push_back({col.header.empty() ? col.name : col.header, is_numeric(col.type)});
      }
      // Decimals per column: the finest written value, or the rounding of the figure that
      // aggregates the column when that is finer (SAKIP components 24,00 under a total 82,10).
      std::vector<int> places(decl.columns.size(), 0);
      for (std::size_t r : rows) {
         for (std::size_t c = 0; c < decl.columns.size(); ++c) {
            const value v = m_eval.cell(*held, r, c, m_when);
            if (v.is_number() && v.as_number().is_terminating()) {
               places[c] = std::max(places[c], v.as_number().places());
            }
         }
      }
      for (const aggregate_use& a : u.aggregates) {
         if (const auto c = total_column(*a.node); c && a.places && *c < places.size()) {
            places[*c] = std::max(places[*c], *a.places);
         }
      }
      if (b.columns.empty()) {
         continue; // a table of nothing but its period column has nothing to show
      }
      if (b.rows_shown) {
         for (std::size_t r : rows) {
            std::vector<breakdown::cell> cells;
            for (std::size_t c : shown) {
               const value v = m_eval.cell(*held, r, c, m_when);
               breakdown::cell cell;
               if (is_numeric(decl.columns[c].type)) {
                  cell.figure = to_number(v, places[c]);
               }
               else if (v.is_text()) {
                  cell.text = v.as_text();
               }
               else if (v.is_period()) {
                  cell.text = v.as_period().display();
               }
               else if (v.is_bool()) {
                  cell.text = v.as_bool() ? "ya" : "tidak";
               }
               else {
                  cell.text = "-";
               }
               cells.push_back(std::move(cell));
            }
            b.rows.push_back(std::move(cells));
         }
      }
      // Totals, one line per kind of aggregate, evaluated by the evaluator itself so that the
      // line shows exactly what the formula used.
      for (const aggregate_use& a : u.aggregates) {
         const auto column = total_column(*a.node);
         if (!column) {
            continue;
         }
         const auto at = std::find(shown.begin(), shown.end(), *column);
         if (at == shown.end()) {
            continue;
         }
         const std::string name(lang::builtin_of(a.node->kind).column_total);
         auto line = std::find_if(b.totals.begin(), b.totals.end(),
                                  [&](const breakdown::total& x) { return x.label == name; });
         if (line == b.totals.end()) {
            b.totals.push_back({name, std::vector<std::optional<number>>(shown.size()),
                                std::vector<std::string>(shown.size())});
            line = std::prev(b.totals.end());
         }
         const auto cell = static_cast<std::size_t>(at - shown.begin());
         if (line->figure_of[cell].empty()) {
            line->figure_of[cell] = a.owner;
         }
         evaluator::env scope;
         scope.when = m_when;
         const value v = m_eval.evaluate(*a.expr, scope);
         int digits = places[*column];
         if (v.is_number() && v.as_number().is_terminating()) {
            digits = std::max(digits, v.as_number().places());
         }
         const bool exact = !v.is_number() || v.as_number().is_terminating();
         line->cells[cell] = to_number(v, exact ? std::optional(digits) : std::nullopt);
      }
      out.push_back(std::move(b));
   }
   return out;
}

std::vector<recap> builder::recaps(const document& doc)
{
   std::vector<recap> out;
   // Bands are matched by the label the evaluator gave each figure, so that the counts always
   // agree with the predikat printed beside the figure.
   const auto tally = [](const lang::scale& s, const std::vector<const label*>& labels) {
      recap r;
      r.scale_title = s.title.empty() ? s.name : s.title;
      for (const lang::band& b : s.bands) {
         recap::band entry;
         entry.lower = b.lower;
         entry.lower_closed = b.lower_closed;
         entry.upper = b.upper;
         entry.upper_closed = b.upper_closed;
         entry.label = b.label;
         entry.description = b.description;
         r.bands.push_back(std::move(entry));
      }
      for (const label* l : labels) {
         ++r.total;
         const auto it = !l->text ? r.bands.end()
                                  : std::find_if(r.bands.begin(), r.bands.end(),
                                                 [&](const recap::band& b) {
                                                    return b.label == *l->text;
                                                 });
         if (it == r.bands.end()) {
            ++r.unclassified;
         }
         else {
            ++it->count;
         }
      }
      for (recap::band& b : r.bands) {
         b.share = share_of(b.count, r.total);
      }
      r.unclassified_share = share_of(r.unclassified, r.total);
      return r;
   };

   // Indicators: IKU (tujuan and sasaran) and program indicators, per predikat scale.
   const auto by_level = [&](const std::vector<std::string>& levels, const std::string& subject,
                             const std::string& title, const std::string& counted) {
      std::vector<const lang::scale*> scales;
      std::map<const lang::scale*, std::vector<const label*>> labels;
      for (std::size_t i = 0; i < m_program.indicators.size(); ++i) {
         const lang::indicator& ind = *m_program.indicators[i];
         const indicator_row& row = doc.indicators[i];
         if (!ind.achievement_scale ||
             std::find(levels.begin(), levels.end(), row.level) == levels.end()) {
            continue;
         }
         if (!labels.count(ind.achievement_scale)) {
            scales.push_back(ind.achievement_scale);
         }
         labels[ind.achievement_scale].push_back(&row.achievement_band);
      }
      for (const lang::scale* s : scales) {
         recap r = tally(*s, labels[s]);
         r.subject = subject;
         r.title = title;
         r.counted = counted;
         out.push_back(std::move(r));
      }
   };
   for (const achievement_recap& kind : achievement_recaps()) {
      by_level(kind.levels, kind.subject, kind.title, kind.counted);
   }

   // Budget programs: the top-level codes of the budget file, per band of absorption.
   if (m_program.budget && m_program.budget->absorption_scale && !doc.budget.empty()) {
      std::vector<const label*> labels;
      for (const budget_row& row : doc.budget) {
         if (row.depth == 0) {
            labels.push_back(&row.band);
         }
      }
      recap r = tally(*m_program.budget->absorption_scale, labels);
      r.subject = "anggaran";
      const std::string level = budget_level_name(m_program.budget->levels, 0);
      r.title = "Rekapitulasi Daya Serap Anggaran per " + level;
      r.counted = "Jumlah " + level;
      out.push_back(std::move(r));
   }
   return out;
}

document builder::run()
{
   document doc;
   doc.agency = m_program.agency;
   doc.when = m_when;
   doc.renstra_from = m_program.renstra_from;
   doc.renstra_to = m_program.renstra_to;
   for (const auto& ind : m_program.indicators) {
      doc.indicators.push_back(indicator(*ind));
   }
   for (const auto& v : m_program.values) {
      if (v->owner && v->owner->name.empty()) {
         doc.values.push_back(value_line(*v));
      }
   }
   if (m_program.budget) {
      doc.budget_levels = m_program.budget->levels;
   }
   if (m_program.budget && m_when == m_eval.data().data_period) {
      if (m_eval.data().budget_quarter && m_when.grain == period::kind::quarter) {
         doc.budget_quarter = m_when.part;
      }
      const std::vector<value> before = ceilings_before();
      const std::vector<rt::budget_line>& lines = m_eval.data().budget;
      for (std::size_t i = 0; i < lines.size(); ++i) {
         const rt::budget_line& line = lines[i];
         const budget_figures figures = m_eval.budget_for_code(line.code);
         if (m_eval.data().budget_links.leaf(i)) {
            warn_budget_gap(line, rt::budget_amount::ceiling, doc);
            warn_budget_gap(line, rt::budget_amount::realised, doc);
            // A quarter's RAK left empty; its spending left empty on a line whose spending to
            // date is written (otherwise said once, above, or by W-ANGGARAN-TW-KOSONG).
            if (m_eval.data().budget_quarter) {
               warn_budget_gap(line, rt::budget_amount::plan_to_date, doc);
               if (line.realised.is_number()) {
                  warn_budget_gap(line, rt::budget_amount::spent_quarter, doc);
               }
            }
         }
         warn_total(line.ceiling, figures.ceiling, line.ceiling_where, "pagu", line.code);
         warn_total(line.realised, figures.realised, line.realised_where, "realisasi", line.code);
         if (m_eval.data().budget_quarter) {
            warn_total(line.plan_quarter, figures.plan_quarter, line.plan_where, "rencana TW",
                       line.code);
            warn_total(line.spent_quarter, figures.spent_quarter, line.spent_where,
                       "realisasi TW", line.code);
         }
         doc.budget.push_back(budget_line(line.code, line.name, rt::budget_levels(line.code) - 1,
                                          figures));
         doc.budget.back().ceiling_before = to_number(before[i], std::nullopt);
      }
      if (!doc.budget.empty()) {
         doc.budget_total = budget_line("", "Jumlah", 0, m_eval.budget_total());
         doc.budget_total->ceiling_before = to_number(before.back(), std::nullopt);
      }
   }
   if (m_program.renja && m_when == m_eval.data().data_period) {
      renja(doc);
   }
   doc.breakdowns = breakdowns();
   doc.recaps = recaps(doc);
   doc.conditions = check_conditions(m_program, m_eval, m_when, m_sink);
   return doc;
}

} // namespace

std::string audit_title(const std::string& agency, const std::string& period)
{
   return "Audit: " + agency + " — " + period;
}

std::string budget_level_name(const std::vector<std::string>& names, std::size_t depth)
{
   if (!names.empty()) {
      return depth < names.size() ? names[depth] : "Rincian";
   }
   switch (depth) {
   case 0:
      return "Program";
   case 1:
      return "Kegiatan";
   case 2:
      return "Sub Kegiatan";
   default:
      return "Rincian";
   }
}

number share_of(std::size_t part, std::size_t whole)
{
   number out;
   out.places = 1;
   const auto quotient =
      decimal::divide(decimal(static_cast<std::int64_t>(part)) * decimal(100),
                      decimal(static_cast<std::int64_t>(whole)));
   if (quotient) {
      out.value = quotient->round(1);
   }
   else {
      out.note = "tidak ada yang dihitung";
   }
   return out;
}

const std::vector<achievement_recap>& achievement_recaps()
{
   static const std::vector<achievement_recap> kinds = {
      {{"tujuan", "sasaran"}, "iku", "Rekapitulasi Capaian Indikator Kinerja Utama", "Jumlah IKU"},
      {{"program"}, "program", "Rekapitulasi Capaian Indikator Kinerja Program", "Jumlah Indikator"},
   };
   return kinds;
}

document build(const lang::program& p, evaluator& eval, const period& when,
               lang::diagnostic_sink& sink)
{
   return builder(p, eval, when, sink).run();
}

} // namespace ind::rt::report
