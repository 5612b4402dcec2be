#include "runtime/data/budget.hpp"

#include <algorithm>

namespace ind::rt {

bool is_descendant(const std::string& code, const std::string& ancestor)
{
   return code.size() > ancestor.size() && code.compare(0, ancestor.size(), ancestor) == 0 &&
          code[ancestor.size()] == '.';
}

std::size_t budget_levels(const std::string& code)
{
   return 1 + static_cast<std::size_t>(std::count(code.begin(), code.end(), '.'));
}

std::optional<std::size_t> budget_tree::find(const std::string& code) const
{
   const auto it = line_of.find(code);
   return it == line_of.end() ? std::nullopt : std::optional(it->second);
}

budget_tree build_budget_tree(const std::vector<budget_line>& lines)
{
   std::vector<std::string> codes;
   codes.reserve(lines.size());
   for (const budget_line& line : lines) {
      codes.push_back(line.code);
   }
   return build_code_tree(codes);
}

budget_tree build_code_tree(const std::vector<std::string>& codes)
{
   budget_tree t;
   const std::size_t n = codes.size();
   t.parent.assign(n, budget_tree::none);
   t.children.resize(n);
   t.line_of.reserve(n);
   for (std::size_t i = 0; i < n; ++i) {
      t.line_of.emplace(codes[i], i);
   }
   // The nearest line above is the longest prefix ending before a '.' that the file has: one
   // look-up per level, and the levels are limited (lang::limits::max_budget_levels).
   for (std::size_t i = 0; i < n; ++i) {
      const std::string& code = codes[i];
      for (std::size_t dot = code.rfind('.'); dot != std::string::npos && dot > 0;
           dot = code.rfind('.', dot - 1)) {
         if (const auto above = t.find(code.substr(0, dot))) {
            t.parent[i] = *above;
            break;
         }
      }
   }
   for (std::size_t i = 0; i < n; ++i) {
      (t.parent[i] == budget_tree::none ? t.roots : t.children[t.parent[i]]).push_back(i);
   }
   // Top down, breadth first; reversed, every line comes after the lines below it.
   std::vector<std::size_t> order = t.roots;
   order.reserve(n);
   for (std::size_t k = 0; k < order.size(); ++k) {
      const std::vector<std::size_t>& below = t.children[order[k]];
      order.insert(order.end(), below.begin(), below.end());
   }
   t.bottom_up.assign(order.rbegin(), order.rend());
   return t;
}

const value& amount_of(const budget_line& line, budget_amount which)
{
   switch (which) {
   case budget_amount::ceiling: return line.ceiling;
   case budget_amount::plan_quarter: return line.plan_quarter;
   case budget_amount::spent_quarter: return line.spent_quarter;
   case budget_amount::plan_to_date: return line.plan_to_date;
   case budget_amount::realised: break;
   }
   return line.realised;
}

lang::span cell_of(const budget_line& line, budget_amount which)
{
   switch (which) {
   case budget_amount::ceiling: return line.ceiling_where;
   case budget_amount::plan_quarter:
   case budget_amount::plan_to_date: return line.plan_where;
   case budget_amount::spent_quarter: return line.spent_where;
   case budget_amount::realised: break;
   }
   return line.realised_where;
}

const char* budget_amount_name(budget_amount which)
{
   switch (which) {
   case budget_amount::ceiling: return "pagu";
   case budget_amount::plan_quarter: return "rencana TW";
   case budget_amount::spent_quarter: return "realisasi TW";
   case budget_amount::plan_to_date: return "rencana s.d. TW";
   case budget_amount::realised: break;
   }
   return "realisasi";
}

budget_amounts::budget_amounts(const std::vector<budget_line>& lines, const budget_tree& tree,
                               budget_amount which, const given_amount& given)
   : m_lines(lines), m_which(which), m_nodes(lines.size())
{
   for (const std::size_t i : tree.bottom_up) {
      node& n = m_nodes[i];
      if (const decimal* amount = given ? given(i) : nullptr) {
         n.sum = *amount;
         n.given = true;
         continue;
      }
      if (tree.leaf(i)) {
         const value& own = amount_of(lines[i], which);
         if (own.is_number()) {
            n.sum = own.as_number();
         }
         else {
            n.gaps = 1;
            n.first_gap = i;
         }
         continue;
      }
      for (const std::size_t c : tree.children[i]) {
         const node& part = m_nodes[c];
         n.sum = n.sum + part.sum;
         if (part.gaps > 0 && n.gaps == 0) {
            n.first_gap = part.first_gap;
         }
         n.gaps += part.gaps;
      }
   }
}

value budget_amounts::of(const std::vector<std::size_t>& which) const
{
   decimal sum;
   std::size_t gaps = 0;
   std::size_t first_gap = budget_tree::none;
   for (const std::size_t i : which) {
      const node& n = m_nodes[i];
      sum = sum + n.sum;
      if (n.gaps > 0 && gaps == 0) {
         first_gap = n.first_gap;
      }
      gaps += n.gaps;
   }
   if (gaps == 0) {
      return sum;
   }
   const budget_line& gap = m_lines[first_gap];
   const value& own = amount_of(gap, m_which);
   if (which.size() == 1 && which.front() == first_gap) {
      return own; // the line's own cell, with its reason
   }
   const std::string what = std::string(budget_amount_name(m_which)) + " ";
   const std::string cause = own.is_missing() ? own.as_missing().reason : own.describe();
   const lang::place at(cell_of(gap, m_which));
   return missing{missing::kind::incomplete,
                  "tidak lengkap: " + what +
                     (gaps == 1 ? gap.code + " tidak tersedia (" + cause + ")"
                                : std::to_string(gaps) + " baris tidak tersedia, yang pertama " +
                                     gap.code + " (" + cause + ")"),
                  at};
}

} // namespace ind::rt
