// trace: how a figure was obtained, as a tree, for `ind explain`. The evaluator reports each step
// to a recorder when one is attached: a figure and its rule, an expression and its value, a
// rounding, a band chosen on a scale, a data cell read. Without a recorder nothing is recorded
// and evaluation pays one pointer test per step.
#pragma once

#include "lang/program.hpp"
#include "runtime/value.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ind::rt {

struct trace_node
{
   enum class kind : unsigned char
   {
      figure,     // a named figure: realisasi, capaian, nilai ..., with its formula
      expression, // a sub-expression and its value
      rounding,   // exact value -> rounded value at `places`
      band,       // the band a value fell in (or why none)
      cell,       // a data cell read
      reference,  // a figure already explained above
      note,       // anything else worth saying ("dari data realisasi", rows left out)
   };

   kind what = kind::note;
   std::string label;  // "realisasi ip_asn 2024", "rata(...)", "sel pns baris 2"
   lang::place where;  // source of the formula, or the data cell
   value result;
   std::optional<int> places; // decimals the result is rounded to, when its rule rounds it
   std::string detail; // citation and status, band bounds, rounding mode ...
   std::vector<std::unique_ptr<trace_node>> children;
};

class trace_recorder
{
 public:
   trace_recorder() : m_root(std::make_unique<trace_node>()) { m_open.push_back(m_root.get()); }

   // Opens a node under the current one; steps recorded until close() become its children.
   trace_node& open(trace_node::kind what, std::string label, lang::place where);
   void close(value result, std::optional<int> places = std::nullopt);
   // A leaf under the current node.
   trace_node& leaf(trace_node::kind what, std::string label, lang::place where, value result,
                    std::string detail = {});

   const trace_node& root() const { return *m_root; }
   std::size_t depth() const { return m_open.size(); }

   // How many rows of one aggregate are shown before the rest are summarised.
   static constexpr std::size_t rows_shown = 12;

 private:
   std::unique_ptr<trace_node> m_root;
   std::vector<trace_node*> m_open;
};

// The target `ind` is measured against in `when` (`t`), as a leaf: where it is written and, for a
// period without a target of its own, whose target it is (lang::indicator::target_for).
// With versions of targets, it names the version read (`version`, null: the unnamed targets).
void target_leaf(trace_recorder& trace, const lang::indicator& ind, const period& when,
                 const value& t, const lang::target_version* version);

// "target PK (Perjanjian Kinerja)": how explain and the reports name a version of targets; the
// unnamed targets are "target tanpa nama versi".
std::string version_title(const lang::target_version* version);

// "dasar: PermenPANRB 88/2021; status: bacaan_praktisi; berlaku sejak 2022". A version followed by
// another (`next_since`) holds until the period before it: "berlaku sejak 2015 sampai 2021".
std::string citation_text(const lang::citation_info& info,
                          const std::optional<period>& next_since = std::nullopt);

// The citation of `version`, one of the versions of the entity first declared as `first`, with
// the whole period it is in force.
template <typename T>
std::string version_citation(const T& first, const T& version)
{
   std::optional<period> next_since;
   const auto at = std::find(first.versions.begin(), first.versions.end(), &version);
   if (at != first.versions.end() && std::next(at) != first.versions.end()) {
      next_since = (*std::next(at))->info.since;
   }
   return citation_text(version.info, next_since);
}

// "berlaku sejak 2022" or "berlaku sampai 2021": the periods of one version of an indicator's
// formula (rumus ... berlaku ...), a version followed by another ending before it starts.
std::string formula_version_text(const lang::indicator& ind, const lang::formula_version& version);
// "rumus berlaku sampai 2021; rumus berlaku sejak 2022": the periods of all of them.
std::string formula_versions_text(const lang::indicator& ind);
// Which source the realisasi of `when` has, for an indicator with versions of its formula: a note
// naming the version in force, or saying that the period reads the data.
void note_formula_version(trace_recorder& trace, const lang::indicator& ind, const period& when);

} // namespace ind::rt
