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
   lang::span where;
   lang::span ceiling_where;
   lang::span realised_where;
};

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

// The pagu (or realisasi) of every line, computed once. A line that is given an amount (audit's
// printed figures) stands for everything below it. A sum that lacks one of its parts (a cell
// left empty or "-") is not available and says so: "tidak lengkap", naming the first part it
// lacks and how many; a partial sum is never given as if it were whole.
class budget_amounts
{
 public:
   using given_amount = std::function<const decimal*(std::size_t line)>;

   budget_amounts(const std::vector<budget_line>& lines, const budget_tree& tree, bool ceiling,
                  const given_amount& given);

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
   bool m_ceiling;
   std::vector<node> m_nodes;
};

} // namespace ind::rt
