#include "runtime/audit_renja.hpp"

#include <algorithm>

namespace ind::rt {

namespace {

struct cell_named
{
   std::size_t row = 0;
   renja_side side = renja_side::k;
   int column = 0;
   bool band = false;
};

std::optional<cell_named> named_cell(const std::vector<renja_row>& rows, const printed_figure& f)
{
   const std::optional<std::size_t> row = renja_row_of(rows, f.object);
   if (!row) {
      return std::nullopt;
   }
   cell_named out;
   out.row = *row;
   for (const renja_side side : {renja_side::k, renja_side::rp}) {
      if (f.quantity == renja_band_quantity(side)) {
         out.side = side;
         out.column = 14;
         out.band = true;
         return out;
      }
   }
   const auto q = renja_quantity_of(f.quantity);
   if (!q) {
      return std::nullopt;
   }
   out.side = q->first;
   out.column = q->second;
   return out;
}

const char* rule_of(int column)
{
   switch (column) {
   case 13:
      return "(13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan";
   case 14:
      return "(14) = (13) / (8) x 100";
   case 15:
      return "(15) = (7) + (13)";
   case 16:
      return "(16) = (15) / (6) x 100";
   default:
      return nullptr;
   }
}

} // namespace

bool is_renja(const printed_figure& f)
{
   return f.object.starts_with(renja_object_prefix);
}

std::optional<renja_computed> renja_figure_of(const lang::program& p, evaluator& e,
                                              const printed_figure& f,
                                              lang::diagnostic_sink& sink)
{
   const std::vector<renja_row>& rows = e.data().renja;
   if (!p.renja) {
      sink.error("E-TERCETAK", f.where, "objek '" + f.object + "' menunjuk form renja",
                 "berkas aturan tidak menyatakan renja \"renja.csv\"");
      return std::nullopt;
   }
   if (!renja_row_of(rows, f.object)) {
      sink.error("E-TERCETAK", f.where, "kode renja '" + f.object.substr(6) + "' tidak ada di data renja",
                 "objek renja:<kode>, atau renja:<kode>:<n> untuk indikator ke-n kode itu");
      return std::nullopt;
   }
   const std::optional<cell_named> cell = named_cell(rows, f);
   if (!cell || (cell->side == renja_side::rp && !rows[cell->row].carries_budget)) {
      sink.error("E-TERCETAK", f.where, "besaran '" + f.quantity + "' bukan sel form renja ini",
                 "besaran form renja: k6 ... k16, rp6 ... rp16 (Rp pada baris pertama kode), "
                 "predikat_k14, predikat_rp14");
      return std::nullopt;
   }
   const renja_form form = e.renja(f.when);
   const renja_line& line = form.lines[cell->row];
   renja_computed out;
   const auto i = static_cast<std::size_t>(cell->column - renja_first_column);
   if (cell->band) {
      out.scale = p.renja->bands;
      out.exact = cell->side == renja_side::k ? line.k_band : line.rp_band;
      out.rule = "skala predikat atas (14)";
      if (!out.scale) {
         sink.error("E-TERCETAK", f.where, "renja tanpa skala predikat",
                    "tambahkan predikat <skala> pada deklarasi renja");
         return std::nullopt;
      }
      return out;
   }
   out.exact = cell->side == renja_side::k ? line.k[i] : line.rp[i];
   const char* rule = rule_of(cell->column);
   const std::string& code = rows[cell->row].code;
   const bool parent = std::any_of(rows.begin(), rows.end(), [&](const renja_row& other) {
      return is_descendant(other.code, code);
   });
   out.rule = rule                                      ? std::string(rule)
              : cell->side == renja_side::rp && parent ? "jumlah kode di bawah " + code
                                                       : "dari " + e.data().renja_file;
   return out;
}

bool give_renja(const lang::program& p, evaluator& replay, const printed_figure& f,
                const std::optional<decimal>& number)
{
   if (!p.renja || !number) {
      return false;
   }
   const std::optional<cell_named> cell = named_cell(replay.data().renja, f);
   if (!cell || cell->band) {
      return false;
   }
   replay.give(given::renja_figure{{cell->row, cell->side, cell->column}}, *number);
   return true;
}

std::string mark_renja(report::document& doc, const evaluator& e, const printed_figure& f,
                       std::size_t id)
{
   const std::vector<renja_row>& rows = e.data().renja;
   const std::optional<cell_named> cell = named_cell(rows, f);
   if (!cell) {
      return f.object;
   }
   const std::string subject = "renja " + rows[cell->row].code + " " + rows[cell->row].indicator;
   if (!doc.renja || f.when != doc.when || cell->row >= doc.renja->rows.size()) {
      return subject;
   }
   report::renja_row& row = doc.renja->rows[cell->row];
   const auto add = [&](std::vector<std::size_t>& findings) {
      if (findings.empty() || findings.back() != id) {
         findings.push_back(id);
      }
   };
   const auto i = static_cast<std::size_t>(cell->column - renja_first_column);
   if (cell->band) {
      add(cell->side == renja_side::k ? row.k_band.findings : row.rp_band.findings);
   }
   else {
      add(cell->side == renja_side::k ? row.k[i].findings : row.rp[i].findings);
   }
   return subject;
}

} // namespace ind::rt
