// The resolved program: what resolve() makes of a rule file and the modules it uses. Names are
// bound to the entities they denote, literals are exact decimals, targets are keyed by period,
// and every expression node knows its type and keeps its span for diagnostics and `explain`.
#pragma once

#include "lang/ast.hpp"
#include "core/decimal.hpp"
#include "core/period.hpp"
#include "lang/builtins.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ind::lang {

struct table;
struct constant;
struct rule;
struct named_value;
struct weight_set;
struct scale;
struct indicator;
struct module_info;
struct target_version;

// An entity of a program as its figures refer to it (the first version of one with versions).
using entity_ref = std::variant<const table*, const constant*, const rule*, const named_value*,
                                const weight_set*, const scale*, const indicator*>;
// The entities a figure can be given for instead of computed (an example's `andaikan`).
using given_target = std::variant<const constant*, const named_value*, const indicator*>;

// Orders variants of typed pointers, such as entity_ref, for maps and sets: by kind, then by
// address (std::less, a total order for pointers of one type).
struct entity_less
{
   template <typename... Pointers>
   bool operator()(const std::variant<Pointers...>& a, const std::variant<Pointers...>& b) const
   {
      if (a.index() != b.index()) {
         return a.index() < b.index();
      }
      return std::visit(
         [&b](const auto* x) { return std::less<>{}(x, std::get<decltype(x)>(b)); }, a);
   }
   // An entity with something else, such as a period: by the entity, then by the other.
   template <typename... Pointers, typename Other>
   bool operator()(const std::pair<std::variant<Pointers...>, Other>& a,
                   const std::pair<std::variant<Pointers...>, Other>& b) const
   {
      if ((*this)(a.first, b.first) || (*this)(b.first, a.first)) {
         return (*this)(a.first, b.first);
      }
      return a.second < b.second;
   }
};

// ---------------------------------------------------------------- typed expressions

enum class value_type : unsigned char
{
   number,
   boolean,
   text,
   period,
   any,     // not known statically (a parameter of an `aturan`)
   grouped, // one result per group of rows (an aggregate with `menurut`): only a whole `nilai`
};

const char* type_name(value_type type);

namespace ir {

struct expr;
using expr_ptr = std::unique_ptr<expr>;

struct literal
{
   std::variant<core::decimal, bool, std::string, core::period> value;
};

// Names that mean something only inside a figure of an indicator.
enum class context_name : unsigned char
{
   period,            // periode: the period being evaluated
   realisasi,         // realisasi of the indicator
   target,            // its target for the period
   achievement,       // capaian
   absorption,        // serapan: realisasi anggaran / pagu * 100
   budget_ceiling,    // pagu
   budget_realisasi,  // realisasi_anggaran
};

struct context_ref
{
   context_name name;
};

struct constant_ref
{
   const constant* target;
};
struct value_ref
{
   const named_value* target;
};
struct indicator_ref
{
   const indicator* target;
};
// A component of a weight set, by name: versions of the set may differ in their components.
struct weight_ref
{
   const weight_set* set;
   std::string item;
};
struct parameter_ref
{
   std::size_t index;
};
// A column of the row being visited by an aggregate.
struct column_ref
{
   const table* source;
   std::size_t column;
};

struct unary
{
   ast::unary_op op;
   expr_ptr operand;
};

struct binary
{
   ast::binary_op op;
   expr_ptr lhs;
   expr_ptr rhs;
};

struct conditional
{
   expr_ptr condition;
   expr_ptr then_value;
   expr_ptr else_value;
};

struct choice_arm
{
   std::vector<std::variant<core::decimal, std::string>> keys;
   expr_ptr value;
};

struct choose
{
   expr_ptr subject;
   std::vector<choice_arm> arms;
   expr_ptr otherwise;
};

struct rule_call
{
   const rule* callee;
   std::vector<expr_ptr> args;
};

struct function_call
{
   function fn;
   std::vector<expr_ptr> args;
   const scale* scale_arg = nullptr; // for classify
   // target(ind; periode; pk): the version of targets read; null: the one capaian is measured
   // against
   const target_version* version = nullptr;
};

// Over the rows of `source` (of the period evaluated), those for which `filter` holds, one
// result; or, with `group_by`, one result per combination of the keys' values (a `grouped`
// value, allowed only as the whole formula of a `nilai`).
struct aggregate
{
   aggregate_kind kind;
   const table* source;
   expr_ptr row_value; // null for count
   expr_ptr filter;    // may be null
   std::vector<expr_ptr> group_by;
};

struct expr
{
   span where;
   value_type type = value_type::any;
   std::variant<literal, context_ref, constant_ref, value_ref, indicator_ref, weight_ref,
                parameter_ref, column_ref, unary, binary, conditional, choose, rule_call,
                function_call, aggregate>
      node;
};

} // namespace ir

