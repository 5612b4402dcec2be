#include "runtime/report/model.hpp"

#include <algorithm>

namespace ind::rt::report {

namespace {

// Decimals shown for a value the rules do not round: its own, when it has a finite expansion.
constexpr int fallback_places = 4;

number to_number(const value& v, std::optional<int> places)
{
   number out;
   if (v.is_missing()) {
      out.note = v.as_missing().reason;
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
   if (v.is_text()) {
      return {v.as_text(), {}};
   }
   return {std::nullopt, v.is_missing() ? v.as_missing().reason : std::string{}};
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
   budget_row budget_line(const std::string& code, const std::string& name, std::size_t depth,
                          const budget_figures& figures);
   void warn_unavailable(const lang::indicator& ind, const char* figure, const value& v);
   void warn_total(const value& written, const value& recomputed, lang::span where,
                   const char* what, const std::string& code);

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

indicator_row builder::indicator(const lang::indicator& ind)
{
   indicator_row row;
   row.id = ind.id;
   row.name = ind.title;
   row.level = ind.level ? lang::ast::level_name(*ind.level) : "";
   row.parent = ind.parent ? ind.parent->id : "";
   row.unit = ind.unit;
   row.direction = ind.dir == lang::ast::direction::up ? "naik" : "turun";

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

   const figure_value c = m_eval.achievement(ind, m_when);
   row.achievement = to_number(c.shown, ind.achievement.places);
   if (!r.shown.is_missing() && !t.is_missing()) {
      warn_unavailable(ind, "capaian", c.shown);
   }
   if (ind.achievement_scale) {
      const value band = m_eval.classify(ind.achievement_scale, c.shown, ind.where);
      row.achievement_band = to_label(band);
      if (!c.shown.is_missing()) {
         warn_unavailable(ind, "predikat", band);
      }
   }
   if (ind.value_scale) {
      const value band = m_eval.classify(ind.value_scale, r.shown, ind.where);
      row.value_band = to_label(band);
      if (!r.shown.is_missing()) {
         warn_unavailable(ind, "kategori", band);
      }
   }
   row.has_budget = ind.has_budget();
   if (row.has_budget) {
      const budget_figures b = m_eval.budget(ind);
      row.budget_ceiling = to_number(b.ceiling, std::nullopt);
      row.budget_realised = to_number(b.realised, std::nullopt);
      row.absorption = to_number(b.absorption.shown, b.absorption.places);
   }
   if (ind.efficiency.where.valid()) {
      const figure_value e = m_eval.efficiency(ind, m_when);
      row.efficiency = to_number(e.shown, ind.efficiency.places);
      if (!c.shown.is_missing()) {
         warn_unavailable(ind, "efisiensi", e.shown);
      }
      if (ind.efficiency_scale) {
         const value band = m_eval.classify(ind.efficiency_scale, e.shown, ind.where);
         row.efficiency_band = to_label(band);
         if (!e.shown.is_missing()) {
            warn_unavailable(ind, "predikat efisiensi", band);
         }
      }
   }
   for (const auto& [when, target] : ind.targets) {
      row.targets.push_back({when, to_number(target.value, target_places(target.value))});
   }
   // Earlier years, for the comparisons of Bab III: only those the data can give.
   if (m_when.grain == period::kind::year) {
      for (int back = 5; back >= 1; --back) {
         const period earlier = m_when.shifted(-back);
         const figure_value past = m_eval.realisasi(ind, earlier);
         if (!past.shown.is_missing()) {
            row.history.push_back({earlier, to_number(past.shown, ind.value.places)});
         }
      }
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
   if (m_program.budget && m_program.budget->absorption_scale) {
      row.band = to_label(m_eval.classify(m_program.budget->absorption_scale,
                                          figures.absorption.shown, m_program.budget->where));
   }
   return row;
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
         const figure_value f = m_eval.named(*v, m_when);
         doc.values.push_back({v->name, v->title, to_number(f.shown, v->places)});
      }
   }
   if (m_program.budget && m_when == m_eval.data().data_period) {
      for (const rt::budget_line& line : m_eval.data().budget) {
         const auto depth = static_cast<std::size_t>(
            std::count(line.code.begin(), line.code.end(), '.'));
         const budget_figures figures = m_eval.budget_for_code(line.code);
         warn_total(line.ceiling, figures.ceiling, line.ceiling_where, "pagu", line.code);
         warn_total(line.realised, figures.realised, line.realised_where, "realisasi", line.code);
         doc.budget.push_back(budget_line(line.code, line.name, depth, figures));
      }
      if (!doc.budget.empty()) {
         doc.budget_total = budget_line("", "Jumlah", 0, m_eval.budget_total());
      }
   }
   return doc;
}

} // namespace

document build(const lang::program& p, evaluator& eval, const period& when,
               lang::diagnostic_sink& sink)
{
   return builder(p, eval, when, sink).run();
}

} // namespace ind::rt::report
