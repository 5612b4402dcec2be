// evaluate: program + dataset -> figures. A tree-walking evaluator over the resolved program.
// Every figure is computed exactly, then rounded where its rule says (half-up unless the rule
// names another mode); both the exact and the rounded value are kept, so that `explain` can show
// the rounding and `tepat(x)` can reach behind it. Figures are memoised per period, so each is
// computed once however often it is referred to.
#pragma once

#include "lang/program.hpp"
#include "runtime/data/dataset.hpp"
#include "runtime/trace.hpp"
#include "runtime/value.hpp"

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <variant>

namespace ind::rt {

struct figure_value
{
   value exact;
   value shown; // exact rounded to `places`; equal to exact when the figure has no rounding
   std::optional<int> places;
   bool from_data = false; // realisasi read from the realisasi file, not computed
};

struct budget_figures
{
   value ceiling;  // pagu
   value realised; // realisasi anggaran (to date, in a quarterly budget file)
   figure_value absorption; // realised / ceiling x 100
   // Of a quarterly budget file (dataset::budget_quarter), at its quarter: the RAK of the
   // quarter, the quarter's own spending, the RAK to date, and the serapan of the quarter's
   // spending against its RAK and of the spending to date against the RAK to date. Not
   // available otherwise.
   value plan_quarter;
   value spent_quarter;
   value plan_to_date;
   figure_value absorption_quarter;
   figure_value absorption_plan;
};

class table_scanner;

// The figures that can be taken as given (evaluator::give).
namespace given {
// An entity (constant, named value or indicator) wherever an expression refers to it.
struct reference
{
   lang::given_target entity;
};
enum class quantity : unsigned char
{
   realisasi,
   achievement,
   efficiency,
   absorption, // serapan of the indicator's budget
   target,
   own_realisasi,   // a quarter's own realisasi (realisasi_tw), under its realisasi to date
   own_achievement, // capaian_tw
   own_target,      // target_tw: the target written for the period itself
};
struct indicator_figure
{
   quantity which = quantity::realisasi;
   const lang::indicator* ind = nullptr;
   period when;
};
// One version of a named value in one period, as `named` gives it.
struct named_figure
{
   const lang::named_value* value = nullptr;
   period when;
};
// The pagu (or realisasi) of a budget line, or of the whole budget ("jumlah"), in place of the
// sum of the lines below it.
struct budget_line
{
   std::string code;
   budget_amount amount = budget_amount::realised;
};
// The label `classify` gives for x on a scale where it is asked at `used_at`.
struct label
{
   const lang::scale* scale = nullptr;
   lang::span used_at;
   period when;
   decimal x;
};
// A cell of the Renja form (runtime/data/renja.hpp) in place of the one read or computed.
struct renja_figure
{
   renja_cell cell;
};
} // namespace given
using given_figure = std::variant<given::reference, given::indicator_figure, given::named_figure,
                                  given::budget_line, given::label, given::renja_figure>;

namespace agg {
class aggregate_state;
}

class evaluator
{
 public:
   evaluator(const lang::program& p, const dataset& data, lang::diagnostic_sink& sink);

   // The realisasi to date: for an indicator with `kumulatif`, the quarters' own realisasi of
   // the year up to `when` made into one (summed, averaged or the last); otherwise, and for a
   // year with a realisasi of its own, the period's own.
   figure_value realisasi(const lang::indicator& ind, const period& when);
   // The target the realisasi to date is measured against: for `kumulatif jumlah` in a quarter
   // whose quarters to date all have targets of their own, their sum; otherwise the period's own
   // or the one of the narrowest written period containing it (lang::indicator::target_for).
   value target(const lang::indicator& ind, const period& when);
   // The target of another version than the one capaian is measured against (target pk 2024),
   // with the same fallback from a quarter to its semester and year; not available when the
   // indicator writes none for the period.
   value target(const lang::indicator& ind, const period& when, const lang::target_version* version);
   figure_value achievement(const lang::indicator& ind, const period& when);
   // The period's own realisasi (a quarter's alone), as written or computed for that period.
   figure_value own_realisasi(const lang::indicator& ind, const period& when);
   // The target written for the period itself; not available when only a period containing it
   // has one.
   value own_target(const lang::indicator& ind, const period& when);
   // The capaian of the period's own realisasi against its own target, by the indicator's
   // capaian rule.
   figure_value own_achievement(const lang::indicator& ind, const period& when);
   // Rows of the data that contradict the others, found while computing (W-KUMULATIF-BEDA: a
   // quarter's realisasi to date that is not what its quarters come to; W-KUMULATIF-TAHUN: a
   // year's row that is not): findings, exit 1.
   std::size_t data_findings() const { return m_to_date_disagreements; }
   // The budget of an indicator; the budget file holds the data period's budget only.
   budget_figures budget(const lang::indicator& ind, const period& when);
   budget_figures budget_for_code(const std::string& code);
   budget_figures budget_total();
   // The Renja form of the dataset's file, for a report of period `when` (whose quarter says
   // which quarters are reached), with every cell given so far (runtime/evaluator_renja.cpp).
   renja_form renja(const period& when);
   figure_value efficiency(const lang::indicator& ind, const period& when);
   figure_value named(const lang::named_value& v, const period& when);