// ---------------------------------------------------------------- entities

struct citation_info
{
   std::vector<ast::citation> citations;
   ast::source_status status = ast::source_status::unspecified;
   std::optional<core::period> since; // berlaku sejak
   std::optional<core::period> until; // berlaku sampai: the last period it holds in
   std::vector<std::string> doc;
};

struct module_info
{
   std::string name; // "" for the file being evaluated, the module name for `pakai` modules
   const ast::module* syntax = nullptr;
};

struct column
{
   std::string name;
   std::string header; // text in the CSV header row
   ast::column_type type = ast::column_type::text;
   ast::number_style style = ast::number_style::comma_decimal;
   span where;
   // A derived column (kolom skor = ...) is computed from the row, not read: its formula (owned
   // by the table) may use the columns declared above it. `type` then tells how it is shown:
   // decimal for numbers, text, boolean or period.
   const ir::expr* formula = nullptr;
   std::optional<int> places{}; // its rounding (bulat N), applied to every row's value

   bool derived() const { return formula != nullptr; }
};

struct table
{
   std::string name;
   std::string file;
   std::string title;
   std::optional<char> delimiter;
   std::vector<column> columns;
   std::optional<std::size_t> period_column; // the column of type `periode`, if any
   std::vector<ir::expr_ptr> formulas;       // of the derived columns
   const module_info* owner = nullptr;
   span where;
   span file_where;
   std::optional<ast::sheet_name> sheet; // lembar "...": the workbook sheet, when named
};

// An agency's change of a module's tetapan, written in the agency's file (`ubah`).
struct override_info
{
   ir::expr_ptr value;
   citation_info info;
   span where;
};

struct constant
{
   std::string name;
   std::string title;
   ir::expr_ptr value;
   std::optional<override_info> changed; // set on the first version only
   std::vector<const constant*> versions; // see in_force()
   citation_info info;
   const module_info* owner = nullptr;
   span where;
};

struct rule
{
   std::string name;
   std::string title;
   std::vector<std::string> params;
   ir::expr_ptr body;
   std::vector<const rule*> versions;
   citation_info info;
   const module_info* owner = nullptr;
   span where;
};

struct named_value
{
   std::string name;
   std::string title;
   ir::expr_ptr value;
   std::optional<int> places;
   std::vector<const named_value*> versions;
   citation_info info;
   const module_info* owner = nullptr;
   span where;
};

struct weight_item
{
   std::string name;
   std::string title;
   core::decimal weight;
   span where;
};

struct weight_set
{
   std::string name;
   std::string title;
   std::vector<weight_item> items;
   std::optional<core::decimal> total;
   span total_where;
   std::vector<const weight_set*> versions;
   citation_info info;
   const module_info* owner = nullptr;
   span where;
};

