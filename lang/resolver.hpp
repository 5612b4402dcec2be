// The resolver shared by the passes of resolve (lang/resolve.hpp is the public entry point):
//   resolve.cpp        the driver and the definition of each kind of entity
//   resolve_bind.cpp   declaring, scopes and lookups, `berlaku` versions, `ubah` and `contoh`
//   resolve_types.cpp  expressions, calls, aggregates and functions, with their types
//   resolve_reach.cpp  resolution order, cycles and the depth limits of lang/limits.hpp
// Private to those files.
#pragma once

#include "lang/builtins.hpp"
#include "lang/diagnostic.hpp"
#include "lang/loader.hpp"
#include "lang/program.hpp"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ind::lang::resolving {

struct context_info
{
   const char* name;
   ir::context_name which;
   value_type type;
};

inline constexpr context_info contexts[] = {
   {"periode", ir::context_name::period, value_type::period},
   {"realisasi", ir::context_name::realisasi, value_type::number},
   {"target", ir::context_name::target, value_type::number},
   {"capaian", ir::context_name::achievement, value_type::number},
   {"serapan", ir::context_name::absorption, value_type::number},
   {"pagu", ir::context_name::budget_ceiling, value_type::number},
   {"realisasi_anggaran", ir::context_name::budget_realisasi, value_type::number},
};

constexpr unsigned bit(ir::context_name n)
{
   return 1u << static_cast<unsigned>(n);
}

// Which context names each kind of formula may use.
inline constexpr unsigned period_only = bit(ir::context_name::period);
inline constexpr unsigned achievement_context =
   period_only | bit(ir::context_name::realisasi) | bit(ir::context_name::target);
inline constexpr unsigned efficiency_context =
   achievement_context | bit(ir::context_name::achievement) | bit(ir::context_name::absorption) |
   bit(ir::context_name::budget_ceiling) | bit(ir::context_name::budget_realisasi);

// ---------------------------------------------------------------- scopes

struct module_scope;

// What a declared name stands for. A module name stands for the scope of that module.
using entity = std::variant<table*, constant*, rule*, named_value*, weight_set*, scale*,
                            indicator*, module_scope*>;

// The word a user writes for the kind of an entity, as in "tetapan 'x' sudah didefinisikan".
const char* kind_name(const entity& e);

// The entity itself, as the program's figures refer to it: `ir` nodes hold typed pointers to
// const, and the first version of an entity is found again from them.
using entity_key = std::variant<const table*, const constant*, const rule*, const named_value*,
                                const weight_set*, const scale*, const indicator*,
                                const module_scope*>;
entity_key key(const entity& e);
// The entity as an example's `andaikan` names it; none for an entity no figure can be given for.
std::optional<given_target> given_target_of(const entity& e);

enum class progress : unsigned char
{
   pending,
   active,
   done,
};

// How deep the evaluation of a formula can go, known once the entities it names are resolved:
// each is a longest path, checked against lang/limits.hpp.
struct reach
{
   std::size_t chain = 0; // names referred to in a chain (limits::max_dependency_depth)
   std::size_t calls = 0; // aturan, tetapan and derived columns nested within one figure
   std::size_t steps = 0; // nested evaluation steps (limits::max_evaluation_depth)

   void widen(const reach& other);
};

struct entry
{
   entity target;
   const ast::declaration* decl = nullptr;
   module_scope* home = nullptr;
   span where;
   progress state = progress::pending;
   value_type type = value_type::any;
   std::vector<std::unique_ptr<entry>> later; // further versions (berlaku sejak), in file order
   reach depth;                               // of every version, once done

   template <typename T>
   bool is() const
   {
      return std::holds_alternative<T*>(target);
   }
   // Null when the entry is of another kind.
   template <typename T>
   T* as() const
   {
      const auto* p = std::get_if<T*>(&target);
      return p ? *p : nullptr;
   }
};

struct module_scope
{
   module_info* info = nullptr;
   const ast::module* syntax = nullptr;
   std::map<std::string, entry, std::less<>> names;
   // The keys of `names` in a flat list, for spelling suggestions: a file with thousands of
   // unknown names reads them thousands of times. Names are only ever added, so a list as long as
   // the map is up to date.
   std::vector<std::string_view> name_list;

   const std::vector<std::string_view>& listed_names();
};

// What a name may mean at one point of an expression.
struct local_scope
{
   module_scope* module = nullptr;
   const std::vector<std::string>* params = nullptr;
   unsigned contexts = 0;
   const table* row_table = nullptr;     // inside an aggregate: unqualified names are its columns
   const table** discovered = nullptr;   // resolving an aggregate's value: the table it reads
   bool inside_rule = false;
   // The expression that may be a grouped aggregate (`menurut`): the whole formula of a `nilai`.
   const ast::expr* grouping_at = nullptr;
};

class resolver
{
 public:
   resolver(const module_set& modules, diagnostic_sink& sink) : m_modules(modules), m_sink(sink) {}

   std::unique_ptr<program> run();

