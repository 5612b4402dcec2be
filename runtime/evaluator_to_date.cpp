// The realisasi to date a data file gives for a quarter (`nilai_kumulatif` in realisasi.csv) of an
// indicator with `kumulatif`: used as the figure to date when the quarter's own `nilai` is empty
// (the own figure is then derived from it), and checked against the quarters' own when both are
// written (W-KUMULATIF-BEDA).
#include "runtime/evaluator.hpp"

#include "runtime/core.hpp"

#include <utility>

namespace ind::rt {

namespace {

std::string number_text(const decimal& d)
{
   return value(d).describe();
}

} // namespace

const realisasi_entry* evaluator::to_date_only(const lang::indicator& ind, const period& quarter)
{
   if (ind.value.formula) {
      return nullptr; // a formula computes the quarter's own; the row's to date is only checked
   }
   const auto key = std::make_pair(ind.id, quarter);
   const auto it = m_data.realisasi_to_date.find(key);
   if (it == m_data.realisasi_to_date.end() || m_data.realisasi.contains(key)) {
      return nullptr;
   }
   return &it->second;
}

figure_value evaluator::given_to_date(const lang::indicator& ind, const realisasi_entry& row,
                                      const period& quarter)
{
   if (m_trace) {
      m_trace->leaf(trace_node::kind::cell,
                    "realisasi kumulatif s.d. " + quarter.display() + " tercatat di data "
                    "(nilai_kumulatif)",
                    row.where, row.amount);
   }
   figure_value f = make_figure(row.amount, ind.value.places);
   f.from_data = true;
   return f;
}

// A quarter's own realisasi from its realisasi to date: the same for `akhir` and for TW I; for
// `jumlah` the figure to date less the one to the quarter before; for `rata` q × the figure to
// date less (q - 1) × the one before, exactly, from the figures as written.
figure_value evaluator::own_from_to_date(const lang::indicator& ind, const realisasi_entry& row,
                                         const period& quarter)
{
   const lang::ast::accumulation how = *ind.accumulate;
   if (how == lang::ast::accumulation::last || quarter.part == 1) {
      return given_to_date(ind, row, quarter);
   }
   const period before{quarter.year, period::kind::quarter, quarter.part - 1};
   const figure_value earlier = realisasi(ind, before);
   if (!earlier.shown.is_number()) {
      return make_figure(missing{missing::kind::no_data_for_period,
                                 "realisasi " + ind.id + " " + quarter.display() +
                                    " sendiri tidak dapat diturunkan dari realisasi kumulatifnya: "
                                    "realisasi s.d. " + before.display() + " tidak tersedia",
                                 lang::place(row.where)},
                         ind.value.places);
   }
   const decimal prior = earlier.shown.as_number();
   decimal own = row.amount - prior;
   std::string how_text = number_text(row.amount) + " - " + number_text(prior);
   if (how == lang::ast::accumulation::mean) {
      const decimal q(static_cast<std::int64_t>(quarter.part));
      const decimal p(static_cast<std::int64_t>(quarter.part - 1));
      own = row.amount * q - prior * p;
      how_text = number_text(row.amount) + " x " + std::to_string(quarter.part) + " - " +
                 number_text(prior) + " x " + std::to_string(quarter.part - 1);
   }
   if (m_trace) {
      m_trace->leaf(trace_node::kind::note,
                    "diturunkan dari realisasi kumulatif s.d. " + quarter.display() + " dan s.d. " +
                       before.display() + " (kumulatif " + lang::ast::accumulation_name(how) +
                       "): " + how_text,
                    row.where, own);
   }
   figure_value f = make_figure(own, ind.value.places);
   f.from_data = earlier.from_data;
   return f;
}

// Each quarter up to `end` whose row gives both its own realisasi and its realisasi to date: the
// latter must be what `kumulatif` makes of the quarters' own (`computed`, for `end` itself).
// Earlier quarters are computed for the check without a trace; each row is checked once.
void evaluator::check_to_date_rows(const lang::indicator& ind, const period& end,
                                   const figure_value& computed)
{
   for (int q = 1; q <= end.part; ++q) {
      const period quarter{end.year, period::kind::quarter, q};
      const auto key = std::make_pair(ind.id, quarter);
      const auto given = m_data.realisasi_to_date.find(key);
      if (given == m_data.realisasi_to_date.end() || to_date_only(ind, quarter) ||
          !m_to_date_checked.insert(key).second) {
         continue;
      }
      figure_value f = computed;
      if (q < end.part) {
         trace_recorder* const trace = std::exchange(m_trace, nullptr);
         f = realisasi(ind, quarter);
         m_trace = trace;
      }
      if (!f.shown.is_number()) {
         continue; // the quarters lack a figure: W-KUMULATIF-KOSONG says which
      }
      const decimal written = ind.value.places ? given->second.amount.round(*ind.value.places)
                                               : given->second.amount;
      if (written == f.shown.as_number()) {
         continue;
      }
      const lang::ast::accumulation how = *ind.accumulate;
      std::string own;
      if (const auto row = m_data.realisasi.find(key); row != m_data.realisasi.end()) {
         own = "; nilai " + quarter.display() + " sendiri " + number_text(row->second.amount);
      }
      ++m_to_date_disagreements;
      auto& d = m_sink.warning(
         "W-KUMULATIF-BEDA", given->second.where,
         "realisasi kumulatif " + ind.id + " s.d. " + quarter.display() + " tertulis " +
            number_text(written) + " tetapi realisasi tiap triwulan (kumulatif " +
            lang::ast::accumulation_name(how) + ") menghasilkan " +
            number_text(f.shown.as_number()) + own,
         "nilai_kumulatif memuat realisasi TW I s.d. " + quarter.display() +
            ", kolom nilai realisasi triwulan itu saja; perbaiki salah satunya (dipakai " +
            number_text(f.shown.as_number()) + ", dari kolom nilai)");
      d.notes.push_back({ind.accumulate_where, "cara kumulatif"});
      if (const auto row = m_data.realisasi.find(key); row != m_data.realisasi.end()) {
         d.notes.push_back({row->second.where, "nilai " + quarter.display() + " sendiri"});
      }
   }
}

} // namespace ind::rt