// Whether x lies between two bounds, each open or closed, or absent (unbounded): the one rule of a
// band, for the evaluator's decimals and the row program's fixed numbers. `order(x, bound)` gives
// -1, 0 or 1.
template <class X, class Bound, class Order>
bool within(const X& x, const std::optional<Bound>& lower, bool lower_closed,
            const std::optional<Bound>& upper, bool upper_closed, Order order)
{
   if (lower) {
      const int c = order(x, *lower);
      if (lower_closed ? c < 0 : c <= 0) {
         return false;
      }
   }
   if (upper) {
      const int c = order(x, *upper);
      if (upper_closed ? c > 0 : c >= 0) {
         return false;
      }
   }
   return true;
}

struct band
{
   std::optional<core::decimal> lower; // nullopt: unbounded
   bool lower_closed = false;
   std::optional<core::decimal> upper;
   bool upper_closed = false;
   std::string label;
   std::string description;
   span where;

   bool contains(const core::decimal& x) const;
   std::string interval_text() const; // "[85..100)" in Indonesian number style
};

struct scale
{
   std::string name;
   std::string title;
   std::vector<band> bands;
   std::optional<band> domain; // ranah: the values its bands must cover
   std::vector<const scale*> versions;
   citation_info info;
   const module_info* owner = nullptr;
   span where;

   // The bands containing x: none (a gap), one, or several (an overlap).
   std::vector<const band*> classify(const core::decimal& x) const;
};

// A figure: a formula (or the default for its field) and the rounding that defines it.
struct figure
{
   ir::expr_ptr formula;
   std::optional<int> places;
   span where;
};

// rumus ... berlaku sejak 2022: a formula of an indicator's realisasi in force in some periods
// only. `info` holds its clause (since, until); a version without `sampai` holds until the next
// one starts, and one without `sejak` from the beginning, as versions of declarations do.
struct formula_version
{
   figure value;
   citation_info info;
   span where; // the berlaku clause
};

struct target_value
{
   core::decimal value;
   span where;
};

using target_map = std::map<core::period, target_value>;

// The target of `when` in `targets`: the one written for the period itself, else the one of the
// narrowest period written that contains it (a quarter takes its semester's, then its year's).
// Null when none is written.
const std::pair<const core::period, target_value>* target_in(const target_map& targets,
                                                             const core::period& when);

// A named version of targets, declared once per file: target pk "Perjanjian Kinerja". Reports
// print its title; indicators write its targets as `target pk 2024: 85`.
struct target_version
{
   std::string name;
   std::string title;
   span where;
};

// The targets of one version an indicator writes (null version: the unnamed `target 2024: 84`).
struct version_targets
{
   const target_version* version = nullptr;
   target_map targets;
};

struct indicator
{
   std::string id;
   std::string title;
   std::optional<ast::indicator_level> level;
   const indicator* parent = nullptr;
   std::string unit;
   ast::direction dir = ast::direction::up;
   std::string definition;
   std::string data_source;
   figure value;       // rumus; null formula: realisasi comes from the realisasi data
   // rumus ... berlaku ...: the formulas limited to periods, ordered by `since` (those without
   // first). When any is written, `value` holds no formula (only the indicator's `bulat`, for the
   // realisasi read from the data) and a period none covers reads its realisasi from the data.
   std::vector<formula_version> value_versions;
   figure achievement; // capaian; null formula: realisasi / target * 100
   figure efficiency;  // efisiensi; null formula and no budget: not computed
   std::map<core::period, target_value> targets;
   // The version `targets` holds, the one capaian is measured against: null for the unnamed
   // targets. `capaian terhadap pk` in the indicator, else in the file, chooses it; without a
   // choice it is the unnamed targets, else the one version written.
   const target_version* measured = nullptr;
   // The other versions the indicator writes: the unnamed first, then in the file's order of
   // declaration. Reports print them beside the measured one.
   std::vector<version_targets> other_targets;
   const scale* achievement_scale = nullptr;
   const scale* value_scale = nullptr;
   const scale* efficiency_scale = nullptr;
   std::vector<std::string> budget_codes;
   bool budget_all = false;
   // kumulatif: how the quarters' own realisasi make the realisasi to date. Without it a period's
   // realisasi is the one written (or computed) for that period, as it always was.
   std::optional<ast::accumulation> accumulate;
   span accumulate_where;
   citation_info info;
   const module_info* owner = nullptr;
   span where;