   // The label of the band `x` falls in on the version of `s` in force in `when`, or a missing
   // value saying why there is none.
   value classify(const lang::scale* s, const value& x, const period& when, lang::span used_at);

   // Takes a figure as given instead of computing it: an example's `andaikan x = ...`
   // (`ind test`), or a figure the audit takes as printed to see what the report's later figures
   // come to. Every figure read afterwards that depends on it uses the given value. A label is
   // given as its text, an indicator's target or serapan and a budget line as a number.
   void give(const given_figure& what, value v);

   const dataset& data() const { return m_data; }

   // `periode` is not available, for the reason given: an example of a file that names no year
   // and that does not say its own period.
   void without_period(std::string why) { m_no_period = std::move(why); }

   // Records every step of the evaluations that follow into `recorder` (nullptr: stop).
   // A rule call answered from memory is shown as a reference to the call explained before it,
   // so the memory starts afresh with each recorder: that call is then in the same trace.
   void trace_into(trace_recorder* recorder)
   {
      m_trace = recorder;
      m_rule_results.clear();
   }
   trace_recorder* tracing() const { return m_trace; }

   // Aggregates over streamed tables (rows not held) are asked of `scanner` (nullptr: none).
   void scan_with(table_scanner* scanner) { m_scanner = scanner; }
   // Cell (row, column) of a held table: read, or computed for a derived column.
   value cell(const loaded_table& t, std::size_t row, std::size_t column, const period& when);
   // The rows of table t in period `when`: counted when held, asked of the scanner when streamed.
   std::optional<std::uint64_t> row_count(const lang::table& t, const period& when);

   struct env
   {
      period when;
      const lang::indicator* subject = nullptr; // whose realisasi, target, capaian ... are meant
      const std::vector<value>* args = nullptr;  // parameters of the `aturan` being applied
      const loaded_table* table = nullptr;       // the row an aggregate is visiting
      std::size_t row = 0;
      std::size_t depth = 0;
      // `realisasi` and `target` in a capaian formula mean the period's own (capaian_tw), not
      // the figures to date.
      bool own = false;
   };

   value evaluate(const lang::ir::expr& e, const env& scope);

   // The rows a sum over a held table adds up in `scope.when`, each with the value it adds
   // (row, value); for audit's hint that a printed total leaves one of them out. Empty when the
   // table is streamed or a row lacks its value.
   std::vector<std::pair<std::size_t, decimal>> rows_added(const lang::ir::aggregate& a,
                                                           const env& scope);

   // One row (row_scope.table, row_scope.row) of aggregate `a` into `state`, read as the
   // evaluator reads every row: the keys, then the filter, then the value. Gives the first value
   // the row lacks (the state is then not fed), which makes the aggregate not available.
   std::optional<value> feed(const lang::ir::aggregate& a, agg::aggregate_state& state,
                             const env& row_scope, std::uint64_t ordinal);

 private:
   figure_value compute_realisasi(const lang::indicator& ind, const period& when);
   figure_value compute_to_date(const lang::indicator& ind, const period& when);
   figure_value quarters_to_date(const lang::indicator& ind, const period& when, int last);
   figure_value combine_quarters(const lang::indicator& ind, const period& when, int last);
   void check_year_row(const lang::indicator& ind, const period& year, const figure_value& own);
   std::optional<decimal> summed_quarter_targets(const lang::indicator& ind, const period& when);
   // A quarter's realisasi to date given by the data (`nilai_kumulatif`), runtime/evaluator_to_date.
   const realisasi_entry* to_date_only(const lang::indicator& ind, const period& quarter);
   figure_value given_to_date(const lang::indicator& ind, const realisasi_entry& row,
                              const period& quarter);
   figure_value own_from_to_date(const lang::indicator& ind, const realisasi_entry& row,
                                 const period& quarter);
   void check_to_date_rows(const lang::indicator& ind, const period& end,
                           const figure_value& computed);
   figure_value compute_achievement_with(const lang::indicator& ind, const period& when, bool own);
   figure_value compute_achievement(const lang::indicator& ind, const period& when);
   figure_value compute_efficiency(const lang::indicator& ind, const period& when);
   template <typename Entity, typename Compute>
   figure_value memoised(std::map<std::pair<const Entity*, period>, figure_value>& memo,
                         const Entity* what, const period& when, const std::string& label,
                         const lang::place& where, const std::string& detail, Compute compute);
   void note_recorded(const realisasi_entry& entry);
   value evaluate_bounded(const lang::ir::expr& e, const env& scope);
   value evaluate_node(const lang::ir::expr& e, const env& scope);
   missing too_large(const lang::place& where, const value_too_large& e);
   value function(const lang::ir::expr& e, const lang::ir::function_call& f, const env& scope);
   value aggregate(const lang::ir::expr& e, const lang::ir::aggregate& a, const env& scope);
   value derived_cell(const lang::ir::column_ref& c, const env& scope);
   value binary(const lang::ir::expr& e, const lang::ir::binary& b, const env& scope);
   value call_rule(const lang::ir::expr& e, const lang::ir::rule_call& call, const env& scope);
   value context(const lang::ir::context_ref& c, const env& scope, lang::span where, bool exact);
   figure_value make_figure(value exact, std::optional<int> places);
   std::optional<period> period_of(const value& v) const;
   budget_figures budget_of(const std::vector<std::string>& codes, lang::span where,
                            const std::string& whole = {});
   // Every line's pagu (or realisasi), computed on first use and again after a line is given.
   const budget_amounts& budget_lines(budget_amount which);
   // numerator / denominator x 100 at the budget's serapan places, or why it is not available.
   figure_value budget_ratio(const value& numerator, const value& denominator, lang::span where,
                             const char* denominator_name);

