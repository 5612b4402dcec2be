#include "runtime/data/renja.hpp"

#include "runtime/data/budget.hpp"

#include <algorithm>

namespace ind::rt {

namespace {

constexpr std::array<const char*, 4> quarter_names = {"TW I", "TW II", "TW III", "TW IV"};

constexpr std::size_t at(int column)
{
   return static_cast<std::size_t>(column - renja_first_column);
}

// "(9) TW II": how a reason names a column.
std::string column_name(int column)
{
   std::string out = "(";
   out += std::to_string(column);
   out += ")";
   if (column >= 9 && column <= 12) {
      out += " ";
      out += quarter_names[static_cast<std::size_t>(column - 9)];
   }
   return out;
}

const char* side_name(renja_side side)
{
   return side == renja_side::k ? "K" : "Rp";
}

value not_available(missing::kind why, std::string reason, lang::span where = {})
{
   return missing{why, std::move(reason), where};
}

// The given cell, if the audit gave one.
const decimal* given_cell(const renja_given& given, std::size_t row, renja_side side, int column)
{
   const auto it = given.find({row, side, column});
   return it == given.end() ? nullptr : &it->second;
}

// (13)-(16) of one side of one row, from its (6)-(12).
void compute_columns(std::array<value, renja_all_columns>& cells, std::size_t row, renja_side side,
                     int reached, int places, const renja_given& given)
{
   const auto take = [&](int column, value computed) {
      if (const decimal* g = given_cell(given, row, side, column)) {
         computed = *g;
      }
      cells[at(column)] = std::move(computed);
   };
   // (13): the sum of the quarters reached, each of which must be there.
   value sum = decimal(0);
   for (int q = 0; q < reached; ++q) {
      const value& quarter = cells[at(9 + q)];
      if (!quarter.is_number()) {
         sum = not_available(missing::kind::incomplete,
                             column_name(9 + q) + " " + side_name(side) + " kosong",
                             quarter.is_missing() ? quarter.as_missing().at.where : lang::span{});
         break;
      }
      sum = sum.as_number() + quarter.as_number();
   }
   take(13, std::move(sum));
   const auto percent = [&](int numerator, int denominator) -> value {
      const value& n = cells[at(numerator)];
      const value& d = cells[at(denominator)];
      if (!n.is_number()) {
         return n;
      }
      if (!d.is_number()) {
         return d;
      }
      const auto q = decimal::divide(n.as_number() * decimal(100), d.as_number());
      if (!q) {
         return division_by_zero({}, column_name(denominator) + " " + side_name(side) + " 0");
      }
      return q->round(places);
   };
   take(14, percent(13, 8));
   const value& before = cells[at(7)];
   const value& now = cells[at(13)];
   take(15, !before.is_number() ? before
            : !now.is_number()  ? now
                                : value(before.as_number() + now.as_number()));
   take(16, percent(15, 6));
}

} // namespace

renja_form compute_renja(const std::vector<renja_row>& rows, const std::string& file_name,
                         int reached, int places, const renja_classify& classify,
                         const renja_given& given)
{
   renja_form form;
   form.reached = reached;
   form.lines.resize(rows.size());

   // Reads (6)-(12) of one side of a row: a quarter not reached is not available, whatever the
   // cell holds (a cell written there is listed); an empty cell says where it is.
   const auto read = [&](std::size_t r, renja_side side, renja_line& line, bool needed) {
      const renja_row& row = rows[r];
      auto& cells = side == renja_side::k ? line.k : line.rp;
      const auto& written = side == renja_side::k ? row.k : row.rp;
      const auto& where = side == renja_side::k ? row.k_where : row.rp_where;
      for (int column = renja_first_column; column <= renja_last_read; ++column) {
         const value& cell = written[at(column)];
         const lang::span place = where[at(column)];
         if (column >= 9 + reached) {
            if (!cell.is_missing()) {
               form.early.push_back({r, side, column, place});
            }
            cells[at(column)] = not_available(
               missing::kind::no_data_for_period,
               quarter_names[static_cast<std::size_t>(column - 9)] + std::string(" belum berjalan"));
         }
         else if (const decimal* g = given_cell(given, r, side, column)) {
            cells[at(column)] = *g;
         }
         else if (cell.is_missing()) {
            if (needed) {
               form.gaps.push_back({r, side, column, place});
            }
            cells[at(column)] = not_available(
               missing::kind::empty_cell,
               column_name(column) + " " + side_name(side) + " kosong pada " + file_name, place);
         }
         else {
            cells[at(column)] = cell;
         }
      }
   };

   std::vector<std::size_t> carriers; // rows that carry their code's Rp
   std::vector<std::string> codes;
   for (std::size_t r = 0; r < rows.size(); ++r) {
      renja_line& line = form.lines[r];
      line.row = r;
      line.depth = budget_levels(rows[r].code) - 1;
      read(r, renja_side::k, line, true);
      if (rows[r].carries_budget) {
         carriers.push_back(r);
         codes.push_back(rows[r].code);
      }
      else {
         line.rp.fill(not_available(missing::kind::not_computed,
                                    "Rp ditulis pada baris pertama kode " + rows[r].code));
      }
   }

   // Rp rolls up, bottom up: a code with codes under it is the sum of theirs.
   const budget_tree tree = build_code_tree(codes);
   for (const std::size_t node : tree.bottom_up) {
      const std::size_t r = carriers[node];
      renja_line& line = form.lines[r];
      read(r, renja_side::rp, line, tree.leaf(node));
      if (tree.leaf(node)) {
         continue;
      }
      for (int column = renja_first_column; column <= std::min(renja_last_read, 8 + reached);
           ++column) {
         decimal sum;
         std::optional<value> lacking;
         for (const std::size_t child : tree.children[node]) {
            const value& part = form.lines[carriers[child]].rp[at(column)];
            if (!part.is_number()) {
               lacking = not_available(missing::kind::incomplete,
                                       "jumlah " + column_name(column) + " Rp " + rows[r].code +
                                          " tidak lengkap: " + rows[carriers[child]].code + " " +
                                          (part.is_missing() ? part.as_missing().reason : ""));
               break;
            }
            sum = sum + part.as_number();
         }
         if (given_cell(given, r, renja_side::rp, column)) {
            continue; // taken as given: stands for everything below it
         }
         const value& written = rows[r].rp[at(column)];
         if (lacking) {
            // Without every part, the written figure is all there is.
            line.rp[at(column)] = written.is_number() ? written : *lacking;
            continue;
         }
         if (written.is_number() && written.as_number() != sum) {
            form.disagreements.push_back(
               {r, column, written.as_number(), sum, rows[r].rp_where[at(column)]});
         }
         line.rp[at(column)] = sum;
      }
   }

   for (std::size_t r = 0; r < rows.size(); ++r) {
      renja_line& line = form.lines[r];
      compute_columns(line.k, r, renja_side::k, reached, places, given);
      if (rows[r].carries_budget) {
         compute_columns(line.rp, r, renja_side::rp, reached, places, given);
         line.rp_band = classify(line.rp[at(14)]);
      }
      line.k_band = classify(line.k[at(14)]);
   }
   return form;
}

std::string renja_quantity(renja_side side, int column)
{
   std::string out = side == renja_side::k ? "k" : "rp";
   out += std::to_string(column);
   return out;
}

std::string renja_band_quantity(renja_side side)
{
   std::string out = "predikat_";
   out += renja_quantity(side, 14);
   return out;
}

std::optional<std::pair<renja_side, int>> renja_quantity_of(const std::string& quantity)
{
   for (const renja_side side : {renja_side::k, renja_side::rp}) {
      for (int column = renja_first_column; column <= renja_last_column; ++column) {
         if (quantity == renja_quantity(side, column)) {
            return std::pair{side, column};
         }
      }
   }
   return std::nullopt;
}

std::string renja_object(const std::vector<renja_row>& rows, std::size_t row)
{
   std::size_t nth = 1;
   for (std::size_t r = 0; r < row; ++r) {
      nth += rows[r].code == rows[row].code ? 1 : 0;
   }
   std::string out = std::string(renja_object_prefix) + rows[row].code;
   return nth == 1 ? out : out + ":" + std::to_string(nth);
}

std::optional<std::size_t> renja_row_of(const std::vector<renja_row>& rows,
                                        const std::string& object)
{
   for (std::size_t r = 0; r < rows.size(); ++r) {
      if (renja_object(rows, r) == object ||
          (rows[r].carries_budget && renja_object(rows, r) + ":1" == object)) {
         return r;
      }
   }
   return std::nullopt;
}

} // namespace ind::rt
