#include "runtime/evaluator.hpp"

#include "lang/limits.hpp"
#include "runtime/core.hpp"
#include "runtime/operations.hpp"
#include "runtime/aggregate/accumulate.hpp"

#include <algorithm>
#include <compare>
#include <cstdint>

namespace ind::rt {

namespace ir = lang::ir;

namespace {

std::string number_text(const decimal& d)
{
   return value(d).describe();
}

// Why no version of the entity first declared as `first` holds in `when`: the first starts later,
// or the one that started last stopped holding before (`berlaku sampai`).
template <typename T>
missing no_version(const T& first, const period& when, const std::string& what = {})
{
   const std::vector<const T*> all =
      first.versions.empty() ? std::vector<const T*>{&first} : first.versions;
   const T* started = nullptr;
   for (const T* v : all) {
      if (!v->info.since || !(when < *v->info.since)) {
         started = v;
      }
   }
   const std::string name = what + lang::display_name(first.owner, first.name);
   const std::string reason =
      started ? name + " berlaku sampai " + started->info.until->to_string() +
                   ", tidak lagi pada periode " + when.to_string()
              : name + " berlaku sejak " + all.front()->info.since->to_string() +
                   ", belum pada periode " + when.to_string();
   return missing{missing::kind::not_computed, reason, first.where};
}

} // namespace

evaluator::evaluator(const lang::program& p, const dataset& data, lang::diagnostic_sink& sink)
   : m_program(p), m_data(data), m_sink(sink)
{}

figure_value evaluator::make_figure(value exact, std::optional<int> places)
{
   figure_value f;
   f.places = places;
   f.shown = places ? round_value(exact, *places) : exact;
   f.exact = std::move(exact);
   return f;
}

std::optional<missing> evaluator::enter(lang::given_target what, const period& when,
                                        lang::span where)
{
   if (m_active.contains({what, when})) {
      m_sink.error("E-SIKLUS", where,
                   "rumus melingkar saat menghitung periode " + when.to_string(),
                   "periksa rujukan realisasi(...; periode) yang kembali ke periode yang sama");
      return missing{missing::kind::not_computed, "rumus melingkar", where};
   }
   if (m_active.size() >= lang::limits::max_dependency_depth) {
      m_sink.error("E-BATAS", where,
                   "rantai rujukan antarperiode terlalu panjang (batas " +
                      std::to_string(lang::limits::max_dependency_depth) + " nama)",
                   "periksa rujukan realisasi(...; periode - 1) yang berantai ke periode lampau");
      return missing{missing::kind::not_computed, "rantai rujukan terlalu panjang", where};
   }
   m_active.insert({what, when});
   return std::nullopt;
}

void evaluator::leave(lang::given_target what, const period& when)
{
   m_active.erase({what, when});
}

template <typename Entity, typename Compute>
figure_value evaluator::memoised(std::map<std::pair<const Entity*, period>, figure_value>& memo,
                                 const Entity* what, const period& when, const std::string& label,
                                 const lang::place& where, const std::string& detail,
                                 Compute compute)
{
   const auto key = std::make_pair(what, when);
   const std::string title = label + " " + when.to_string();
   if (auto it = memo.find(key); it != memo.end()) {
      if (m_trace) {
         m_trace->leaf(trace_node::kind::reference, title, where, it->second.shown).places =
            it->second.places;
      }
      return it->second;
   }
   if (m_trace) {
      m_trace->open(trace_node::kind::figure, title, where).detail = detail;
   }
   figure_value f;
   try {
      f = compute();
   }
   catch (const value_too_large& e) {
      f = make_figure(too_large(where, e), std::nullopt);
   }
   if (m_trace) {
      if (f.places && f.exact.is_number()) {
         m_trace->leaf(trace_node::kind::rounding,
                       "dibulatkan setengah ke atas, " + std::to_string(*f.places) + " desimal",
                       where, f.shown, "dari " + f.exact.describe())
            .places = f.places;
      }
      m_trace->close(f.shown, f.places);
   }
   memo.emplace(key, f);
   return f;
}

void evaluator::note_recorded(const realisasi_entry& entry)
{
   if (m_trace) {
      m_trace->leaf(trace_node::kind::cell, "realisasi tercatat di data", entry.where,
                    entry.amount);
   }
}

// ---------------------------------------------------------------- figures of an indicator

using ast_accumulation = lang::ast::accumulation;

figure_value evaluator::realisasi(const lang::indicator& ind, const period& when)
{
   const lang::figure* formula = ind.formula_for(when);
   const lang::place where = formula ? lang::place(formula->formula->where) : lang::place(ind.where);
   return memoised(m_realisasi, &ind, when, "realisasi " + ind.id, where, citation_text(ind.info),
                   [&] {
                      return ind.accumulate ? compute_to_date(ind, when)
                                            : compute_realisasi(ind, when);
                   });
}

figure_value evaluator::own_realisasi(const lang::indicator& ind, const period& when)
{
   if (!ind.accumulate) {
      return realisasi(ind, when);
   }
   const lang::figure* formula = ind.formula_for(when);
   const lang::place where = formula ? lang::place(formula->formula->where) : lang::place(ind.where);
   const char* label = when.grain == period::kind::quarter ? "realisasi triwulan "
                                                            : "realisasi periode ";
   return memoised(m_own_realisasi, &ind, when, label + ind.id, where, "", [&] {
      if (const realisasi_entry* to_date = to_date_only(ind, when)) {
         return own_from_to_date(ind, *to_date, when);
      }
      return compute_realisasi(ind, when);
   });
}

// The realisasi to date of an indicator with `kumulatif`: a quarter's or a semester's from the
// quarters of its year up to its end; a year's is its own when written (checked against its
// quarters), else that of its fourth quarter.
figure_value evaluator::compute_to_date(const lang::indicator& ind, const period& when)
{
   if (when.grain != period::kind::year) {
      return quarters_to_date(ind, when, when.last_quarter());
   }
   figure_value own = compute_realisasi(ind, when);
   const bool quarters_written = [&] {
      for (int q = 1; q <= 4; ++q) {
         if (m_data.realisasi.contains({ind.id, period{when.year, period::kind::quarter, q}}) ||
             m_data.realisasi_to_date.contains(
                {ind.id, period{when.year, period::kind::quarter, q}})) {
            return true;
         }
      }
      return false;
   }();
   if (!quarters_written) {
      return own;
   }
   if (own.exact.is_missing() && own.exact.as_missing().why == missing::kind::no_data_for_period) {
      return quarters_to_date(ind, when, 4);
   }
   check_year_row(ind, when, own);
   return own;
}

figure_value evaluator::quarters_to_date(const lang::indicator& ind, const period& when, int last)
{
   const period end{when.year, period::kind::quarter, last};
   if (const realisasi_entry* to_date = to_date_only(ind, end)) {
      return given_to_date(ind, *to_date, end);
   }
   figure_value f = combine_quarters(ind, when, last);
   check_to_date_rows(ind, end, f);
   return f;
}

figure_value evaluator::combine_quarters(const lang::indicator& ind, const period& when, int last)
{
   const ast_accumulation how = *ind.accumulate;
   const period end{when.year, period::kind::quarter, last};
   if (how == ast_accumulation::last) {
      figure_value f = own_realisasi(ind, end);
      if (m_trace) {
         m_trace->leaf(trace_node::kind::note,
                       "kumulatif akhir: realisasi " + end.display() + " sebagaimana adanya",
                       ind.accumulate_where, f.shown);
      }
      return f;
   }
   std::vector<figure_value> parts;
   for (int q = 1; q <= last; ++q) {
      parts.push_back(own_realisasi(ind, period{when.year, period::kind::quarter, q}));
   }
   if (parts.back().shown.is_missing()) {
      return make_figure(parts.back().shown, ind.value.places);
   }
   std::vector<std::string> absent;
   for (int q = 1; q < last; ++q) {
      if (parts[q - 1].shown.is_missing()) {
         absent.push_back(period{when.year, period::kind::quarter, q}.display());
      }
   }
   if (!absent.empty()) {
      std::string list;
      for (const std::string& a : absent) {
         list += (list.empty() ? "" : ", ") + a;
      }
      const std::string why = "realisasi " + ind.id + " s.d. " + end.display() +
                              " tidak dapat dihitung: tidak ada realisasi " + list;
      m_sink.warning("W-KUMULATIF-KOSONG", ind.accumulate_where,
                     why + " (kumulatif " + lang::ast::accumulation_name(how) + ")",
                     "isi realisasi " + list + " di data realisasi; triwulan yang kosong tidak "
                     "dibaca sebagai 0");
      return make_figure(missing{missing::kind::no_data_for_period, why,
                                 lang::place(ind.accumulate_where)},
                         ind.value.places);
   }
   decimal sum;
   std::string terms;
   bool from_data = true;
   for (const figure_value& f : parts) {
      sum = sum + f.shown.as_number();
      terms += (terms.empty() ? "" : " + ") + number_text(f.shown.as_number());
      from_data = from_data && f.from_data;
   }
   value exact = sum;
   std::string label = "kumulatif jumlah TW I s.d. " + end.display() + ": " + terms;
   if (how == ast_accumulation::mean) {
      exact = *decimal::divide(sum, decimal(static_cast<std::int64_t>(last)));
      label = "kumulatif rata TW I s.d. " + end.display() + ": (" + terms + ") / " +
              std::to_string(last);
   }
   if (m_trace) {
      m_trace->leaf(trace_node::kind::note, label, ind.accumulate_where, exact);
   }
   figure_value f = make_figure(std::move(exact), ind.value.places);
   f.from_data = from_data;
   return f;
}

// A year's own realisasi beside its four quarters in the data: for an indicator with `kumulatif`
// the year's row must be what the quarters come to (a year's row holding one quarter's figure is
// the usual slip).
void evaluator::check_year_row(const lang::indicator& ind, const period& year,
                               const figure_value& own)
{
   const auto row = m_data.realisasi.find({ind.id, year});
   if (row == m_data.realisasi.end() || !own.shown.is_number()) {
      return;
   }
   std::vector<decimal> amounts;
   for (int q = 1; q <= 4; ++q) {
      const auto it = m_data.realisasi.find({ind.id, period{year.year, period::kind::quarter, q}});
      if (it == m_data.realisasi.end()) {
         return;
      }
      const decimal& a = it->second.amount;
      amounts.push_back(ind.value.places ? a.round(*ind.value.places) : a);
   }
   decimal whole;
   for (const decimal& a : amounts) {
      whole = whole + a;
   }
   if (*ind.accumulate == ast_accumulation::mean) {
      whole = *decimal::divide(whole, decimal(4));
   }
   else if (*ind.accumulate == ast_accumulation::last) {
      whole = amounts.back();
   }
   if (ind.value.places) {
      whole = whole.round(*ind.value.places);
   }
   if (whole == own.shown.as_number()) {
      return;
   }
   std::string which;
   for (int q = 1; q <= 4; ++q) {
      if (amounts[q - 1] == own.shown.as_number()) {
         which = "; sama dengan realisasi " + period{year.year, period::kind::quarter, q}.display() +
                 " saja";
      }
   }
   ++m_to_date_disagreements; // a finding of the data, as W-KUMULATIF-BEDA (exit 1)
   auto& d = m_sink.warning(
      "W-KUMULATIF-TAHUN", row->second.where,
      "realisasi " + ind.id + " " + year.to_string() + " tertulis " +
         number_text(own.shown.as_number()) + " tetapi triwulannya (kumulatif " +
         lang::ast::accumulation_name(*ind.accumulate) + ") menghasilkan " + number_text(whole) + which,
      "baris tahun memuat realisasi setahun: " + number_text(whole) +
         "; realisasi tiap triwulan ditulis di baris " + year.to_string() + "-TW1 ... -TW4");
   d.notes.push_back({ind.accumulate_where, "cara kumulatif"});
}

figure_value evaluator::compute_realisasi(const lang::indicator& ind, const period& when)
{
   const auto recorded = m_data.realisasi.find({ind.id, when});
   const bool has_recorded = recorded != m_data.realisasi.end();
   figure_value result;
   const lang::figure* formula = ind.formula_for(when);
   if (m_trace && !ind.value_versions.empty()) {
      note_formula_version(*m_trace, ind, when);
   }
   if (formula) {
      if (std::optional<missing> refused = enter(&ind, when, ind.where)) {
         return make_figure(std::move(*refused), std::nullopt);
      }
      result = make_figure(evaluate(*formula->formula, env{when, &ind, nullptr, nullptr, 0, 0}),
                           formula->places);
      leave(&ind, when);
      if (has_recorded) {
         const bool no_data = result.exact.is_missing() &&
                              result.exact.as_missing().why == missing::kind::no_data_for_period;
         if (no_data) {
            result = make_figure(recorded->second.amount, formula->places);
            result.from_data = true;
            note_recorded(recorded->second);
         }
         else if (result.shown.is_number() &&
                  (formula->places ? recorded->second.amount.round(*formula->places)
                                   : recorded->second.amount) != result.shown.as_number()) {
            auto& d = m_sink.warning(
               "W-REALISASI-GANDA", recorded->second.where,
               "realisasi " + ind.id + " " + when.to_string() + " tertulis " +
                  number_text(recorded->second.amount) + " tetapi rumusnya menghasilkan " +
                  result.shown.describe(),
               "hasil rumus yang dipakai; hapus baris ini atau perbaiki datanya");
            const lang::formula_version* version = ind.version_for(when);
            d.notes.push_back({formula->formula->where,
                               version ? "rumus realisasi, " + formula_version_text(ind, *version)
                                       : std::string("rumus realisasi")});
         }
      }
   }
   else if (has_recorded) {
      result = make_figure(recorded->second.amount, ind.value.places);
      result.from_data = true;
      note_recorded(recorded->second);
   }
   else {
      lang::place at;
      if (m_program.realisasi) {
         at = m_program.realisasi->where;
      }
      // Outside the periods of its formulas an indicator reads the data: the reason names both.
      result = make_figure(missing{missing::kind::no_data_for_period,
                                   "tidak ada realisasi " + ind.id + " periode " +
                                      when.to_string() + " di data realisasi" +
                                      (ind.value_versions.empty()
                                          ? std::string()
                                          : ", dan tidak ada rumus yang berlaku pada periode "
                                            "itu (" + formula_versions_text(ind) + ")"),
                                   at},
                           ind.value.places);
   }
   return result;
}

void evaluator::give(const given_figure& what, value v)
{
   m_rule_results.clear(); // a rule may read the figure given
   std::visit(
      [&](const auto& g) {
         using T = std::decay_t<decltype(g)>;
         if constexpr (std::is_same_v<T, given::reference>) {
            m_given_references[g.entity] = std::move(v);
         }
         else if constexpr (std::is_same_v<T, given::indicator_figure>) {
            switch (g.which) {
            case given::quantity::absorption:
               m_given_absorption[{g.ind, g.when}] = v.as_number();
               return;
            case given::quantity::target:
               m_given_target[{g.ind, g.when}] = v.as_number();
               return;
            case given::quantity::own_target:
               m_given_own_target[{g.ind, g.when}] = v.as_number();
               return;
            case given::quantity::realisasi:
            case given::quantity::achievement:
            case given::quantity::efficiency:
            case given::quantity::own_realisasi:
            case given::quantity::own_achievement:
               break;
            }
            auto& memo = g.which == given::quantity::realisasi         ? m_realisasi
                         : g.which == given::quantity::achievement     ? m_achievement
                         : g.which == given::quantity::own_realisasi   ? m_own_realisasi
                         : g.which == given::quantity::own_achievement ? m_own_achievement
                                                                       : m_efficiency;
            figure_value f;
            f.exact = f.shown = std::move(v);
            memo[{g.ind, g.when}] = f;
         }
         else if constexpr (std::is_same_v<T, given::named_figure>) {
            figure_value f;
            f.exact = f.shown = std::move(v);
            m_named[{g.value, g.when}] = f;
         }
         else if constexpr (std::is_same_v<T, given::budget_line>) {
            m_given_budget[{g.code, g.amount}] = v.as_number();
            m_budget_amounts[static_cast<std::size_t>(g.amount)].reset();
         }
         else if constexpr (std::is_same_v<T, given::renja_figure>) {
            m_given_renja[g.cell] = v.as_number();
         }
         else {
            m_given_label[{g.scale, g.used_at.file, g.used_at.begin, g.when, g.x}] = v.as_text();
         }
      },
      what);
}

value evaluator::target(const lang::indicator& ind, const period& when)
{
   if (const auto g = m_given_target.find({&ind, when}); g != m_given_target.end()) {
      return g->second;
   }
   if (std::optional<decimal> summed = summed_quarter_targets(ind, when)) {
      return *summed;
   }
   const auto* written = ind.target_for(when);
   if (!written) {
      return missing{missing::kind::no_target,
                     "target " + ind.id + " periode " + when.to_string() + " tidak ditulis",
                     ind.where};
   }
   return written->second.value;
}

// The target to date of `kumulatif jumlah`: a quarter's, a semester's or (without an annual
// target of its own) a year's is the sum of the own targets of its year's quarters up to its end
// when each of them is written, else of its semesters' when each of those is written (2024-S1: 6
// and 2024-S2: 6 give 12 at Semester II); otherwise none, and the written target applies.
std::optional<decimal> evaluator::summed_quarter_targets(const lang::indicator& ind,
                                                        const period& when)
{
   if (ind.accumulate != ast_accumulation::sum ||
       (when.grain == period::kind::quarter && when.part == 1) ||
       (when.grain == period::kind::year && ind.targets.contains(when))) {
      return std::nullopt;
   }
   const auto sum_of = [&](period::kind grain, int last) -> std::optional<decimal> {
      decimal sum;
      for (int part = 1; part <= last; ++part) {
         const auto it = ind.targets.find(period{when.year, grain, part});
         if (it == ind.targets.end()) {
            return std::nullopt;
         }
         sum = sum + it->second.value;
      }
      return sum;
   };
   const int last_quarter = when.last_quarter();
   if (std::optional<decimal> quarters = sum_of(period::kind::quarter, last_quarter)) {
      return quarters;
   }
   if (when.grain == period::kind::quarter) {
      return std::nullopt;
   }
   return sum_of(period::kind::semester, when.grain == period::kind::semester ? when.part : 2);
}

value evaluator::own_target(const lang::indicator& ind, const period& when)
{
   if (const auto g = m_given_own_target.find({&ind, when}); g != m_given_own_target.end()) {
      return g->second;
   }
   const auto it = ind.targets.find(when);
   if (it == ind.targets.end()) {
      return missing{missing::kind::no_target,
                     "target " + ind.id + " untuk " + when.display() + " sendiri tidak ditulis",
                     ind.where};
   }
   return it->second.value;
}

figure_value evaluator::own_achievement(const lang::indicator& ind, const period& when)
{
   const lang::place where = ind.achievement.formula
                                ? lang::place(ind.achievement.formula->where)
                                : lang::place(ind.achievement.where.valid() ? ind.achievement.where
                                                                             : ind.where);
   const char* label = when.grain == period::kind::quarter ? "capaian triwulan "
                                                            : "capaian periode ";
   return memoised(m_own_achievement, &ind, when, label + ind.id, where,
                   ind.achievement.formula ? "" : "rumus bawaan: realisasi / target x 100",
                   [&] { return compute_achievement_with(ind, when, true); });
}

value evaluator::target(const lang::indicator& ind, const period& when,
                        const lang::target_version* version)
{
   if (version == ind.measured) {
      return target(ind, when);
   }
   const lang::target_map* targets = ind.targets_of(version);
   const auto* written = targets ? lang::target_in(*targets, when) : nullptr;
   if (!written) {
      return missing{missing::kind::no_target,
                     "target " + (version ? version->name + " " : std::string()) + ind.id +
                        " periode " + when.to_string() + " tidak ditulis",
                     ind.where};
   }
   return written->second.value;
}

figure_value evaluator::achievement(const lang::indicator& ind, const period& when)
{
   const lang::place where = ind.achievement.formula
                                ? lang::place(ind.achievement.formula->where)
                                : lang::place(ind.achievement.where.valid() ? ind.achievement.where
                                                                             : ind.where);
   return memoised(m_achievement, &ind, when, "capaian " + ind.id, where,
                   ind.achievement.formula ? "" : "rumus bawaan: realisasi / target x 100",
                   [&] { return compute_achievement(ind, when); });
}

figure_value evaluator::compute_achievement(const lang::indicator& ind, const period& when)
{
   return compute_achievement_with(ind, when, false);
}

figure_value evaluator::compute_achievement_with(const lang::indicator& ind, const period& when,
                                                 bool own)
{
   // capaian(x) in a formula this capaian reads is a cycle, found at that reference.
   m_achieving.insert({&ind, when});
   struct done
   {
      std::set<std::pair<const lang::indicator*, period>>& active;
      std::pair<const lang::indicator*, period> key;
      ~done() { active.erase(key); }
   } guard{m_achieving, {&ind, when}};
   value exact;
   if (ind.achievement.formula) {
      exact = evaluate(*ind.achievement.formula, env{when, &ind, nullptr, nullptr, 0, 0, own});
   }
   else {
      // The capaian of a higher-is-better indicator: realisasi / target x 100.
      const value r = own ? own_realisasi(ind, when).shown : realisasi(ind, when).shown;
      const value t = own ? own_target(ind, when) : target(ind, when);
      if (const value* m = first_missing({&r, &t})) {
         exact = *m;
      }
      else if (t.as_number().is_zero()) {
         // A target given by a replay or an example may have no line in the rule file.
         const auto* written = ind.target_for(when);
         exact = division_by_zero(written ? written->second.where : ind.where,
                                  "target " + ind.id + " bernilai 0");
      }
      else {
         exact = *decimal::divide(r.as_number() * decimal(100), t.as_number());
      }
   }
   return make_figure(std::move(exact), ind.achievement.places);
}

figure_value evaluator::efficiency(const lang::indicator& ind, const period& when)
{
   const lang::place where = ind.efficiency.formula ? lang::place(ind.efficiency.formula->where)
                                                    : lang::place(ind.efficiency.where);
   return memoised(m_efficiency, &ind, when, "efisiensi " + ind.id, where,
                   ind.efficiency.formula ? "" : "rumus bawaan: capaian / serapan x 100",
                   [&] { return compute_efficiency(ind, when); });
}

figure_value evaluator::compute_efficiency(const lang::indicator& ind, const period& when)
{
   value exact;
   if (!ind.efficiency.where.valid()) {
      exact = missing{missing::kind::not_computed, "efisiensi tidak dinyatakan", ind.where};
   }
   else if (ind.efficiency.formula) {
      exact = evaluate(*ind.efficiency.formula, env{when, &ind, nullptr, nullptr, 0, 0});
   }
   else {
      // capaian kinerja / capaian anggaran x 100, from the figures as they are rounded.
      const value c = achievement(ind, when).shown;
      const value s = budget(ind, when).absorption.shown;
      if (const value* m = first_missing({&c, &s})) {
         exact = *m;
      }
      else if (s.as_number().is_zero()) {
         exact = division_by_zero(ind.efficiency.where, "serapan anggaran 0");
      }
      else {
         exact = *decimal::divide(c.as_number() * decimal(100), s.as_number());
      }
   }
   return make_figure(std::move(exact), ind.efficiency.places);
}

figure_value evaluator::named(const lang::named_value& v, const period& when)
{
   return memoised(m_named, &v, when, "nilai " + lang::display_name(v.owner, v.name),
                   lang::place(v.value->where), citation_text(v.info), [&] {
                      if (std::optional<missing> refused = enter(&v, when, v.where)) {
                         return make_figure(std::move(*refused), std::nullopt);
                      }
                      figure_value f = make_figure(
                         evaluate(*v.value, env{when, nullptr, nullptr, nullptr, 0, 0}), v.places);
                      leave(&v, when);
                      return f;
                   });
}

value evaluator::classify(const lang::scale* family, const value& x, const period& when,
                          lang::span used_at)
{
   if (!family) {
      return missing{missing::kind::not_computed, "tidak ada skala", used_at};
   }
   const lang::scale* s = lang::in_force(*family, when);
   if (!s) {
      return no_version(*family, when, "skala ");
   }
   if (!x.is_number()) {
      return x.is_missing() ? x : value(missing{missing::kind::unclassified, "bukan angka", used_at});
   }
   if (!m_given_label.empty()) {
      const auto g =
         m_given_label.find({family, used_at.file, used_at.begin, when, x.as_number()});
      if (g != m_given_label.end()) {
         return g->second;
      }
   }
   const auto hits = s->classify(x.as_number());
   if (hits.size() == 1) {
      if (m_trace) {
         const std::string citation = version_citation(*family, *s);
         m_trace->leaf(trace_node::kind::band,
                       "skala " + lang::display_name(s->owner, s->name) + ": " +
                          x.describe() + " masuk " + hits.front()->interval_text(),
                       hits.front()->where, hits.front()->label, citation);
      }
      return hits.front()->label;
   }
   const std::string name = lang::display_name(s->owner, s->name);
   if (hits.empty()) {
      missing none{missing::kind::unclassified,
                   x.describe() + " tidak masuk kelas mana pun pada skala " + name, s->where};
      if (m_trace) {
         m_trace->leaf(trace_node::kind::band, none.reason, s->where, none);
      }
      return none;
   }
   std::string bands;
   for (const lang::band* b : hits) {
      bands += (bands.empty() ? "" : " dan ") + ("\"" + b->label + "\" " + b->interval_text());
   }
   return missing{missing::kind::unclassified,
                  x.describe() + " masuk dua kelas pada skala " + name + ": " + bands, s->where};
}

// ---------------------------------------------------------------- expressions

std::optional<period> evaluator::period_of(const value& v) const
{
   if (v.is_period()) {
      return v.as_period();
   }
   if (v.is_text()) {
      return period::parse(v.as_text());
   }
   if (v.is_number()) {
      return period::parse(v.as_number().to_string()); // a year
   }
   return std::nullopt;
}

value evaluator::context(const ir::context_ref& c, const env& scope, lang::span where, bool exact)
{
   const lang::indicator* ind = scope.subject;
   const auto pick = [exact](const figure_value& f) { return exact ? f.exact : f.shown; };
   switch (c.name) {
   case ir::context_name::period:
      if (m_no_period) {
         return missing{missing::kind::not_computed, *m_no_period, where};
      }
      return scope.when;
   case ir::context_name::realisasi:
      return pick(scope.own ? own_realisasi(*ind, scope.when) : realisasi(*ind, scope.when));
   case ir::context_name::target:
      return scope.own ? own_target(*ind, scope.when) : target(*ind, scope.when);
   case ir::context_name::achievement:
      return pick(achievement(*ind, scope.when));
   case ir::context_name::absorption:
      return pick(budget(*ind, scope.when).absorption);
   case ir::context_name::budget_ceiling:
      return budget(*ind, scope.when).ceiling;
   case ir::context_name::budget_realisasi:
      return budget(*ind, scope.when).realised;
   }
   return missing{missing::kind::not_computed, "", where};
}

value evaluator::binary(const ir::expr& e, const ir::binary& b, const env& scope)
{
   using op = lang::ast::binary_op;
   const value lhs = evaluate(*b.lhs, scope);
   if (b.op == op::logical_and || b.op == op::logical_or) {
      if (lhs.is_missing()) {
         return lhs;
      }
      const bool decided = b.op == op::logical_and ? !lhs.as_bool() : lhs.as_bool();
      if (decided) {
         return lhs;
      }
      return evaluate(*b.rhs, scope);
   }
   const value rhs = evaluate(*b.rhs, scope);
   if (const value* m = first_missing({&lhs, &rhs})) {
      return *m;
   }
   if (lhs.is_period() && rhs.is_number() && (b.op == op::add || b.op == op::subtract)) {
      int steps = 0;
      switch (ops::period_step(b.op, rhs.as_number(), steps)) {
      case ops::step_status::not_integer:
         return missing{missing::kind::not_computed, "langkah periode harus bilangan bulat",
                        e.where};
      case ops::step_status::too_far:
         return missing{missing::kind::not_computed,
                        "langkah periode " + rhs.describe() + " terlalu jauh", e.where};
      case ops::step_status::ok:
         break;
      }
      return lhs.as_period().shifted(steps);
   }
   switch (b.op) {
   case op::add:
   case op::subtract:
   case op::multiply:
   case op::divide: {
      decimal out;
      if (ops::arithmetic(b.op, lhs.as_number(), rhs.as_number(), out) ==
          ops::status::zero_divisor) {
         return division_by_zero(e.where, std::string(b.rhs->where.text()) + " bernilai 0");
      }
      return out;
   }
   case op::equal:
      return lhs == rhs;
   case op::not_equal:
      return !(lhs == rhs);
   case op::less:
   case op::less_equal:
   case op::greater:
   case op::greater_equal:
   // dan/atau are evaluated before this point and never reach it; they order as before.
   case op::logical_and:
   case op::logical_or:
      break;
   }
   std::partial_ordering order = std::partial_ordering::unordered;
   if (lhs.is_number() && rhs.is_number()) {
      order = lhs.as_number() <=> rhs.as_number();
   }
   else if (lhs.is_text() && rhs.is_text()) {
      order = lhs.as_text() <=> rhs.as_text();
   }
   else if (lhs.is_period() && rhs.is_period()) {
      order = lhs.as_period() <=> rhs.as_period();
   }
   else {
      return missing{missing::kind::not_computed, "nilai tidak dapat dibandingkan", e.where};
   }
   return ops::holds(b.op, order < 0 ? -1 : order > 0 ? 1 : 0);
}

value evaluator::function(const ir::expr& e, const ir::function_call& f, const env& scope)
{
   using fn = ir::function;
   switch (f.fn) {
   case fn::available:
      return !evaluate(*f.args[0], scope).is_missing();
   case fn::if_missing: {
      value v = evaluate(*f.args[0], scope);
      return v.is_missing() ? evaluate(*f.args[1], scope) : v;
   }
   case fn::exact: {
      const ir::expr& arg = *f.args[0];
      if (const auto* ref = std::get_if<ir::indicator_ref>(&arg.node)) {
         return realisasi(*ref->target, scope.when).exact;
      }
      if (const auto* ref = std::get_if<ir::value_ref>(&arg.node)) {
         return named(*ref->target, scope.when).exact;
      }
      if (const auto* ref = std::get_if<ir::context_ref>(&arg.node)) {
         return context(*ref, scope, arg.where, true);
      }
      return evaluate(arg, scope);
   }
   case fn::realisasi_at:
   case fn::target_at:
   case fn::achievement_at:
   case fn::own_realisasi_at:
   case fn::own_achievement_at: {
      const auto& ind = *std::get<ir::indicator_ref>(f.args[0]->node).target;
      const value when = f.args.size() > 1 ? evaluate(*f.args[1], scope) : value(scope.when);
      if (when.is_missing()) {
         return when;
      }
      const auto p = period_of(when);
      if (!p) {
         return missing{missing::kind::not_computed, when.describe() + " bukan periode",
                        f.args[1]->where};
      }
      // A period reached again through other periods, or a chain of periods without end:
      // one error at the reference, whatever the period evaluated.
      const bool looped = f.fn == fn::realisasi_at || f.fn == fn::own_realisasi_at
                             ? m_active.contains({&ind, *p})
                          : f.fn == fn::achievement_at ? m_achieving.contains({&ind, *p})
                                                       : false;
      if (looped) {
         const std::string what =
         f.fn == fn::realisasi_at || f.fn == fn::own_realisasi_at ? "realisasi" : "capaian";
         m_sink.error("E-SIKLUS", e.where,
                      "rumus melingkar: " + what + " " + ind.id + " " + p->to_string() +
                         " dipakai untuk menghitung dirinya sendiri",
                      "periksa rujukan " + what + "(...; periode) yang kembali ke periode yang sama");
         return missing{missing::kind::not_computed, "rumus melingkar", e.where};
      }
      if (f.fn != fn::target_at &&
          m_active.size() + m_achieving.size() >= lang::limits::max_dependency_depth) {
         m_sink.error("E-BATAS", e.where,
                      "rantai rujukan antarperiode terlalu panjang (batas " +
                         std::to_string(lang::limits::max_dependency_depth) + " nama)",
                      "periksa rujukan realisasi(...; periode - 1) yang berantai ke periode "
                      "lampau");
         return missing{missing::kind::not_computed, "rantai rujukan terlalu panjang", e.where};
      }
      if (f.fn == fn::target_at) {
         const lang::target_version* version = f.version ? f.version : ind.measured;
         value t = target(ind, *p, version);
         if (m_trace) {
            target_leaf(*m_trace, ind, *p, t, version);
         }
         return t;
      }
      switch (f.fn) {
      case fn::achievement_at:
         return achievement(ind, *p).shown;
      case fn::own_realisasi_at:
         return own_realisasi(ind, *p).shown;
      case fn::own_achievement_at:
         return own_achievement(ind, *p).shown;
      default:
         return realisasi(ind, *p).shown;
      }
   }
   case fn::classify:
      return classify(f.scale_arg, evaluate(*f.args[0], scope), scope.when, e.where);
   case fn::sum:
   case fn::mean:
   case fn::min:
   case fn::max:
   case fn::round:
   case fn::round_even:
   case fn::truncate:
   case fn::abs:
   case fn::clamp:
   case fn::percent:
      break;
   }
   std::vector<value> args;
   for (const auto& a : f.args) {
      args.push_back(evaluate(*a, scope));
      if (args.back().is_missing()) {
         return args.back();
      }
   }
   const auto number = [&](std::size_t k) -> const decimal& { return args[k].as_number(); };
   decimal out;
   switch (f.fn) {
   case fn::sum:
      ops::sum<decimal>(args.size(), number, out);
      return out;
   case fn::mean:
      ops::mean<decimal>(args.size(), number, out);
      return out;
   case fn::min:
   case fn::max:
      return ops::extreme<decimal>(f.fn == fn::min, args.size(), number);
   case fn::round:
   case fn::round_even:
   case fn::truncate: {
      const auto places = static_cast<int>(number(1).to_int64().value_or(0));
      return ops::round(number(0), places, ops::rounding_of(f.fn));
   }
   case fn::abs:
      ops::absolute(number(0), out);
      return out;
   case fn::clamp:
      return ops::clamp(number(0), number(1), number(2));
   case fn::percent:
      if (ops::percent(number(0), number(1), out) == ops::status::zero_divisor) {
         return division_by_zero(e.where, std::string(f.args[1]->where.text()) + " bernilai 0");
      }
      return out;
   // Handled by the first switch, which returned.
   case fn::available:
   case fn::if_missing:
   case fn::exact:
   case fn::realisasi_at:
   case fn::target_at:
   case fn::achievement_at:
   case fn::own_realisasi_at:
   case fn::own_achievement_at:
   case fn::classify:
      break;
   }
   return missing{missing::kind::not_computed, "fungsi tidak dikenal", e.where};
}

value evaluator::aggregate(const ir::expr& e, const ir::aggregate& a, const env& scope)
{
   const auto it = m_data.tables.find(a.source);
   if (it == m_data.tables.end() && m_scanner) {
      if (std::optional<value> v = m_scanner->aggregate(e, a, scope)) {
         return *v;
      }
   }
   if (it == m_data.tables.end()) {
      return missing{missing::kind::no_data_for_period, "tabel " + a.source->name + " tidak terbaca",
                     a.source->where};
   }
   const loaded_table& t = it->second;
   const std::vector<std::size_t> rows = m_data.rows_for(t, scope.when);
   if (rows.empty()) {
      const bool dated = a.source->period_column || scope.when != m_data.data_period;
      return agg::no_rows(*a.source, dated ? std::optional(scope.when) : std::nullopt);
   }
   // The same accumulators as the roster engine, so both give the same value for the same rows.
   agg::aggregate_state state(a);
   // A trace shows the first rows of an aggregate and summarises the rest.
   trace_recorder* const tracing = m_trace;
   struct restore
   {
      trace_recorder*& slot;
      trace_recorder* saved;
      ~restore() { slot = saved; }
   } keep_trace{m_trace, m_trace};
   std::size_t visited = 0;
   for (std::size_t r : rows) {
      if (tracing && ++visited > trace_recorder::rows_shown) {
         m_trace = nullptr;
      }
      env row_scope = scope;
      row_scope.table = &t;
      row_scope.row = r;
      if (std::optional<value> lacking = feed(a, state, row_scope, r)) {
         return *lacking;
      }
   }
   if (tracing && visited > trace_recorder::rows_shown) {
      m_trace = tracing;
      m_trace->leaf(trace_node::kind::note,
                    "... dan " + std::to_string(visited - trace_recorder::rows_shown) +
                       " baris lain tabel " + a.source->name,
                    a.source->where, value{});
   }
   m_trace = tracing;
   return state.finish(e, scope.when, m_sink, [](std::uint64_t) { return value{}; });
}

std::vector<std::pair<std::size_t, decimal>> evaluator::rows_added(const ir::aggregate& a,
                                                                     const env& scope)
{
   std::vector<std::pair<std::size_t, decimal>> out;
   const auto it = m_data.tables.find(a.source);
   if (it == m_data.tables.end() || !a.row_value) {
      return out;
   }
   for (std::size_t r : m_data.rows_for(it->second, scope.when)) {
      env row_scope = scope;
      row_scope.table = &it->second;
      row_scope.row = r;
      if (a.filter) {
         const value keep = evaluate(*a.filter, row_scope);
         if (!keep.is_bool()) {
            return {};
         }
         if (!keep.as_bool()) {
            continue;
         }
      }
      const value v = evaluate(*a.row_value, row_scope);
      if (!v.is_number()) {
         return {};
      }
      out.emplace_back(r, v.as_number());
   }
   return out;
}

std::optional<value> evaluator::feed(const ir::aggregate& a, agg::aggregate_state& state,
                                     const env& row_scope, std::uint64_t ordinal)
{
   state.count_row();
   agg::accumulator* acc = a.group_by.empty() ? &state.single() : nullptr;
   std::string key;
   if (!acc) {
      std::vector<value> keys;
      for (const auto& k : a.group_by) {
         keys.push_back(evaluate(*k, row_scope));
         if (keys.back().is_missing()) {
            return keys.back();
         }
         agg::append_key(key, keys.back());
      }
      acc = &state.group(key, [&] { return keys; });
   }
   if (a.filter) {
      const value keep = evaluate(*a.filter, row_scope);
      if (keep.is_missing()) {
         return keep;
      }
      if (!keep.as_bool()) {
         return std::nullopt;
      }
   }
   acc->match();
   if (!a.row_value) {
      return std::nullopt;
   }
   value v = evaluate(*a.row_value, row_scope);
   if (lang::keeps_of(a.kind) == lang::kept::first) {
      acc->add_lookup(std::move(v), ordinal);
      return std::nullopt;
   }
   if (v.is_missing()) {
      return v;
   }
   if (lang::keeps_of(a.kind) == lang::kept::distinct) {
      key.clear();
      agg::append_key(key, v);
      acc->add_distinct(key);
   }
   else if (v.is_number()) {
      acc->add(v.as_number());
   }
   else {
      return missing{missing::kind::not_computed, v.describe() + " bukan angka",
                     a.row_value->where};
   }
   return std::nullopt;
}

value evaluator::cell(const loaded_table& t, std::size_t row, std::size_t column,
                      const period& when)
{
   if (!t.decl->columns[column].derived()) {
      return t.rows[row][column];
   }
   return derived_cell(ir::column_ref{t.decl, column}, env{when, nullptr, nullptr, &t, row, 0});
}

std::optional<std::uint64_t> evaluator::row_count(const lang::table& t, const period& when)
{
   const auto it = m_data.tables.find(&t);
   if (it != m_data.tables.end()) {
      return static_cast<std::uint64_t>(
         std::count(it->second.row_period.begin(), it->second.row_period.end(), when));
   }
   return m_scanner ? m_scanner->row_count(t, when) : std::nullopt;
}

// A derived column of a held table's row: its formula on that row, rounded as declared. Each
// cell is computed once per period (a table may be aggregated many times), except while tracing,
// when every step is shown.
value evaluator::derived_cell(const ir::column_ref& c, const env& scope)
{
   const lang::column& col = c.source->columns[c.column];
   const auto held = m_data.tables.find(c.source);
   const bool memo = !m_trace && held != m_data.tables.end() && &held->second == scope.table;
   std::optional<value>* slot = nullptr;
   if (memo) {
      auto& cells = m_derived[{c.source, c.column, scope.when}];
      cells.resize(scope.table->rows.size());
      slot = &cells[scope.row];
      if (*slot) {
         return **slot;
      }
   }
   value v = evaluate(*col.formula,
                      env{scope.when, nullptr, nullptr, scope.table, scope.row, scope.depth + 1});
   if (col.places) {
      v = round_value(v, *col.places);
   }
   if (slot) {
      *slot = v;
   }
   return v;
}

value evaluator::evaluate(const ir::expr& e, const env& scope)
{
   // Each level of a formula, and each formula it refers to, is a level of recursion here: the
   // depth is bounded before the stack is. `ind check` finds the formulas that are too deep;
   // chains through other periods are only found here.
   struct nesting
   {
      std::size_t& depth;
      ~nesting() { --depth; }
   } guard{++m_nesting};
   if (m_nesting > lang::limits::max_evaluation_depth) {
      if (!m_nesting_reported) {
         m_nesting_reported = true;
         m_sink.error("E-BATAS", e.where,
                      "perhitungan bersarang terlalu dalam (batas " +
                         std::to_string(lang::limits::max_evaluation_depth) + " tingkat)",
                      "pecah rumus yang panjang atau kurangi rantai rujukannya");
      }
      return missing{missing::kind::not_computed, "batas kedalaman", e.where};
   }
   // Literals say nothing an auditor cannot read in the formula itself.
   if (!m_trace || std::holds_alternative<ir::literal>(e.node)) {
      return evaluate_bounded(e, scope);
   }
   m_trace->open(trace_node::kind::expression, std::string(e.where.text()), e.where);
   value v = evaluate_bounded(e, scope);
   m_trace->close(v);
   return v;
}

// An operation whose exact result would be too large to compute with is reported at the
// formula that asked for it; the figure is then not available.
value evaluator::evaluate_bounded(const ir::expr& e, const env& scope)
{
   try {
      return evaluate_node(e, scope);
   }
   catch (const value_too_large& big) {
      return too_large(e.where, big);
   }
}

missing evaluator::too_large(const lang::place& where, const value_too_large& e)
{
   m_sink.error("E-BATAS", where, std::string("hasil rumus ini terlalu besar: ") + e.what(),
                "periksa rumus yang mengalikan atau membagi berulang kali");
   return missing{missing::kind::not_computed, e.what(), where};
}

namespace {

// Ranks the kinds of value a remembered rule call may take as argument.
int kind_rank(const value& v)
{
   return v.is_number() ? 0 : v.is_bool() ? 1 : v.is_text() ? 2 : 3;
}

bool rememberable(const value& v)
{
   return v.is_number() || v.is_bool() || v.is_text() || v.is_period();
}

// Orders values of the kinds rememberable() accepts.
std::strong_ordering compare_plain(const value& a, const value& b)
{
   if (const auto by_kind = kind_rank(a) <=> kind_rank(b); by_kind != 0) {
      return by_kind;
   }
   if (a.is_number()) {
      return a.as_number() <=> b.as_number();
   }
   if (a.is_bool()) {
      return a.as_bool() <=> b.as_bool();
   }
   if (a.is_text()) {
      return a.as_text() <=> b.as_text();
   }
   return a.as_period() <=> b.as_period();
}

} // namespace

bool evaluator::rule_call_order::operator()(const rule_call_key& a, const rule_call_key& b) const
{
   const auto head = [](const rule_call_key& k) {
      return std::make_tuple(reinterpret_cast<std::uintptr_t>(k.version), k.when,
                             reinterpret_cast<std::uintptr_t>(k.subject), k.depth, k.args.size());
   };
   if (head(a) != head(b)) {
      return head(a) < head(b);
   }
   for (std::size_t i = 0; i < a.args.size(); ++i) {
      if (const auto order = compare_plain(a.args[i], b.args[i]); order != 0) {
         return order < 0;
      }
   }
   return false;
}

// A call of an `aturan`. Its result is remembered for the same arguments (see m_rule_results);
// the bodies evaluated under one outermost call are counted against a limit as well, so that
// a file never runs away, also where nothing can be remembered (missing arguments, a trace).
value evaluator::call_rule(const ir::expr& e, const ir::rule_call& call, const env& scope)
{
   std::vector<value> args;
   for (const auto& a : call.args) {
      args.push_back(evaluate(*a, scope));
   }
   const lang::rule* version = lang::in_force(*call.callee, scope.when);
   if (!version) {
      return no_version(*call.callee, scope.when);
   }
   const auto title = [&] {
      return "aturan " + lang::display_name(version->owner, version->name);
   };
   const bool remember = std::all_of(args.begin(), args.end(), rememberable);
   rule_call_key key;
   if (remember) {
      key = rule_call_key{version, scope.when, scope.subject, scope.depth, args};
      if (const auto it = m_rule_results.find(key); it != m_rule_results.end()) {
         if (m_trace) {
            std::string shown_args;
            for (const value& a : args) {
               shown_args += (shown_args.empty() ? "" : "; ") + a.describe();
            }
            m_trace->leaf(trace_node::kind::reference, title() + "(" + shown_args + ")",
                          version->where, it->second);
         }
         return it->second;
      }
   }
   if (m_rule_calls_open == 0) {
      m_rule_calls_spent = 0;
      m_rule_calls_reported = false;
   }
   if (++m_rule_calls_spent > lang::limits::max_rule_calls) {
      if (!m_rule_calls_reported) {
         m_rule_calls_reported = true;
         m_sink.error("E-BATAS", e.where,
                      "aturan dipanggil terlalu banyak kali untuk satu hasil (batas " +
                         std::to_string(lang::limits::max_rule_calls) + " panggilan)",
                      "hitung bagian yang dipakai berulang sekali saja, mis. sebagai 'nilai' "
                      "bernama");
      }
      return missing{missing::kind::not_computed, "batas panggilan aturan", e.where};
   }
   if (m_trace) {
      m_trace->leaf(trace_node::kind::note, title(), version->where, value{},
                    version_citation(*call.callee, *version));
   }
   const std::size_t reported = m_sink.error_count() + m_sink.warning_count();
   struct open_call
   {
      std::size_t& open;
      ~open_call() { --open; }
   } guard{++m_rule_calls_open};
   env inner{scope.when, scope.subject, &args, nullptr, 0, scope.depth + 1};
   value result = evaluate(*version->body, inner);
   // A call that reported something, or met a limit, is computed again where it recurs, so
   // that it reports the same there.
   const bool limited =
      result.is_missing() && result.as_missing().why == missing::kind::not_computed;
   if (remember && !limited && m_sink.error_count() + m_sink.warning_count() == reported) {
      m_rule_results.emplace(std::move(key), result);
   }
   return result;
}

value evaluator::evaluate_node(const ir::expr& e, const env& scope)
{
   if (scope.depth > lang::limits::max_call_depth) {
      m_sink.error("E-BATAS", e.where,
                   "aturan memanggil aturan terlalu dalam (batas " +
                      std::to_string(lang::limits::max_call_depth) + ")");
      return missing{missing::kind::not_computed, "batas kedalaman", e.where};
   }
   return std::visit(
      [&](const auto& node) -> value {
         using T = std::decay_t<decltype(node)>;
         if constexpr (std::is_same_v<T, ir::literal>) {
            return std::visit([](const auto& v) { return value(v); }, node.value);
         }
         else if constexpr (std::is_same_v<T, ir::context_ref>) {
            return context(node, scope, e.where, false);
         }
         else if constexpr (std::is_same_v<T, ir::constant_ref>) {
            if (auto it = m_given_references.find(lang::given_target(node.target)); it != m_given_references.end()) {
               return it->second;
            }
            // An agency's `ubah` replaces every version; otherwise the version in force.
            const lang::constant* version = lang::in_force(*node.target, scope.when);
            const lang::ir::expr* source =
               node.target->changed ? node.target->changed->value.get()
               : version            ? version->value.get()
                                    : nullptr;
            if (!source) {
               return no_version(*node.target, scope.when);
            }
            if (m_trace) {
               const lang::constant& shown = version ? *version : *node.target;
               std::string detail = version_citation(*node.target, shown);
               if (node.target->changed) {
                  detail = "diubah instansi (" + citation_text(node.target->changed->info) +
                           "); nilai pustaka: " + std::string(shown.value->where.text()) + "; " +
                           detail;
               }
               m_trace->leaf(trace_node::kind::note,
                             "tetapan " + lang::display_name(shown.owner, shown.name),
                             node.target->changed ? lang::place(node.target->changed->where)
                                                  : lang::place(shown.where),
                             value{}, detail);
            }
            if (const auto it = m_constants.find(source); it != m_constants.end()) {
               return it->second;
            }
            value v = evaluate(*source, env{scope.when, nullptr, nullptr, nullptr, 0,
                                            scope.depth + 1});
            m_constants.emplace(source, v);
            return v;
         }
         else if constexpr (std::is_same_v<T, ir::value_ref>) {
            if (auto it = m_given_references.find(lang::given_target(node.target)); it != m_given_references.end()) {
               return it->second;
            }
            const lang::named_value* version = lang::in_force(*node.target, scope.when);
            if (!version) {
               return no_version(*node.target, scope.when);
            }
            return named(*version, scope.when).shown;
         }
         else if constexpr (std::is_same_v<T, ir::indicator_ref>) {
            if (auto it = m_given_references.find(lang::given_target(node.target)); it != m_given_references.end()) {
               return it->second;
            }
            return realisasi(*node.target, scope.when).shown;
         }
         else if constexpr (std::is_same_v<T, ir::weight_ref>) {
            const lang::weight_set* version = lang::in_force(*node.set, scope.when);
            if (!version) {
               return no_version(*node.set, scope.when);
            }
            if (m_trace) {
               m_trace->leaf(trace_node::kind::note,
                             "bobot " + lang::display_name(version->owner, version->name),
                             version->where, value{}, version_citation(*node.set, *version));
            }
            for (const lang::weight_item& item : version->items) {
               if (item.name == node.item) {
                  return item.weight;
               }
            }
            return missing{missing::kind::not_computed,
                           "komponen " + node.item + " tidak ada pada bobot " + node.set->name +
                              " yang berlaku periode " + scope.when.to_string(),
                           e.where};
         }
         else if constexpr (std::is_same_v<T, ir::parameter_ref>) {
            return (*scope.args)[node.index];
         }
         else if constexpr (std::is_same_v<T, ir::column_ref>) {
            if (node.source->columns[node.column].derived()) {
               return derived_cell(node, scope);
            }
            const value& cell = scope.table->rows[scope.row][node.column];
            if (m_trace) {
               const auto& col = node.source->columns[node.column];
               m_trace->leaf(trace_node::kind::cell,
                             "kolom " + col.header + ", baris " +
                                std::to_string(scope.table->cells[scope.row][node.column].file
                                                  ->line_of(scope.table->cells[scope.row][node.column].begin)),
                             scope.table->cells[scope.row][node.column], cell);
            }
            return cell;
         }
         else if constexpr (std::is_same_v<T, ir::unary>) {
            const value v = evaluate(*node.operand, scope);
            if (v.is_missing()) {
               return v;
            }
            if (node.op == lang::ast::unary_op::logical_not) {
               return !v.as_bool();
            }
            return -v.as_number();
         }
         else if constexpr (std::is_same_v<T, ir::binary>) {
            return binary(e, node, scope);
         }
         else if constexpr (std::is_same_v<T, ir::conditional>) {
            const value c = evaluate(*node.condition, scope);
            if (c.is_missing()) {
               return c;
            }
            return evaluate(c.as_bool() ? *node.then_value : *node.else_value, scope);
         }
         else if constexpr (std::is_same_v<T, ir::choose>) {
            const value subject = evaluate(*node.subject, scope);
            if (subject.is_missing()) {
               return subject;
            }
            for (const ir::choice_arm& arm : node.arms) {
               for (const auto& key : arm.keys) {
                  const value k = std::visit([](const auto& x) { return value(x); }, key);
                  if (k == subject) {
                     return evaluate(*arm.value, scope);
                  }
               }
            }
            if (node.otherwise) {
               return evaluate(*node.otherwise, scope);
            }
            return missing{missing::kind::no_match,
                           subject.describe() + " tidak ada di daftar pilihan", e.where};
         }
         else if constexpr (std::is_same_v<T, ir::rule_call>) {
            return call_rule(e, node, scope);
         }
         else if constexpr (std::is_same_v<T, ir::function_call>) {
            return function(e, node, scope);
         }
         else {
            static_assert(std::is_same_v<T, ir::aggregate>);
            return aggregate(e, node, scope);
         }
      },
      e.node);
}

} // namespace ind::rt