   // Guards a figure against being computed while it is being computed (a cycle the static
   // check cannot see, through another period).
   std::optional<missing> enter(lang::given_target what, const period& when, lang::span where);
   void leave(lang::given_target what, const period& when);

   const lang::program& m_program;
   const dataset& m_data;
   lang::diagnostic_sink& m_sink;
   std::map<std::pair<const lang::indicator*, period>, figure_value> m_realisasi;
   std::map<std::pair<const lang::indicator*, period>, figure_value> m_achievement;
   std::map<std::pair<const lang::indicator*, period>, figure_value> m_own_realisasi;
   std::map<std::pair<const lang::indicator*, period>, figure_value> m_own_achievement;
   std::map<std::pair<const lang::indicator*, period>, figure_value> m_efficiency;
   std::map<std::pair<const lang::named_value*, period>, figure_value> m_named;
   // Figures given (give()) that are not memoised figures.
   std::map<std::pair<const lang::indicator*, period>, decimal> m_given_absorption;
   std::map<std::pair<const lang::indicator*, period>, decimal> m_given_target;
   std::map<std::pair<const lang::indicator*, period>, decimal> m_given_own_target;
   std::map<std::pair<std::string, budget_amount>, decimal> m_given_budget;
   std::optional<budget_amounts> m_budget_amounts[budget_amount_count]; // per budget_amount
   renja_given m_given_renja;
   std::map<std::tuple<const lang::scale*, const lang::source_file*, std::uint32_t, period, decimal>,
            std::string>
      m_given_label;
   std::map<const lang::ir::expr*, value> m_constants; // each constant's formula in force, computed
   std::map<lang::given_target, value, lang::entity_less> m_given_references;
   // Derived cells of held tables, per table, column and period; indexed by row.
   std::map<std::tuple<const lang::table*, std::size_t, period>, std::vector<std::optional<value>>>
      m_derived;
   std::set<std::pair<lang::given_target, period>, lang::entity_less> m_active;
   std::set<std::pair<std::string, period>> m_to_date_checked; // rows W-KUMULATIF-BEDA checked
   std::size_t m_to_date_disagreements = 0;
   // Capaian being computed, for capaian(x) met again while x's capaian is computed.
   std::set<std::pair<const lang::indicator*, period>> m_achieving;
   // Results of `aturan` calls, so that a rule calling another twice with the same arguments
   // does not compute it twice (a chain of such rules would take exponential time). What a body
   // reads besides its arguments is fixed within one evaluation: its period, its subject, and the
   // call depth, which decides whether the depth limit is met.
   struct rule_call_key
   {
      const lang::rule* version = nullptr;
      period when;
      const lang::indicator* subject = nullptr;
      std::size_t depth = 0;
      std::vector<value> args; // numbers, truth values, texts and periods only
   };
   struct rule_call_order
   {
      bool operator()(const rule_call_key& a, const rule_call_key& b) const;
   };
   std::map<rule_call_key, value, rule_call_order> m_rule_results;
   std::size_t m_rule_calls_open = 0;  // rule bodies being evaluated
   std::size_t m_rule_calls_spent = 0; // bodies evaluated under the outermost open call
   bool m_rule_calls_reported = false;
   trace_recorder* m_trace = nullptr;
   table_scanner* m_scanner = nullptr;
   std::size_t m_nesting = 0; // evaluate() calls in progress
   bool m_nesting_reported = false;
   std::optional<std::string> m_no_period; // without_period()
};

// Computes aggregates over the tables a dataset streams instead of holding (rosters): the
// roster engine (runtime/roster/engine.hpp). The evaluator asks it for every aggregate over a
// table it does not hold.
class table_scanner
{
 public:
   virtual ~table_scanner() = default;
   // nullopt: the scanner does not read a.source.
   virtual std::optional<value> aggregate(const lang::ir::expr& e, const lang::ir::aggregate& a,
                                          const evaluator::env& scope) = 0;
   virtual std::optional<std::uint64_t> row_count(const lang::table& t, const period& when) = 0;
};

} // namespace ind::rt
