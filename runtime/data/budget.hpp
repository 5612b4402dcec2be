// The budget file (anggaran): its lines, which line is under which, and the pagu or realisasi of
// any line or set of lines. Totals are recomputed from the lines that have nothing below them,
// never trusted as written; each is one pass over the lines, however deep their codes go.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/source.hpp"
#include "runtime/value.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ind::rt {

// One line of the budget file. Lines whose code has children ("A" above "A.1") are totals; the
// evaluator recomputes them from their children.
struct budget_line
{
   std::string code;
   std::string name;
   value ceiling;        // pagu
   value realised;       // realisasi
   value ceiling_before; // pagu_sebelum (before the budget change), when the file has it
   // Of a quarterly file (dataset::budget_quarter), at the quarter the data period ends in: the
   // rencana anggaran kas (RAK) of that quarter, its own spending, and the RAK of the quarters to
   // date. `realised` is then the spending to date, the sum of the quarters' own spending.
   value plan_quarter;  // rencana_tw<q>
   value spent_quarter; // realisasi_tw<q>
   value plan_to_date;  // rencana_tw1 + ... + rencana_tw<q>
   lang::span where;
   lang::span ceiling_where;
   lang::span realised_where;
   lang::span plan_where;  // the rencana_tw<q> cell
   lang::span spent_where; // the realisasi_tw<q> cell
};

// The amounts of a budget line that add up from the lines below it.
enum class budget_amount : unsigned char
{
   realised,      // realisasi (to date, in a quarterly file)
   ceiling,       // pagu
   plan_quarter,  // RAK of the quarter
   spent_quarter, // the quarter's own spending
   plan_to_date,  // RAK of the quarters to date
};
inline constexpr std::size_t budget_amount_count = 5;

// The amount `which` of a line, and the cell it was read from.
const value& amount_of(const budget_line& line, budget_amount which);
lang::span cell_of(const budget_line& line, budget_amount which);
// How a message names it: "pagu", "realisasi", "rencana TW", "realisasi TW", "rencana s.d. TW".
const char* budget_amount_name(budget_amount which);

// Whether budget code `code` lies under `ancestor` ("A.1.6" under "A" and under "A.1").
bool is_descendant(const std::string& code, const std::string& ancestor);

// Levels of a budget code: "A.1.6" has three.
std::size_t budget_levels(const std::string& code);

// Which line is under which. A line's parent is the nearest line above it in the file: "A.1"
// for "A.1.6", or "A" when the file has no "A.1".
struct budget_tree
{
   static constexpr std::size_t none = static_cast<std::size_t>(-1);

   std::unordered_map<std::string, std::size_t> line_of; // code -> index of its line
   std::vector<std::size_t> parent;                       // per line; `none` for a top line
   std::vector<std::vector<std::size_t>> children;        // per line, in file order
   std::vector<std::size_t> roots;                        // the top lines, in file order
   std::vector<std::size_t> bottom_up;                    // each line after every line below it

   std::optional<std::size_t> find(const std::string& code) const;
   bool leaf(std::size_t line) const { return children[line].empty(); }
};

// `lines` must have distinct codes.
budget_tree build_budget_tree(const std::vector<budget_line>& lines);
// The same over codes alone (the Renja form's codes, runtime/data/renja.hpp); distinct codes.
budget_tree build_code_tree(const std::vector<std::string>& codes);

// The pagu (or realisasi, or another budget_amount) of every line, computed once. A line that is given an amount (audit's
// printed figures) stands for everything below it. A sum that lacks one of its parts (a cell
// left empty or "-") is not available and says so: "tidak lengkap", naming the first part it
// lacks and how many; a partial sum is never given as if it were whole.
class budget_amounts
{
 public:
   using given_amount = std::function<const decimal*(std::size_t line)>;

   budget_amounts(const std::vector<budget_line>& lines, const budget_tree& tree,
                  budget_amount which, const given_amount& given);

   // The amount of the lines `which` together, each with everything below it.
   value of(const std::vector<std::size_t>& which) const;

 private:
   struct node
   {
      decimal sum;
      std::size_t gaps = 0;                       // lines below without an amount
      std::size_t first_gap = budget_tree::none;  // the first of them, in file order
      bool given = false;
   };

   const std::vector<budget_line>& m_lines;
   budget_amount m_which;
   std::vector<node> m_nodes;
};

} // namespace ind::rt