   bool has_budget() const { return budget_all || !budget_codes.empty(); }

   // The formula of the realisasi of period `when`: the version in force then, or the one
   // formula; null when the period reads its realisasi from the data.
   const figure* formula_for(const core::period& when) const;
   // The version of the formula in force in `when`; null without versions or outside them.
   const formula_version* version_for(const core::period& when) const;
   // Whether any period's realisasi is computed by a formula.
   bool has_formula() const { return value.formula || !value_versions.empty(); }
   // Every figure of the indicator with a formula to resolve, check or read: the realisasi's
   // (each version's), capaian's and efisiensi's.
   std::vector<const figure*> figures() const;

   // The target a period is measured against: the one written for the period itself, else the
   // one of the narrowest period written that contains it (a quarter takes its semester's, then
   // its year's target: the annual target of the Perjanjian Kinerja). Null when none is written.
   const std::pair<const core::period, target_value>* target_for(const core::period& when) const;
   // The targets of version `v` (null: the unnamed), measured or not; null when none is written.
   const target_map* targets_of(const target_version* v) const;
   // Whether the indicator names a version of its targets: the report then says which it uses.
   bool has_versions() const { return measured || !other_targets.empty(); }
};

// contoh: statements that must hold, evaluated with the given values in the given period.
struct example
{
   struct given
   {
      given_target entity;
      ir::expr_ptr value;
      span where;
   };
   std::string title;
   std::optional<core::period> when;
   std::vector<given> givens;
   std::vector<ir::expr_ptr> assertions;
   const module_info* owner = nullptr;
   span where;
};

// syarat: what the data must satisfy, checked in the period of every eval and audit.
struct condition
{
   std::string title;
   // What is evaluated: the condition itself (a truth value), or, over the rows of `rows`, the
   // number of rows for which it does not hold (hitung(rows dengan tidak kondisi)), which the
   // evaluator or the roster engine computes like any other aggregate.
   ir::expr_ptr formula;
   const ir::expr* check = nullptr; // the condition as written (inside `formula` for rows)
   const table* rows = nullptr;     // untuk setiap baris <tabel>
   citation_info info;
   const module_info* owner = nullptr;
   span where;
};

struct realisasi_source
{
   std::string file;
   ast::number_style style = ast::number_style::comma_decimal;
   span where;
   std::optional<ast::sheet_name> sheet;
};

struct printed_source
{
   std::string file;
   ast::number_style style = ast::number_style::comma_decimal;
   span where;
   std::optional<ast::sheet_name> sheet;
};

struct budget_source
{
   std::string file;
   int absorption_places = 2;
   const scale* absorption_scale = nullptr;
   span where;
   std::vector<std::string> levels; // names of the code levels, top down; empty: the defaults
   std::optional<ast::sheet_name> sheet;
};

// The sheet of a workbook given as --data that stands for a declared data file: the one its
// `lembar` names, else the file's name without `.csv` ("realisasi.csv" -> "realisasi"). The
// reader, `ind template` and the check of two declarations reading one sheet all ask here.
std::string sheet_of(const std::string& file, const std::optional<ast::sheet_name>& named);
// renja "renja.csv" { capaian bulat 2  predikat rentang_capaian }: the Renja evaluation form
// (Permendagri 86/2017), read by rt::load_dataset and computed by rt::renja_form.
struct renja_source
{
   std::string file;
   std::optional<ast::sheet_name> sheet; // the workbook sheet its `lembar` names
   int places = 2;              // of the percentages (14) and (16)
   const scale* bands = nullptr; // predikat of (14), K and Rp; none when not declared
   span where;
};

