// The Renja evaluation form of Permendagri 86/2017 (Lampiran: Evaluasi terhadap hasil Renja
// Perangkat Daerah), declared with `renja "renja.csv" { capaian bulat 2  predikat ... }`. One row
// per program, kegiatan or sub kegiatan and indicator (codes A, A.1, A.1.1 as the budget file
// writes them), with, for both K (kinerja) and Rp (anggaran):
//   (6)  the Renstra target at the end of the Renstra period
//   (7)  realisasi of the Renstra up to the previous year
//   (8)  this year's Renja target
//   (9)-(12) realisasi in TW I-IV
//   (13) = 9 + 10 + 11 + 12, over the quarters the report's period has reached
//   (14) = 13 / 8 x 100 %, (15) = 7 + 13, (16) = 15 / 6 x 100 %, rounded half-up as declared
// and the predikat of (14) by the declared scale. The file gives (6)-(12); the rest is computed
// here, once, for the report, the audit (which gives printed cells and computes again) and tests.
//
// Rp belongs to a code and rolls up: a kegiatan's Rp is the sum of its sub kegiatan's, a
// program's the sum of its kegiatan's, for every given column. A parent whose cell is empty gets
// the sum; one whose written cell differs from the sum is a disagreement (W-RENJA-JUMLAH), and
// the sum is used. K does not roll up: each level has its own indicator. A code with several
// indicators has several rows; its Rp is written on the first of them only.
//
// A quarter the period has not reached is not available, never 0. (13) over a quarter that has
// been reached but whose cell is empty is not available either: never a sum over fewer quarters
// (as `kumulatif jumlah` treats a missing quarter). A cell left empty makes only the figures
// computed from it not available: a parent's other columns keep their sums.
#pragma once

#include "lang/source.hpp"
#include "runtime/value.hpp"

#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace ind::rt {

// The numbered columns of the form: (6)-(12) read, (13)-(16) computed.
inline constexpr int renja_first_column = 6;
inline constexpr int renja_last_read = 12;
inline constexpr int renja_last_column = 16;
inline constexpr std::size_t renja_read_columns = renja_last_read - renja_first_column + 1;
inline constexpr std::size_t renja_all_columns = renja_last_column - renja_first_column + 1;

enum class renja_side : unsigned char
{
   k,  // kinerja
   rp, // anggaran
};

// One row of the file.
struct renja_row
{
   std::string code;
   std::string name;
   std::string indicator;
   std::string unit;
   std::array<value, renja_read_columns> k;  // (6)..(12) as read; missing when empty
   std::array<value, renja_read_columns> rp; // the code's Rp, on its first row only
   std::array<lang::span, renja_read_columns> k_where;
   std::array<lang::span, renja_read_columns> rp_where;
   lang::span where;            // the code's cell
   bool carries_budget = true;  // the first row of its code
};

// One computed row of the form.
struct renja_line
{
   std::size_t row = 0;   // in the file's rows
   std::size_t depth = 0; // 0 for a program, 1 for a kegiatan, 2 for a sub kegiatan, ...
   std::array<value, renja_all_columns> k;  // (6)..(16)
   std::array<value, renja_all_columns> rp; // (6)..(16); all missing on a row without Rp
   value k_band;  // predikat of (14) K
   value rp_band; // predikat of (14) Rp
};

// A parent's written Rp that is not the sum of the rows under it.
struct renja_disagreement
{
   std::size_t row = 0;
   int column = 0;
   decimal written;
   decimal sum;
   lang::span where;
};

// A cell written for a quarter the period has not reached: not read.
struct renja_early_cell
{
   std::size_t row = 0;
   renja_side side = renja_side::k;
   int column = 0;
   lang::span where;
};

struct renja_form
{
   int reached = 4; // quarters of the year the period has reached
   std::vector<renja_line> lines; // one per row, in file order
   std::vector<renja_disagreement> disagreements;
   std::vector<renja_early_cell> early;
   // Cells left empty that the form needs (K of every row, Rp of a code with nothing under it)
   // in the columns the period has reached: what follows from them is not available.
   std::vector<renja_early_cell> gaps;
};

// A cell taken as given instead of read or computed (the audit's printed figure): the row, the
// side and the column (6..16).
using renja_cell = std::tuple<std::size_t, renja_side, int>;
using renja_given = std::map<renja_cell, decimal>;

// The label of a capaian (14) on the declared scale, or a missing value saying why.
using renja_classify = std::function<value(const value& percent)>;


renja_form compute_renja(const std::vector<renja_row>& rows, const std::string& file_name,
                         int reached, int places, const renja_classify& classify,
                         const renja_given& given = {});

// The besaran of a cell of the form in the printed-figures file and in JSON: k6 ... k16,
// rp6 ... rp16; and of a predikat, predikat_k14 and predikat_rp14.
std::string renja_quantity(renja_side side, int column);
std::string renja_band_quantity(renja_side side);
// Reads a besaran back; nullopt for one that is not a cell of the form.
std::optional<std::pair<renja_side, int>> renja_quantity_of(const std::string& quantity);

// The objek of a row in the printed-figures file: renja:<kode> for the first indicator of a code,
// renja:<kode>:<n> for its n-th (from 1); written by `ind template`, read by `ind audit`.
inline constexpr std::string_view renja_object_prefix = "renja:";
std::string renja_object(const std::vector<renja_row>& rows, std::size_t row);
// The row an objek names; nullopt when it names none.
std::optional<std::size_t> renja_row_of(const std::vector<renja_row>& rows,
                                        const std::string& object);

} // namespace ind::rt
