#include "runtime/data/budget_quarters.hpp"

#include "core/number_format.hpp"

#include <string>

namespace ind::rt {

namespace {

std::string rupiah_text(const decimal& d)
{
   return format_number(d, d == d.round(0) ? 0 : 2, locale::id);
}

} // namespace

void resolve_budget_quarters(dataset& out, const std::vector<budget_quarter_cells>& cells,
                             int quarter, lang::diagnostic_sink& sink)
{
   const std::string to_date = "s.d. TW " + std::string(quarter == 1   ? "I"
                                                        : quarter == 2 ? "II"
                                                        : quarter == 3 ? "III"
                                                                       : "IV");
   for (std::size_t i = 0; i < out.budget.size(); ++i) {
      budget_line& line = out.budget[i];
      const budget_quarter_cells& own = cells[i];
      const std::size_t plan = static_cast<std::size_t>(quarter - 1);
      const std::size_t spent = plan + 4;
      line.plan_quarter = own.cells[plan];
      line.plan_where = own.where[plan];
      line.spent_quarter = own.cells[spent];
      line.spent_where = own.where[spent];

      // RAK to date: every quarter's plan, or not available.
      decimal plans;
      line.plan_to_date = decimal();
      for (std::size_t k = 0; k <= plan; ++k) {
         if (!own.cells[k].is_number()) {
            line.plan_to_date =
               missing{missing::kind::incomplete,
                       "rencana " + to_date + " tidak lengkap: " + budget_quarter_header[k] +
                          " kosong",
                       lang::place(own.where[k])};
            break;
         }
         plans = plans + own.cells[k].as_number();
      }
      if (line.plan_to_date.is_number()) {
         line.plan_to_date = plans;
      }

      // Spending to date: the sum of the quarters' own spending.
      decimal sum;
      std::size_t empty = 0;
      std::size_t first_empty = 0;
      for (std::size_t k = 4; k <= spent; ++k) {
         if (own.cells[k].is_number()) {
            sum = sum + own.cells[k].as_number();
         }
         else if (empty++ == 0) {
            first_empty = k;
         }
      }
      if (empty == plan + 1) {
         continue; // no quarter written: the written realisasi, if any, as in an annual file
      }
      if (empty > 0) {
         // A cell that does not read is an error already (E-DATA-NILAI); a parent line's is
         // recomputed from the lines below it.
         const bool unread = own.unread[first_empty];
         const std::string why = "realisasi anggaran " + line.code + " " + to_date +
                                 " tidak dapat dihitung: " + budget_quarter_header[first_empty] +
                                 (unread ? " tidak terbaca" : " kosong");
         if (out.budget_links.leaf(i) && !unread) {
            sink.warning("W-ANGGARAN-TW-KOSONG", own.where[first_empty], why,
                         std::string("isi ") + budget_quarter_header[first_empty] +
                            " (0 bila memang tidak ada belanja); triwulan yang kosong tidak "
                            "dibaca sebagai 0, dan jumlah triwulan yang lain tidak dipakai");
         }
         line.realised = missing{missing::kind::no_data_for_period, why,
                                 lang::place(own.where[first_empty])};
         continue;
      }
      if (line.realised.is_number() && line.realised.as_number() != sum) {
         std::string terms;
         for (std::size_t k = 4; k <= spent; ++k) {
            terms += std::string(terms.empty() ? "" : " + ") + budget_quarter_header[k];
         }
         sink.warning("W-ANGGARAN-KUMULATIF", line.realised_where,
                      "realisasi anggaran " + line.code + " " + to_date + " tertulis " +
                         rupiah_text(line.realised.as_number()) + ", tetapi " + terms + " = " +
                         rupiah_text(sum) + "; yang dipakai " + rupiah_text(sum),
                      "realisasi s.d. triwulan adalah jumlah realisasi tiap triwulan; perbaiki "
                      "kolom realisasi atau kolom triwulannya (atau kosongkan kolom realisasi)");
         ++out.budget_disagreements;
      }
      line.realised = sum;
   }
}

} // namespace ind::rt