struct program
{
   std::string agency; // instansi
   bool library = false; // the evaluated file is a module (`modul`), meant to be used by others
   std::optional<int> renstra_from;
   std::optional<int> renstra_to;
   const source_file* main_file = nullptr;

   std::vector<std::unique_ptr<module_info>> modules;
   std::vector<std::unique_ptr<table>> tables;
   std::vector<std::unique_ptr<constant>> constants;
   std::vector<std::unique_ptr<rule>> rules;
   std::vector<std::unique_ptr<named_value>> values;
   std::vector<std::unique_ptr<weight_set>> weights;
   std::vector<std::unique_ptr<scale>> scales;
   std::vector<std::unique_ptr<indicator>> indicators; // the evaluated file's, in order
   std::optional<realisasi_source> realisasi;
   std::optional<printed_source> printed;
   std::optional<budget_source> budget;
   std::optional<renja_source> renja;
   std::vector<std::unique_ptr<example>> examples;
   // target pk "...": the versions of targets the file declares, in its order.
   std::vector<std::unique_ptr<target_version>> target_versions;
   // capaian terhadap pk, at the top level: the version capaian is measured against by default.
   const target_version* measured = nullptr;
   std::vector<std::unique_ptr<condition>> conditions; // syarat, in the order written

   const indicator* find_indicator(std::string_view id) const;
   const target_version* find_target_version(std::string_view name) const;
   const named_value* find_value(std::string_view name) const;

   // The period of examples written without `periode`, and of a rule file evaluated without one
   // because nothing in it depends on the period: the latest year the file and the modules it uses
   // name (the end of its Renstra, a target, a `berlaku sejak` or `sampai`), in which the last
   // version of every definition is in force. nullopt when no year is named at all: then no
   // version and no target depends on the period, and `ind test` says `periode` is not known.
   std::optional<core::period> latest_year() const;
};

// Whether `when` lies after the last period of a version that says `berlaku sampai`: 2026 and
// 2026-TW1 are after `sampai 2025`, 2025-TW4 is not.
inline bool ended(const citation_info& info, const core::period& when)
{
   return info.until && *info.until < when && !info.until->contains(when);
}

// The version of an entity in force in period `when`: the last one whose `berlaku sejak` is not
// after `when` (a version without `berlaku sejak` holds from the beginning); an entity written
// once is in force from its own `berlaku sejak`, if any. nullptr when `when` precedes them all,
// or when the version found stopped holding before `when` (`berlaku sampai`).
template <typename T>
const T* in_force(const T& first, const core::period& when)
{
   const T* found = nullptr;
   if (first.versions.empty()) {
      found = first.info.since && when < *first.info.since ? nullptr : &first;
   }
   for (const T* v : first.versions) {
      if (!v->info.since || !(when < *v->info.since)) {
         found = v;
      }
   }
   return found && ended(found->info, when) ? nullptr : found;
}

// The word a user writes for the kind of an entity ("tetapan", "skala"): messages and the
// language server's hover say it.
constexpr keyword kind_word(const table*)
{
   return keyword::tabel;
}
constexpr keyword kind_word(const constant*)
{
   return keyword::tetapan;
}
constexpr keyword kind_word(const rule*)
{
   return keyword::aturan;
}
constexpr keyword kind_word(const named_value*)
{
   return keyword::nilai;
}
constexpr keyword kind_word(const weight_set*)
{
   return keyword::bobot;
}
constexpr keyword kind_word(const scale*)
{
   return keyword::skala;
}
constexpr keyword kind_word(const indicator*)
{
   return keyword::indikator;
}

// Qualified display name of an entity: "ip_asn" in the main file, "ipasn.kategori" in a module.
std::string display_name(const module_info* owner, const std::string& name);

} // namespace ind::lang