 private:
   // resolve_bind.cpp
   void declare(module_scope& scope, const ast::declaration& d);
   template <typename Decl>
   void declare_entity(module_scope& scope, const Decl& decl, const ast::declaration& d);
   void add_name(module_scope& scope, const ast::identifier& name, entity target,
                 const ast::declaration* decl);
   void link_versions(entry& e);
   void resolve_override(const ast::override_decl& d, module_scope& scope);
   void resolve_example(const ast::example_decl& d, module_scope& scope);
   void resolve_condition(const ast::condition_decl& d, module_scope& scope);
   entry* find_entry(const ast::qualified_name& n, module_scope& scope);
   module_scope* module_of(const ast::qualified_name& n, module_scope& scope);
   const scale* resolve_scale_name(const ast::qualified_name& name, module_scope& scope);
   entry* lookup(module_scope& scope, std::string_view name);
   void unknown_name(const ast::identifier& id, const local_scope& scope,
                     const std::string& what = "nama");
   std::string later_column_hint(const table* t, const std::string& name) const;
   ir::expr_ptr name(const ast::qualified_name& n, const local_scope& scope);
   ir::expr_ptr entity_ref(entry& e, const ast::qualified_name& n, std::size_t next_part,
                           const local_scope& scope);
   ir::expr_ptr module_member(module_scope& inner, const ast::qualified_name& n,
                              std::size_t next_part, const local_scope& scope);
   ir::expr_ptr table_column(entry& e, const ast::qualified_name& n, std::size_t next_part,
                             const local_scope& scope);
   ir::expr_ptr weight_component(entry& e, const ast::qualified_name& n, std::size_t next_part);

   // resolve_targets.cpp
   void declare_target_version(const ast::target_version_decl& d, bool is_main);
   void declare_measured(const ast::measured_decl& d, bool is_main);
   void resolve_file_measured();
   // E-LEMBAR: two files read from one workbook sheet, or one file from two.
   void check_sheets();
   const target_version* target_version_named(const ast::identifier& id);
   void resolve_targets(indicator& ind, const ast::indicator_decl& d);

   // resolve_reach.cpp
   void ensure(entry& e, span used_at);
   void report_cycle(const entry& e, span used_at);
   void give_up(entry& e);
   reach reach_of(const ir::expr& e) const;
   reach reach_of(const entry& e) const;
   void check_reach(const entry& e);
   void limit_error(bool& reported, span where, std::string message, std::string hint);

   // resolve.cpp
   void resolve_entry(entry& e);
   void define(entry& e, table& t);
   void define(entry& e, constant& c);
   void define(entry& e, rule& r);
   void define(entry& e, named_value& v);
   void define(entry& e, weight_set& w);
   void define(entry& e, scale& s);
   void define(entry& e, indicator& ind);
   void define(entry& e, module_scope& m);
   band define_band(const ast::band& b);
   citation_info citations(const ast::meta& m);
   figure resolve_figure(const std::optional<ast::figure>& f, const local_scope& scope);
   figure resolve_figure(const ast::figure& f, const local_scope& scope);
   void resolve_formula_versions(indicator& ind, const ast::indicator_decl& d,
                                 const local_scope& scope);
   ir::expr_ptr error_node(span where);
   std::optional<core::decimal> number(const std::string& canonical, span where);
   core::decimal formula_number(const ast::number_literal& n, span where);

   // resolve_types.cpp
   ir::expr_ptr expression(const ast::expr& e, const local_scope& scope);
   ir::expr_ptr unary_expr(const ast::expr& e, const ast::unary& u, const local_scope& scope);
   ir::expr_ptr binary_expr(const ast::expr& e, const ast::binary& b, const local_scope& scope);
   ir::expr_ptr conditional_expr(const ast::expr& e, const ast::conditional& c,
                            const local_scope& scope);
   ir::expr_ptr choose_expr(const ast::expr& e, const ast::choose& c, const local_scope& scope);
   ir::expr_ptr call(const ast::expr& e, const ast::call& c, const local_scope& scope);
   ir::expr_ptr aggregate(const ast::expr& e, const builtin& b, const ast::argument& arg,
                          const local_scope& scope);
   ir::expr_ptr function(const ast::expr& e, const builtin& b, const ast::call& c,
                         const local_scope& scope);
   ir::expr_ptr indicator_at(const ast::expr& e, const builtin& b, const ast::call& c,
                             const local_scope& scope);
   void expect_type(const ir::expr& e, value_type wanted, const char* role);
   ir::expr_ptr period_expected(ir::expr_ptr e);

   const module_set& m_modules;
   diagnostic_sink& m_sink;
   std::unique_ptr<program> m_program;
   std::vector<std::unique_ptr<module_scope>> m_scopes;
   std::vector<std::pair<entry*, span>> m_stack; // entities being resolved, for cycle paths
   std::vector<std::pair<const ast::override_decl*, module_scope*>> m_overrides;
   std::vector<std::pair<const ast::example_decl*, module_scope*>> m_examples;
   std::vector<std::pair<const ast::condition_decl*, module_scope*>> m_conditions;
   std::set<const entry*> m_reported_cycles;
   std::map<const table*, const ast::table_decl*> m_table_decls; // for hints about column order
   std::map<entity_key, const entry*, entity_less> m_entries; // first version's entry of each
   const ast::measured_decl* m_measured_decl = nullptr; // capaian terhadap ..., for the file
   std::size_t m_nesting = 0;                      // expression() calls in progress
   // Each limit is reported once: past it, every formula above the first one is too deep too.
   bool m_chain_reported = false;
   bool m_calls_reported = false;
   bool m_steps_reported = false;
};

ir::expr_ptr make(span where, value_type type, auto&& node)
{
   auto e = std::make_unique<ir::expr>();
   e->where = where;
   e->type = type;
   e->node = std::forward<decltype(node)>(node);
   return e;
}

} // namespace ind::lang::resolving
