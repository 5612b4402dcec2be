#include "lang/resolve.hpp"

#include "lang/builtins.hpp"
#include "lang/limits.hpp"
#include "lang/suggest.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

namespace ind::lang {

namespace {

struct context_info
{
   const char* name;
   ir::context_name which;
   value_type type;
};

const context_info contexts[] = {
   {"periode", ir::context_name::period, value_type::period},
   {"realisasi", ir::context_name::realisasi, value_type::number},
   {"target", ir::context_name::target, value_type::number},
   {"capaian", ir::context_name::achievement, value_type::number},
   {"serapan", ir::context_name::absorption, value_type::number},
   {"pagu", ir::context_name::budget_ceiling, value_type::number},
   {"realisasi_anggaran", ir::context_name::budget_realisasi, value_type::number},
};

unsigned bit(ir::context_name n)
{
   return 1u << static_cast<unsigned>(n);
}

// Which context names each kind of formula may use.
const unsigned period_only = bit(ir::context_name::period);
const unsigned achievement_context =
   period_only | bit(ir::context_name::realisasi) | bit(ir::context_name::target);
const unsigned efficiency_context = achievement_context | bit(ir::context_name::achievement) |
                                    bit(ir::context_name::absorption) |
                                    bit(ir::context_name::budget_ceiling) |
                                    bit(ir::context_name::budget_realisasi);

// ---------------------------------------------------------------- scopes

enum class entity_kind : unsigned char
{
   table,
   constant,
   rule,
   value,
   weight,
   scale,
   indicator,
   module,
};

const char* kind_name(entity_kind k)
{
   switch (k) {
   case entity_kind::table:
      return "tabel";
   case entity_kind::constant:
      return "tetapan";
   case entity_kind::rule:
      return "aturan";
   case entity_kind::value:
      return "nilai";
   case entity_kind::weight:
      return "bobot";
   case entity_kind::scale:
      return "skala";
   case entity_kind::indicator:
      return "indikator";
   case entity_kind::module:
      return "modul";
   }
   return "";
}

struct module_scope;

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
};

struct entry
{
   entity_kind kind;
   void* entity = nullptr;              // table*, constant*, ... (module_scope* for modules)
   const ast::declaration* decl = nullptr;
   module_scope* home = nullptr;
   span where;
   progress state = progress::pending;
   value_type type = value_type::any;
   std::vector<std::unique_ptr<entry>> later; // further versions (berlaku sejak), in file order
   reach depth;                               // of every version, once done
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

   const std::vector<std::string_view>& listed_names()
   {
      if (name_list.size() != names.size()) {
         name_list.clear();
         for (const auto& named : names) {
            name_list.push_back(named.first);
         }
      }
      return name_list;
   }
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

// The `berlaku sejak` period of a declaration, if it has one.
std::optional<std::string> effective_of(const ast::declaration& d)
{
   return std::visit(
      [](const auto& decl) -> std::optional<std::string> {
         if constexpr (requires { decl.info.effective_from; }) {
            return decl.info.effective_from;
         }
         else {
            return std::nullopt;
         }
      },
      d);
}

class resolver
{
 public:
   resolver(const module_set& modules, diagnostic_sink& sink) : m_modules(modules), m_sink(sink) {}

   std::unique_ptr<program> run();

 private:
   void declare(module_scope& scope, const ast::declaration& d);
   void add_name(module_scope& scope, const ast::identifier& name, entity_kind kind, void* entity,
                 const ast::declaration* decl);
   void ensure(entry& e, span used_at);
   void resolve_entry(entry& e);
   void give_up(entry& e);
   reach reach_of(const ir::expr& e) const;
   reach reach_of(const entry& e) const;
   void check_reach(const entry& e);
   void limit_error(bool& reported, span where, std::string message, std::string hint);
   void link_versions(entry& e);
   void resolve_override(const ast::override_decl& d, module_scope& scope);
   void resolve_example(const ast::example_decl& d, module_scope& scope);
   entry* find_entry(const ast::qualified_name& n, module_scope& scope);

   citation_info citations(const ast::meta& m);
   void resolve_table(table& t, const ast::table_decl& d, module_scope& scope);
   void resolve_indicator(indicator& ind, const ast::indicator_decl& d, module_scope& scope);
   const scale* resolve_scale_name(const ast::qualified_name& name, module_scope& scope);
   figure resolve_figure(const std::optional<ast::figure>& f, const local_scope& scope);

   ir::expr_ptr expression(const ast::expr& e, const local_scope& scope);
   ir::expr_ptr name(const ast::qualified_name& n, const local_scope& scope);
   ir::expr_ptr entity_ref(entry& e, const ast::qualified_name& n, std::size_t next_part,
                           const local_scope& scope);
   ir::expr_ptr call(const ast::expr& e, const ast::call& c, const local_scope& scope);
   ir::expr_ptr aggregate(const ast::expr& e, const builtin& b, const ast::argument& arg,
                          const local_scope& scope);
   ir::expr_ptr function(const ast::expr& e, const builtin& b, const ast::call& c,
                         const local_scope& scope);

   entry* lookup(module_scope& scope, std::string_view name);
   void unknown_name(const ast::identifier& id, const local_scope& scope,
                     const std::string& what = "nama");
   std::string later_column_hint(const table* t, const std::string& name) const;
   void expect_type(const ir::expr& e, value_type wanted, const char* role);
   ir::expr_ptr error_node(span where);
   std::optional<core::decimal> number(const std::string& canonical, span where);
   core::decimal formula_number(const ast::number_literal& n, span where);

   const module_set& m_modules;
   diagnostic_sink& m_sink;
   std::unique_ptr<program> m_program;
   std::vector<std::unique_ptr<module_scope>> m_scopes;
   std::vector<std::pair<entry*, span>> m_stack; // entities being resolved, for cycle paths
   std::vector<std::pair<const ast::override_decl*, module_scope*>> m_overrides;
   std::vector<std::pair<const ast::example_decl*, module_scope*>> m_examples;
   std::set<const entry*> m_reported_cycles;
   std::map<const table*, const ast::table_decl*> m_table_decls; // for hints about column order
   std::map<const void*, const entry*> m_entries; // the first version's entry of each entity
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

ir::expr_ptr resolver::error_node(span where)
{
   return make(where, value_type::any, ir::literal{core::decimal{}});
}

// A number as written: nullopt, reported, when it has more digits than any value may have.
std::optional<core::decimal> resolver::number(const std::string& canonical, span where)
{
   std::optional<core::decimal> value = core::decimal::parse(canonical);
   if (!value) {
      m_sink.error("E-BATAS", where,
                   "angka lebih dari " + std::to_string(core::max_digits) + " digit",
                   "periksa angka ini; tidak ada angka laporan sepanjang ini");
   }
   return value;
}

// A number in a formula. There `30%` is the number 0,3, so that `x * 30%` is thirty percent of
// x. (Targets, bounds of scales and weights are written in the unit of what they measure, as
// data cells are: there `30%` is 30, read as percentage points.)
core::decimal resolver::formula_number(const ast::number_literal& n, span where)
{
   const core::decimal value = number(n.canonical, where).value_or(core::decimal{});
   return n.percent ? *core::decimal::divide(value, core::decimal(100)) : value;
}

citation_info resolver::citations(const ast::meta& m)
{
   citation_info info;
   info.citations = m.citations;
   info.status = m.status;
   info.doc = m.doc;
   if (m.effective_from) {
      info.since = core::period::parse(*m.effective_from);
   }
   if (m.effective_until) {
      info.until = core::period::parse(*m.effective_until);
      if (info.since && info.until && *info.until < *info.since) {
         m_sink.error("E-PERIODE", m.effective_where,
                      "berlaku sampai " + info.until->to_string() + " lebih awal dari berlaku sejak " +
                         info.since->to_string(),
                      "tulis periode terakhir berlakunya sesudah periode pertamanya");
      }
   }
   return info;
}

// ---------------------------------------------------------------- declaring

template <typename Decl>
span name_span(const Decl& d)
{
   return d.name.where;
}

void resolver::add_name(module_scope& scope, const ast::identifier& name, entity_kind kind,
                        void* entity, const ast::declaration* decl)
{
   // A call always means the built-in function, so a rule of that name could never be called.
   if (find_builtin(name.text) && kind == entity_kind::rule) {
      m_sink.error("E-GANDA", name.where,
                   "'" + name.text + "' adalah nama fungsi bawaan; aturan ini tidak dapat dipanggil",
                   "pilih nama lain");
   }
   auto [it, inserted] = scope.names.try_emplace(name.text);
   if (!inserted) {
      entry& first = it->second;
      // Another version of the same entity, distinguished by its date of effect.
      const auto since = effective_of(*decl);
      const bool versionable = kind == entity_kind::constant || kind == entity_kind::rule ||
                               kind == entity_kind::value || kind == entity_kind::weight ||
                               kind == entity_kind::scale;
      if (versionable && first.kind == kind && since) {
         bool clash = effective_of(*first.decl) == since;
         for (const auto& v : first.later) {
            clash = clash || effective_of(*v->decl) == since;
         }
         if (!clash) {
            first.later.push_back(std::make_unique<entry>(
               entry{kind, entity, decl, &scope, name.where, progress::pending, value_type::any,
                     {}, {}}));
            return;
         }
      }
      auto& d = m_sink.error("E-GANDA", name.where,
                             std::string(kind_name(kind)) + " '" + name.text +
                                "' sudah didefinisikan",
                             versionable && first.kind == kind
                                ? "versi lain harus berlaku sejak periode yang berbeda: "
                                  "berlaku sejak 2022"
                                : "setiap nama dalam satu berkas harus unik");
      d.notes.push_back({first.where, "definisi pertama di sini"});
      return;
   }
   it->second =
      entry{kind, entity, decl, &scope, name.where, progress::pending, value_type::any, {}, {}};
   m_entries[entity] = &it->second;
}

void resolver::declare(module_scope& scope, const ast::declaration& d)
{
   program& p = *m_program;
   const bool is_main = scope.info->name.empty();
   std::visit(
      [&](const auto& decl) {
         using T = std::decay_t<decltype(decl)>;
         if constexpr (std::is_same_v<T, ast::import_decl>) {
            for (const ast::identifier& m : decl.modules) {
               for (const auto& other : m_scopes) {
                  if (other->info->name == m.text) {
                     add_name(scope, m, entity_kind::module, other.get(), &d);
                  }
               }
            }
         }
         else if constexpr (std::is_same_v<T, ast::table_decl>) {
            auto t = std::make_unique<table>();
            t->name = decl.name.text;
            t->owner = scope.info;
            add_name(scope, decl.name, entity_kind::table, t.get(), &d);
            p.tables.push_back(std::move(t));
         }
         else if constexpr (std::is_same_v<T, ast::printed_decl>) {
            if (!is_main) {
               m_sink.error("E-DEKLARASI", decl.where,
                            "'tercetak' hanya boleh ada di berkas instansi");
            }
            else if (p.printed) {
               m_sink.error("E-GANDA", decl.where, "'tercetak' sudah dinyatakan dalam berkas ini");
            }
            else {
               p.printed = printed_source{decl.file, decl.style, decl.where};
            }
         }
         else if constexpr (std::is_same_v<T, ast::realisasi_decl> ||
                            std::is_same_v<T, ast::budget_decl>) {
            constexpr bool is_realisasi = std::is_same_v<T, ast::realisasi_decl>;
            const char* what = is_realisasi ? "realisasi" : "anggaran";
            const bool already = is_realisasi ? p.realisasi.has_value() : p.budget.has_value();
            if (!is_main) {
               m_sink.error("E-DEKLARASI", decl.where,
                            std::string("'") + what + "' hanya boleh ada di berkas instansi",
                            "modul pustaka tidak membaca data");
            }
            else if (already) {
               m_sink.error("E-GANDA", decl.where,
                            std::string("'") + what + "' sudah dinyatakan dalam berkas ini");
            }
            else if constexpr (is_realisasi) {
               p.realisasi = realisasi_source{decl.file, decl.style, decl.where};
            }
            else {
               p.budget = budget_source{decl.file, decl.absorption_places.value_or(2), nullptr,
                                        decl.where, decl.levels};
            }
         }
         else if constexpr (std::is_same_v<T, ast::constant_decl>) {
            auto c = std::make_unique<constant>();
            c->name = decl.name.text;
            c->owner = scope.info;
            add_name(scope, decl.name, entity_kind::constant, c.get(), &d);
            p.constants.push_back(std::move(c));
         }
         else if constexpr (std::is_same_v<T, ast::rule_decl>) {
            auto r = std::make_unique<rule>();
            r->name = decl.name.text;
            r->owner = scope.info;
            add_name(scope, decl.name, entity_kind::rule, r.get(), &d);
            p.rules.push_back(std::move(r));
         }
         else if constexpr (std::is_same_v<T, ast::value_decl>) {
            auto v = std::make_unique<named_value>();
            v->name = decl.name.text;
            v->owner = scope.info;
            add_name(scope, decl.name, entity_kind::value, v.get(), &d);
            p.values.push_back(std::move(v));
         }
         else if constexpr (std::is_same_v<T, ast::weight_decl>) {
            auto w = std::make_unique<weight_set>();
            w->name = decl.name.text;
            w->owner = scope.info;
            add_name(scope, decl.name, entity_kind::weight, w.get(), &d);
            p.weights.push_back(std::move(w));
         }
         else if constexpr (std::is_same_v<T, ast::scale_decl>) {
            auto s = std::make_unique<scale>();
            s->name = decl.name.text;
            s->owner = scope.info;
            add_name(scope, decl.name, entity_kind::scale, s.get(), &d);
            p.scales.push_back(std::move(s));
         }
         else if constexpr (std::is_same_v<T, ast::override_decl>) {
            if (!is_main) {
               m_sink.error("E-DEKLARASI", decl.where,
                            "'ubah' hanya boleh ada di berkas instansi",
                            "modul pustaka mengubah dirinya sendiri dengan versi baru "
                            "(berlaku sejak ...)");
               return;
            }
            m_overrides.emplace_back(&decl, &scope);
         }
         else if constexpr (std::is_same_v<T, ast::example_decl>) {
            m_examples.emplace_back(&decl, &scope);
         }
         else if constexpr (std::is_same_v<T, ast::indicator_decl>) {
            if (!is_main) {
               m_sink.error("E-DEKLARASI", decl.where,
                            "indikator hanya boleh didefinisikan di berkas instansi");
               return;
            }
            auto ind = std::make_unique<indicator>();
            ind->id = decl.name.text;
            ind->owner = scope.info;
            add_name(scope, decl.name, entity_kind::indicator, ind.get(), &d);
            p.indicators.push_back(std::move(ind));
         }
      },
      d);
}

// ---------------------------------------------------------------- entities

void resolver::ensure(entry& e, span used_at)
{
   if (e.state == progress::done) {
      return;
   }
   if (e.state == progress::active) {
      // A cycle: the path runs from e's place on the stack to the top.
      auto start = std::find_if(m_stack.begin(), m_stack.end(),
                                [&](const auto& item) { return item.first == &e; });
      if (m_reported_cycles.count(&e) > 0) {
         return;
      }
      std::string path;
      std::vector<note> notes;
      for (auto it = start; it != m_stack.end(); ++it) {
         const auto* ind = it->first;
         path += display_name(ind->home->info, std::string(ind->where.text())) + " -> ";
         m_reported_cycles.insert(it->first);
      }
      path += std::string(e.where.text());
      for (auto it = std::next(start); it != m_stack.end(); ++it) {
         notes.push_back({it->second, "dipakai di sini"});
      }
      auto& d = m_sink.error("E-SIKLUS", used_at, "rumus melingkar: " + path,
                             "sebuah nilai tidak boleh bergantung pada dirinya sendiri; "
                             "putus salah satu rujukan");
      d.notes = std::move(notes);
      return;
   }
   // Resolution recurses once per name of a chain; a chain this long is refused before the
   // recursion can exhaust the stack.
   if (m_stack.size() > limits::max_dependency_depth) {
      limit_error(m_chain_reported, used_at,
                  "rantai rujukan terlalu panjang: lebih dari " +
                     std::to_string(limits::max_dependency_depth) +
                     " nama saling merujuk berurutan",
                  "hitung bagian rantai itu dalam satu rumus, mis. jumlah(...) atas kolom tabel");
      give_up(e);
      return;
   }
   e.state = progress::active;
   m_stack.emplace_back(&e, used_at);
   resolve_entry(e);
   for (auto& v : e.later) {
      v->state = progress::active;
      resolve_entry(*v);
      v->state = progress::done;
   }
   m_stack.pop_back();
   e.state = progress::done;
   link_versions(e);
   e.depth = reach_of(e);
   check_reach(e);
}

// An entity left unresolved because of a limit: it stays usable by the passes that follow.
void resolver::give_up(entry& e)
{
   const auto placeholder = [&](entry& version) {
      switch (version.kind) {
      case entity_kind::constant:
         static_cast<constant*>(version.entity)->value = error_node(version.where);
         break;
      case entity_kind::value:
         static_cast<named_value*>(version.entity)->value = error_node(version.where);
         break;
      case entity_kind::rule: {
         auto& r = *static_cast<rule*>(version.entity);
         for (const ast::identifier& p : std::get<ast::rule_decl>(*version.decl).params) {
            r.params.push_back(p.text);
         }
         r.body = error_node(version.where);
         break;
      }
      default:
         break;
      }
      version.state = progress::done;
   };
   placeholder(e);
   for (auto& v : e.later) {
      placeholder(*v);
   }
}

void resolver::limit_error(bool& reported, span where, std::string message, std::string hint)
{
   if (!reported) {
      reported = true;
      m_sink.error("E-BATAS", where, std::move(message), std::move(hint));
   }
}

// The reach of an expression: through the entities it names (already resolved, except those in
// a cycle or referred to in another period, which add nothing here) and its own levels.
reach resolver::reach_of(const ir::expr& e) const
{
   reach r;
   const auto below = [&](const ir::expr_ptr& child) {
      if (child) {
         const reach c = reach_of(*child);
         r.chain = std::max(r.chain, c.chain);
         r.calls = std::max(r.calls, c.calls);
         r.steps = std::max(r.steps, c.steps);
      }
   };
   // `nested`: evaluated one call level deeper (an aturan body, a tetapan, a derived column);
   // a named figure starts a new figure.
   const auto refer = [&](const void* entity, bool nested) {
      const auto it = m_entries.find(entity);
      if (it == m_entries.end() || it->second->state != progress::done) {
         return;
      }
      const reach& t = it->second->depth;
      r.chain = std::max(r.chain, t.chain + 1);
      r.steps = std::max(r.steps, t.steps);
      if (nested) {
         r.calls = std::max(r.calls, t.calls + 1);
      }
   };
   std::visit(
      [&](const auto& node) {
         using T = std::decay_t<decltype(node)>;
         if constexpr (std::is_same_v<T, ir::unary>) {
            below(node.operand);
         }
         else if constexpr (std::is_same_v<T, ir::binary>) {
            below(node.lhs);
            below(node.rhs);
         }
         else if constexpr (std::is_same_v<T, ir::conditional>) {
            below(node.condition);
            below(node.then_value);
            below(node.else_value);
         }
         else if constexpr (std::is_same_v<T, ir::choose>) {
            below(node.subject);
            for (const ir::choice_arm& arm : node.arms) {
               below(arm.value);
            }
            below(node.otherwise);
         }
         else if constexpr (std::is_same_v<T, ir::rule_call>) {
            for (const ir::expr_ptr& a : node.args) {
               below(a);
            }
            refer(node.callee, true);
         }
         else if constexpr (std::is_same_v<T, ir::function_call>) {
            for (const ir::expr_ptr& a : node.args) {
               below(a);
            }
         }
         else if constexpr (std::is_same_v<T, ir::aggregate>) {
            below(node.row_value);
            below(node.filter);
            for (const ir::expr_ptr& key : node.group_by) {
               below(key);
            }
         }
         else if constexpr (std::is_same_v<T, ir::constant_ref>) {
            refer(node.target, true);
         }
         else if constexpr (std::is_same_v<T, ir::value_ref> ||
                            std::is_same_v<T, ir::indicator_ref>) {
            refer(node.target, false);
         }
         else if constexpr (std::is_same_v<T, ir::column_ref>) {
            if (node.source->columns[node.column].derived()) {
               refer(node.source, true);
            }
         }
      },
      e.node);
   ++r.steps;
   return r;
}

// The reach of an entity: the deepest of its versions' formulas. An indicator's capaian may read
// its realisasi and its efisiensi its capaian, so their steps add up.
reach entity_reach(const entry& e, const std::function<reach(const ir::expr&)>& of)
{
   reach r;
   const auto deepest = [&](const ir::expr* x) {
      if (x) {
         const reach c = of(*x);
         r.chain = std::max(r.chain, c.chain);
         r.calls = std::max(r.calls, c.calls);
         r.steps = std::max(r.steps, c.steps);
      }
   };
   switch (e.kind) {
   case entity_kind::constant:
      deepest(static_cast<const constant*>(e.entity)->value.get());
      break;
   case entity_kind::rule:
      deepest(static_cast<const rule*>(e.entity)->body.get());
      break;
   case entity_kind::value:
      deepest(static_cast<const named_value*>(e.entity)->value.get());
      break;
   case entity_kind::table:
      for (const ir::expr_ptr& f : static_cast<const table*>(e.entity)->formulas) {
         deepest(f.get());
      }
      break;
   case entity_kind::indicator: {
      const auto& ind = *static_cast<const indicator*>(e.entity);
      std::size_t steps = 0;
      for (const figure* f : {&ind.value, &ind.achievement, &ind.efficiency}) {
         deepest(f->formula.get());
         steps += f->formula ? of(*f->formula).steps : 0;
      }
      r.steps = steps;
      break;
   }
   default:
      break;
   }
   return r;
}

reach resolver::reach_of(const entry& e) const
{
   const auto of = [this](const ir::expr& x) { return reach_of(x); };
   reach r = entity_reach(e, of);
   for (const auto& v : e.later) {
      const reach c = entity_reach(*v, of);
      r.chain = std::max(r.chain, c.chain);
      r.calls = std::max(r.calls, c.calls);
      r.steps = std::max(r.steps, c.steps);
   }
   return r;
}

void resolver::check_reach(const entry& e)
{
   const std::string name = display_name(e.home->info, std::string(e.where.text()));
   if (e.depth.chain > limits::max_dependency_depth) {
      limit_error(m_chain_reported, e.where,
                  "rantai rujukan terlalu panjang: '" + name + "' bergantung pada " +
                     std::to_string(e.depth.chain) + " nama berurutan (batas " +
                     std::to_string(limits::max_dependency_depth) + ")",
                  "hitung bagian rantai itu dalam satu rumus, mis. jumlah(...) atas kolom tabel");
   }
   if (e.depth.calls > limits::max_call_depth) {
      limit_error(m_calls_reported, e.where,
                  "aturan memanggil aturan terlalu dalam: '" + name + "' memerlukan " +
                     std::to_string(e.depth.calls) + " tingkat panggilan (batas " +
                     std::to_string(limits::max_call_depth) + ")",
                  "aturan tidak dapat berulang; tulis rantai panggilan yang lebih pendek");
   }
   if (e.depth.steps > limits::max_evaluation_depth) {
      limit_error(m_steps_reported, e.where,
                  "perhitungan '" + name + "' bersarang terlalu dalam: " +
                     std::to_string(e.depth.steps) + " tingkat (batas " +
                     std::to_string(limits::max_evaluation_depth) + ")",
                  "pecah rumus yang panjang atau kurangi rantai rujukannya");
   }
}

template <typename T>
void link(entry& first)
{
   auto* head = static_cast<T*>(first.entity);
   std::vector<const T*> all{head};
   for (const auto& v : first.later) {
      all.push_back(static_cast<const T*>(v->entity));
   }
   std::stable_sort(all.begin(), all.end(), [](const T* a, const T* b) {
      return a->info.since < b->info.since; // no date sorts first: it holds from the beginning
   });
   head->versions = std::move(all);
}

// With several versions, the first declaration lists them all in order of their dates, and
// they must agree on what they are: the same parameters, the same type.
void resolver::link_versions(entry& e)
{
   if (e.later.empty()) {
      return;
   }
   for (const auto& v : e.later) {
      if (v->type != e.type && v->type != value_type::any && e.type != value_type::any) {
         m_sink.error("E-TIPE", v->where,
                      std::string("versi ini berupa ") + type_name(v->type) +
                         ", versi pertama berupa " + type_name(e.type));
      }
      if (e.kind == entity_kind::rule &&
          static_cast<const rule*>(v->entity)->params.size() !=
             static_cast<const rule*>(e.entity)->params.size()) {
         m_sink.error("E-ARGUMEN", v->where,
                      "setiap versi aturan harus punya parameter sebanyak versi pertama");
      }
   }
   switch (e.kind) {
   case entity_kind::constant:
      link<constant>(e);
      break;
   case entity_kind::rule:
      link<rule>(e);
      break;
   case entity_kind::value:
      link<named_value>(e);
      break;
   case entity_kind::weight:
      link<weight_set>(e);
      break;
   case entity_kind::scale:
      link<scale>(e);
      break;
   default:
      break;
   }
}

void resolver::resolve_table(table& t, const ast::table_decl& d, module_scope& scope)
{
   t.file = d.file;
   t.file_where = d.file_where;
   t.title = d.title;
   t.delimiter = d.delimiter;
   t.where = d.where;
   m_table_decls[&t] = &d;
   std::set<std::string> seen;
   for (const ast::column_decl& c : d.columns) {
      if (!seen.insert(c.name.text).second) {
         m_sink.error("E-GANDA", c.name.where, "kolom '" + c.name.text + "' ditulis dua kali");
         continue;
      }
      if (c.formula) {
         // Resolved before it joins the table, so that it sees only the columns above it: rows
         // are computed top to bottom and no column can depend on itself.
         ir::expr_ptr formula =
            expression(*c.formula, {&scope, nullptr, period_only, &t, nullptr, false});
         const value_type type = formula->type;
         if (type == value_type::grouped) {
            m_sink.error("E-TIPE", formula->where,
                         "kolom turunan berisi satu nilai per baris, bukan nilai per kelompok");
         }
         column col{c.name.text, c.name.text,
                    type == value_type::number    ? ast::column_type::decimal
                    : type == value_type::boolean ? ast::column_type::boolean
                    : type == value_type::period  ? ast::column_type::period
                                                  : ast::column_type::text,
                    ast::number_style::comma_decimal, c.where};
         col.formula = formula.get();
         col.places = c.places;
         if (c.places && type != value_type::number && type != value_type::any) {
            m_sink.error("E-TIPE", c.places_where,
                         std::string("hanya angka yang dibulatkan; kolom ini berupa ") +
                            type_name(type));
         }
         t.formulas.push_back(std::move(formula));
         t.columns.push_back(std::move(col));
         continue;
      }
      if (c.type == ast::column_type::period) {
         if (t.period_column) {
            m_sink.error("E-GANDA", c.where, "tabel hanya boleh punya satu kolom periode");
         }
         t.period_column = t.columns.size();
      }
      t.columns.push_back(column{c.name.text, c.header.value_or(c.name.text), c.type, c.style,
                                 c.where});
   }
   if (t.columns.empty()) {
      m_sink.error("E-TABEL", d.name.where, "tabel '" + t.name + "' tidak punya kolom",
                   "sebutkan kolom yang dibaca: kolom nama teks");
   }
}

const scale* resolver::resolve_scale_name(const ast::qualified_name& n, module_scope& scope)
{
   module_scope* where = &scope;
   std::size_t i = 0;
   while (i + 1 < n.parts.size()) {
      entry* m = lookup(*where, n.parts[i].text);
      if (!m || m->kind != entity_kind::module) {
         break;
      }
      where = static_cast<module_scope*>(m->entity);
      ++i;
   }
   entry* e = i + 1 == n.parts.size() ? lookup(*where, n.parts[i].text) : nullptr;
   if (!e || e->kind != entity_kind::scale) {
      nearest_name search(n.parts.back().text);
      if (m_sink.keeps(severity::error)) { // only for an error that will be shown
         for (const auto& [name, candidate] : where->names) {
            if (candidate.kind == entity_kind::scale) {
               search.consider(name);
            }
         }
      }
      const std::string& guess = search.best();
      m_sink.error("E-NAMA", n.where, "skala '" + n.joined() + "' tidak dikenal",
                   guess.empty() ? "skala dinyatakan dengan: skala nama \"judul\" { ... }"
                                 : "mungkin maksud Anda '" + guess + "'");
      return nullptr;
   }
   ensure(*e, n.where);
   return static_cast<const scale*>(e->entity);
}

figure resolver::resolve_figure(const std::optional<ast::figure>& f, const local_scope& scope)
{
   figure out;
   if (!f) {
      return out;
   }
   out.where = f->where;
   out.places = f->places;
   if (f->formula) {
      out.formula = expression(*f->formula, scope);
      expect_type(*out.formula, value_type::number, "rumus");
   }
   return out;
}

void resolver::resolve_indicator(indicator& ind, const ast::indicator_decl& d,
                                 module_scope& scope)
{
   ind.title = d.title;
   ind.level = d.level;
   ind.unit = d.unit;
   ind.dir = d.dir.value_or(ast::direction::up);
   ind.definition = d.definition;
   ind.data_source = d.data_source;
   ind.budget_codes = d.budget_codes;
   ind.budget_all = d.budget_all;
   ind.info = citations(d.info);
   ind.where = d.where;
   if (d.parent) {
      entry* p = lookup(scope, d.parent->text);
      if (!p || p->kind != entity_kind::indicator) {
         unknown_name(*d.parent, local_scope{&scope, nullptr, 0, nullptr, nullptr, false},
                      "indikator induk");
      }
      else if (p->entity == &ind) {
         m_sink.error("E-SIKLUS", d.parent->where, "indikator tidak dapat menjadi induknya sendiri");
      }
      else {
         ind.parent = static_cast<const indicator*>(p->entity);
      }
   }
   for (const ast::target_entry& t : d.targets) {
      const auto when = core::period::parse(t.period);
      const auto value = number(t.value.canonical, t.where);
      if (!when || !value) {
         continue; // the parser has reported the bad period
      }
      if (!ind.targets.try_emplace(*when, target_value{*value, t.where}).second) {
         auto& diag = m_sink.error("E-GANDA", t.period_where,
                                   "target periode " + t.period + " ditulis dua kali");
         diag.notes.push_back({ind.targets.at(*when).where, "target pertama di sini"});
      }
   }
   const local_scope value_scope{&scope, nullptr, period_only, nullptr, nullptr, false};
   ind.value = resolve_figure(d.value, value_scope);
   ind.achievement =
      resolve_figure(d.achievement, {&scope, nullptr, achievement_context, nullptr, nullptr, false});
   ind.efficiency =
      resolve_figure(d.efficiency, {&scope, nullptr, efficiency_context, nullptr, nullptr, false});
   if (d.achievement_scale) {
      ind.achievement_scale = resolve_scale_name(*d.achievement_scale, scope);
   }
   if (d.value_scale) {
      ind.value_scale = resolve_scale_name(*d.value_scale, scope);
   }
   if (d.efficiency_scale) {
      ind.efficiency_scale = resolve_scale_name(*d.efficiency_scale, scope);
   }
}

void resolver::resolve_entry(entry& e)
{
   module_scope& scope = *e.home;
   const local_scope plain{&scope, nullptr, 0, nullptr, nullptr, false};
   switch (e.kind) {
   case entity_kind::module:
      break;
   case entity_kind::table:
      resolve_table(*static_cast<table*>(e.entity), std::get<ast::table_decl>(*e.decl), scope);
      break;
   case entity_kind::constant: {
      auto& c = *static_cast<constant*>(e.entity);
      const auto& d = std::get<ast::constant_decl>(*e.decl);
      c.title = d.title;
      c.info = citations(d.info);
      c.where = d.where;
      c.value = expression(*d.value, plain);
      e.type = c.value->type;
      break;
   }
   case entity_kind::rule: {
      auto& r = *static_cast<rule*>(e.entity);
      const auto& d = std::get<ast::rule_decl>(*e.decl);
      r.title = d.title;
      r.info = citations(d.info);
      r.where = d.where;
      std::set<std::string> seen;
      for (const ast::identifier& p : d.params) {
         if (!seen.insert(p.text).second) {
            m_sink.error("E-GANDA", p.where, "parameter '" + p.text + "' ditulis dua kali");
         }
         r.params.push_back(p.text);
      }
      r.body = expression(*d.body, {&scope, &r.params, 0, nullptr, nullptr, true});
      e.type = r.body->type;
      break;
   }
   case entity_kind::value: {
      auto& v = *static_cast<named_value*>(e.entity);
      const auto& d = std::get<ast::value_decl>(*e.decl);
      v.title = d.title;
      v.places = d.places;
      v.info = citations(d.info);
      v.where = d.where;
      v.value = expression(*d.value,
                           {&scope, nullptr, period_only, nullptr, nullptr, false, d.value.get()});
      e.type = v.value->type;
      break;
   }
   case entity_kind::weight: {
      auto& w = *static_cast<weight_set*>(e.entity);
      const auto& d = std::get<ast::weight_decl>(*e.decl);
      w.title = d.title;
      w.info = citations(d.info);
      w.where = d.where;
      w.total_where = d.total_where;
      if (d.total) {
         w.total = number(d.total->canonical, d.total_where);
      }
      std::set<std::string> seen;
      for (const ast::weight_item& item : d.items) {
         if (!seen.insert(item.name.text).second) {
            m_sink.error("E-GANDA", item.name.where,
                         "komponen '" + item.name.text + "' ditulis dua kali");
            continue;
         }
         w.items.push_back({item.name.text, item.title,
                            number(item.weight.canonical, item.where).value_or(core::decimal{}),
                            item.where});
      }
      e.type = value_type::number;
      break;
   }
   case entity_kind::scale: {
      auto& s = *static_cast<scale*>(e.entity);
      const auto& d = std::get<ast::scale_decl>(*e.decl);
      s.title = d.title;
      s.info = citations(d.info);
      s.where = d.where;
      const auto convert = [&](const ast::band& b) {
      band out;
      out.where = b.where;
      out.label = b.label;
      out.description = b.description;
      out.lower_closed = b.lower.closed;
      out.upper_closed = b.upper.closed;
      if (b.lower.canonical) {
         out.lower = number(*b.lower.canonical, b.lower.where);
      }
      if (b.upper.canonical) {
         out.upper = number(*b.upper.canonical, b.upper.where);
      }
      if ((!b.lower.canonical && b.lower.closed) || (!b.upper.canonical && b.upper.closed)) {
         m_sink.error("E-SKALA", b.where, "batas '~' (tanpa batas) harus terbuka",
                      "tulis (~..55) atau [100..~), bukan [~..55)");
      }
      if (out.lower && out.upper && *out.upper < *out.lower) {
         m_sink.error("E-SKALA", b.where, "batas bawah kelas lebih besar dari batas atasnya");
      }
      else if (out.lower && out.upper && *out.lower == *out.upper &&
               !(out.lower_closed && out.upper_closed)) {
         m_sink.error("E-SKALA", b.where, "kelas ini kosong: tidak ada nilai yang masuk",
                      "untuk satu titik tulis [a..a]");
      }
      return out;
      };
      for (const ast::band& b : d.bands) {
         s.bands.push_back(convert(b));
      }
      if (d.domain) {
         s.domain = convert(*d.domain);
      }
      if (s.bands.empty()) {
         m_sink.error("E-SKALA", d.name.where, "skala '" + s.name + "' tidak punya kelas");
      }
      break;
   }
   case entity_kind::indicator:
      resolve_indicator(*static_cast<indicator*>(e.entity), std::get<ast::indicator_decl>(*e.decl),
                        scope);
      e.type = value_type::number;
      break;
   }
}

// ---------------------------------------------------------------- names

entry* resolver::lookup(module_scope& scope, std::string_view name)
{
   auto it = scope.names.find(name);
   return it == scope.names.end() ? nullptr : &it->second;
}

// While a derived column is resolved, its table holds only the columns above it; a name of a
// column declared further down gets a hint instead of a guess.
std::string resolver::later_column_hint(const table* t, const std::string& name) const
{
   const auto it = t ? m_table_decls.find(t) : m_table_decls.end();
   if (it == m_table_decls.end()) {
      return {};
   }
   const auto& all = it->second->columns;
   const bool declared = std::any_of(all.begin(), all.end(), [&](const ast::column_decl& c) {
      return c.name.text == name;
   });
   const bool visible = std::any_of(t->columns.begin(), t->columns.end(),
                                    [&](const column& c) { return c.name == name; });
   if (!declared || visible) {
      return {};
   }
   return "kolom '" + name + "' dinyatakan di bawah kolom turunan ini; kolom turunan hanya dapat "
          "memakai kolom yang dinyatakan di atasnya";
}

void resolver::unknown_name(const ast::identifier& id, const local_scope& scope,
                            const std::string& what)
{
   // Spelling suggestions are looked for only for the errors that will be shown: a file with
   // thousands of unknown names beside thousands of declarations would otherwise spend minutes.
   nearest_name search(id.text);
   if (m_sink.keeps(severity::error)) {
      if (scope.params) {
         for (const std::string& p : *scope.params) {
            search.consider(p);
         }
      }
      for (const context_info& c : contexts) {
         if (scope.contexts & bit(c.which)) {
            search.consider(c.name);
         }
      }
      if (scope.row_table) {
         for (const column& c : scope.row_table->columns) {
            search.consider(c.name);
         }
      }
      for (const std::string_view name : scope.module->listed_names()) {
         search.consider(name);
      }
   }
   const std::string& guess = search.best();
   std::string hint = later_column_hint(scope.row_table, id.text);
   const bool context_name = std::any_of(std::begin(contexts), std::end(contexts),
                                         [&](const context_info& c) { return id.text == c.name; });
   if (hint.empty() && !guess.empty()) {
      hint = "mungkin maksud Anda '" + guess + "'";
   }
   else if (hint.empty() && context_name) {
      hint = "'" + id.text + "' hanya dikenal di dalam rumus capaian atau efisiensi indikator";
   }
   m_sink.error("E-NAMA", id.where, what + " '" + id.text + "' tidak dikenal", hint);
}

value_type column_value_type(const column& c)
{
   if (c.formula) {
      return c.formula->type;
   }
   switch (c.type) {
   case ast::column_type::text:
      return value_type::text;
   case ast::column_type::period:
      return value_type::period;
   case ast::column_type::boolean:
      return value_type::boolean;
   default:
      return value_type::number;
   }
}

ir::expr_ptr resolver::name(const ast::qualified_name& n, const local_scope& scope)
{
   const ast::identifier& first = n.parts.front();
   if (n.parts.size() == 1) {
      if (scope.params) {
         const auto it = std::find(scope.params->begin(), scope.params->end(), first.text);
         if (it != scope.params->end()) {
            return make(n.where, value_type::any,
                        ir::parameter_ref{static_cast<std::size_t>(it - scope.params->begin())});
         }
      }
      for (const context_info& c : contexts) {
         if ((scope.contexts & bit(c.which)) && first.text == c.name) {
            return make(n.where, c.type, ir::context_ref{c.which});
         }
      }
      if (scope.row_table) {
         const auto& cols = scope.row_table->columns;
         for (std::size_t i = 0; i < cols.size(); ++i) {
            if (cols[i].name == first.text) {
               return make(n.where, column_value_type(cols[i]),
                           ir::column_ref{scope.row_table, i});
            }
         }
      }
   }
   entry* e = lookup(*scope.module, first.text);
   if (!e) {
      unknown_name(first, scope);
      return error_node(n.where);
   }
   return entity_ref(*e, n, 1, scope);
}

// The meaning of name part `next_part - 1`, which denotes entry `e`, given the parts after it.
ir::expr_ptr resolver::entity_ref(entry& e, const ast::qualified_name& n, std::size_t next_part,
                                  const local_scope& scope)
{
   const bool last = next_part == n.parts.size();
   const ast::identifier& here = n.parts[next_part - 1];
   if (e.kind == entity_kind::module) {
      if (last) {
         m_sink.error("E-NAMA", n.where, "'" + here.text + "' adalah modul",
                      "sebut isinya, mis. " + here.text + ".nama");
         return error_node(n.where);
      }
      auto& inner = *static_cast<module_scope*>(e.entity);
      const ast::identifier& part = n.parts[next_part];
      entry* member = lookup(inner, part.text);
      if (!member || member->kind == entity_kind::module) {
         unknown_name(part, local_scope{&inner, nullptr, 0, nullptr, nullptr, false},
                      "isi modul " + here.text);
         return error_node(n.where);
      }
      return entity_ref(*member, n, next_part + 1, scope);
   }
   if (e.kind == entity_kind::table) {
      auto* t = static_cast<const table*>(e.entity);
      ensure(e, n.where);
      if (last) {
         m_sink.error("E-KOLOM", n.where, "'" + here.text + "' adalah tabel, bukan nilai",
                      "hitung barisnya dengan hitung(" + here.text + ") atau sebut kolomnya: " +
                         here.text + ".kolom");
         return error_node(n.where);
      }
      const ast::identifier& part = n.parts[next_part];
      const auto& cols = t->columns;
      const auto it = std::find_if(cols.begin(), cols.end(),
                                   [&](const column& c) { return c.name == part.text; });
      if (it == cols.end()) {
         std::vector<std::string> names;
         for (const column& c : cols) {
            names.push_back(c.name);
         }
         const std::string guess = closest(part.text, names);
         std::string hint = later_column_hint(t, part.text);
         if (hint.empty()) {
            hint = guess.empty() ? "kolom yang ada dinyatakan di deklarasi tabel"
                                 : "mungkin maksud Anda '" + guess + "'";
         }
         m_sink.error("E-NAMA", part.where,
                      "tabel '" + t->name + "' tidak punya kolom '" + part.text + "'", hint);
         return error_node(n.where);
      }
      if (scope.row_table != t) {
         if (scope.discovered && (!*scope.discovered || *scope.discovered == t)) {
            *scope.discovered = t;
         }
         else if (scope.discovered) {
            m_sink.error("E-KOLOM", n.where,
                         "satu agregat hanya boleh membaca satu tabel, ini sudah membaca '" +
                            (*scope.discovered)->name + "'");
            return error_node(n.where);
         }
         else {
            m_sink.error("E-KOLOM", n.where,
                         "kolom " + n.joined() + " hanya dapat dibaca di dalam agregat",
                         "mis. jumlah(" + n.joined() + "), rata(...), ambil(" + n.joined() +
                            " dengan kunci = \"...\")");
            return error_node(n.where);
         }
      }
      if (next_part + 1 != n.parts.size()) {
         m_sink.error("E-NAMA", n.parts[next_part + 1].where, "kolom tidak punya isi bernama");
         return error_node(n.where);
      }
      return make(n.where, column_value_type(*it),
                  ir::column_ref{t, static_cast<std::size_t>(it - cols.begin())});
   }
   if (e.kind == entity_kind::weight) {
      ensure(e, n.where);
      auto* w = static_cast<const weight_set*>(e.entity);
      if (last) {
         m_sink.error("E-NAMA", n.where, "'" + here.text + "' adalah daftar bobot",
                      "sebut komponennya, mis. " + here.text + "." +
                         (w->items.empty() ? std::string("nama") : w->items.front().name));
         return error_node(n.where);
      }
      const ast::identifier& part = n.parts[next_part];
      // A component may exist in only some versions of the set (SAKIP had five components under
      // PermenPANRB 12/2015 and four under 88/2021).
      const auto has_item = [&](const weight_set& set) {
         return std::any_of(set.items.begin(), set.items.end(),
                            [&](const weight_item& item) { return item.name == part.text; });
      };
      bool found = has_item(*w);
      for (const auto& v : e.later) {
         found = found || has_item(*static_cast<const weight_set*>(v->entity));
      }
      if (found) {
         return make(n.where, value_type::number, ir::weight_ref{w, part.text});
      }
      std::vector<std::string> names;
      for (const auto& item : w->items) {
         names.push_back(item.name);
      }
      const std::string guess = closest(part.text, names);
      m_sink.error("E-NAMA", part.where,
                   "bobot '" + w->name + "' tidak punya komponen '" + part.text + "'",
                   guess.empty() ? "" : "mungkin maksud Anda '" + guess + "'");
      return error_node(n.where);
   }
   if (!last) {
      m_sink.error("E-NAMA", n.parts[next_part].where,
                   std::string(kind_name(e.kind)) + " '" + here.text + "' tidak punya isi bernama");
      return error_node(n.where);
   }
   switch (e.kind) {
   case entity_kind::constant:
      ensure(e, n.where);
      return make(n.where, e.type, ir::constant_ref{static_cast<const constant*>(e.entity)});
   case entity_kind::value:
      ensure(e, n.where);
      if (e.type == value_type::grouped) {
         m_sink.error("E-KELOMPOK", n.where,
                      "nilai '" + here.text + "' berisi satu angka per kelompok ('menurut') dan "
                      "tidak dapat dipakai dalam rumus lain",
                      "hitung angka yang diperlukan dengan agregatnya sendiri, mis. rata(t.kolom "
                      "dengan t.jenis = \"PNS\")");
         return error_node(n.where);
      }
      return make(n.where, e.type, ir::value_ref{static_cast<const named_value*>(e.entity)});
   case entity_kind::indicator:
      ensure(e, n.where);
      return make(n.where, value_type::number,
                  ir::indicator_ref{static_cast<const indicator*>(e.entity)});
   case entity_kind::rule:
      m_sink.error("E-ARGUMEN", n.where, "aturan '" + here.text + "' harus dipanggil",
                   "tulis " + here.text + "(argumen; ...)");
      return error_node(n.where);
   case entity_kind::scale:
      m_sink.error("E-NAMA", n.where, "'" + here.text + "' adalah skala, bukan nilai",
                   "label kelas suatu nilai: kelas(" + here.text + "; nilai)");
      return error_node(n.where);
   default:
      return error_node(n.where);
   }
}

// ---------------------------------------------------------------- expressions

void resolver::expect_type(const ir::expr& e, value_type wanted, const char* role)
{
   if (e.type != wanted && e.type != value_type::any) {
      m_sink.error("E-TIPE", e.where,
                   std::string(role) + " harus berupa " + type_name(wanted) + ", bukan " +
                      type_name(e.type));
   }
}

ir::expr_ptr resolver::expression(const ast::expr& e, const local_scope& scope)
{
   // Formulas are resolved depth first through the names they refer to; past the evaluation
   // depth the formula is too deep to compute anyway, and the stack is spared.
   struct nesting
   {
      std::size_t& depth;
      ~nesting() { --depth; }
   } guard{++m_nesting};
   if (m_nesting > limits::max_evaluation_depth) {
      limit_error(m_steps_reported, e.where,
                  "perhitungan bersarang terlalu dalam: rumus ini dan rumus yang dirujuknya "
                  "melebihi " +
                     std::to_string(limits::max_evaluation_depth) + " tingkat",
                  "pecah rumus yang panjang atau kurangi rantai rujukannya");
      return error_node(e.where);
   }
   return std::visit(
      [&](const auto& node) -> ir::expr_ptr {
         using T = std::decay_t<decltype(node)>;
         if constexpr (std::is_same_v<T, ast::number_literal>) {
            return make(e.where, value_type::number, ir::literal{formula_number(node, e.where)});
         }
         else if constexpr (std::is_same_v<T, ast::string_literal>) {
            return make(e.where, value_type::text, ir::literal{node.value});
         }
         else if constexpr (std::is_same_v<T, ast::boolean_literal>) {
            return make(e.where, value_type::boolean, ir::literal{node.value});
         }
         else if constexpr (std::is_same_v<T, ast::name_ref>) {
            return name(node.name, scope);
         }
         else if constexpr (std::is_same_v<T, ast::unary>) {
            auto operand = expression(*node.operand, scope);
            const bool is_not = node.op == ast::unary_op::logical_not;
            expect_type(*operand, is_not ? value_type::boolean : value_type::number,
                        is_not ? "operand 'tidak'" : "operand '-'");
            return make(e.where, is_not ? value_type::boolean : value_type::number,
                        ir::unary{node.op, std::move(operand)});
         }
         else if constexpr (std::is_same_v<T, ast::binary>) {
            auto lhs = expression(*node.lhs, scope);
            auto rhs = expression(*node.rhs, scope);
            using op = ast::binary_op;
            value_type result = value_type::number;
            switch (node.op) {
            case op::add:
            case op::subtract:
               // periode - 1: the period one step earlier
               if (lhs->type == value_type::period) {
                  expect_type(*rhs, value_type::number, "langkah periode");
                  result = value_type::period;
                  break;
               }
               [[fallthrough]];
            case op::multiply:
            case op::divide:
               expect_type(*lhs, value_type::number, "operand aritmetika");
               expect_type(*rhs, value_type::number, "operand aritmetika");
               break;
            case op::logical_and:
            case op::logical_or:
               expect_type(*lhs, value_type::boolean, "operand 'dan'/'atau'");
               expect_type(*rhs, value_type::boolean, "operand 'dan'/'atau'");
               result = value_type::boolean;
               break;
            default:
               if (lhs->type != rhs->type && lhs->type != value_type::any &&
                   rhs->type != value_type::any) {
                  m_sink.error("E-TIPE", e.where,
                               std::string("tidak dapat membandingkan ") + type_name(lhs->type) +
                                  " dengan " + type_name(rhs->type));
               }
               else if (node.op != op::equal && node.op != op::not_equal &&
                        lhs->type == value_type::boolean) {
                  m_sink.error("E-TIPE", e.where, "benar/salah tidak punya urutan");
               }
               result = value_type::boolean;
               break;
            }
            return make(e.where, result, ir::binary{node.op, std::move(lhs), std::move(rhs)});
         }
         else if constexpr (std::is_same_v<T, ast::call>) {
            return call(e, node, scope);
         }
         else if constexpr (std::is_same_v<T, ast::conditional>) {
            auto condition = expression(*node.condition, scope);
            expect_type(*condition, value_type::boolean, "kondisi 'jika'");
            auto then_value = expression(*node.then_value, scope);
            auto else_value = expression(*node.else_value, scope);
            value_type t = then_value->type == value_type::any ? else_value->type : then_value->type;
            if (then_value->type != else_value->type && then_value->type != value_type::any &&
                else_value->type != value_type::any) {
               m_sink.error("E-TIPE", e.where,
                            std::string("cabang 'maka' berupa ") + type_name(then_value->type) +
                               " tetapi cabang 'lain' berupa " + type_name(else_value->type));
            }
            return make(e.where, t,
                        ir::conditional{std::move(condition), std::move(then_value),
                                        std::move(else_value)});
         }
         else {
            static_assert(std::is_same_v<T, ast::choose>);
            ir::choose out;
            out.subject = expression(*node.subject, scope);
            value_type t = value_type::any;
            const auto note_type = [&](const ir::expr& v) {
               if (t == value_type::any) {
                  t = v.type;
               }
               else if (v.type != t && v.type != value_type::any) {
                  m_sink.error("E-TIPE", v.where,
                               std::string("pilihan ini berupa ") + type_name(v.type) +
                                  ", pilihan lain berupa " + type_name(t));
               }
            };
            std::unordered_set<std::string_view> seen; // keys as written, views of the source
            for (const ast::choice_arm& arm : node.arms) {
               ir::choice_arm out_arm;
               for (const ast::expr_ptr& key : arm.keys) {
                  const bool is_text = std::holds_alternative<ast::string_literal>(key->node);
                  const value_type key_type = is_text ? value_type::text : value_type::number;
                  if (out.subject->type != value_type::any && out.subject->type != key_type) {
                     m_sink.error("E-TIPE", key->where,
                                  std::string("kunci berupa ") + type_name(key_type) +
                                     " tetapi yang dipilih berupa " +
                                     type_name(out.subject->type));
                  }
                  const std::string_view text = key->where.text();
                  if (!seen.insert(text).second) {
                     m_sink.error("E-GANDA", key->where,
                                  "kunci " + std::string(text) + " ditulis dua kali");
                  }
                  if (is_text) {
                     out_arm.keys.emplace_back(std::get<ast::string_literal>(key->node).value);
                  }
                  else {
                     out_arm.keys.emplace_back(
                        formula_number(std::get<ast::number_literal>(key->node), key->where));
                  }
               }
               out_arm.value = expression(*arm.value, scope);
               note_type(*out_arm.value);
               out.arms.push_back(std::move(out_arm));
            }
            if (node.otherwise) {
               out.otherwise = expression(*node.otherwise, scope);
               note_type(*out.otherwise);
            }
            return make(e.where, t, std::move(out));
         }
      },
      e.node);
}

ir::expr_ptr resolver::call(const ast::expr& e, const ast::call& c, const local_scope& scope)
{
   const ast::qualified_name& callee = c.callee;
   if (callee.parts.size() == 1) {
      if (const builtin* b = find_builtin(callee.parts.front().text)) {
         const int n = static_cast<int>(c.args.size());
         if (n < b->min_args || (b->max_args >= 0 && n > b->max_args)) {
            const std::string expected =
               b->max_args < 0 ? "paling sedikit " + std::to_string(b->min_args)
               : b->min_args == b->max_args
                  ? std::to_string(b->min_args)
                  : std::to_string(b->min_args) + " sampai " + std::to_string(b->max_args);
            m_sink.error("E-ARGUMEN", e.where,
                         std::string(b->name) + "() memerlukan " + expected + " argumen, diberi " +
                            std::to_string(n),
                         "argumen dipisahkan dengan ';'");
            return error_node(e.where);
         }
         if (b->over_table && n == 1) {
            return aggregate(e, *b, c.args.front(), scope);
         }
         return function(e, *b, c, scope);
      }
   }
   // A user rule: name or module.name.
   module_scope* where = scope.module;
   for (std::size_t i = 0; i + 1 < callee.parts.size(); ++i) {
      entry* m = lookup(*where, callee.parts[i].text);
      if (!m || m->kind != entity_kind::module) {
         unknown_name(callee.parts[i], local_scope{where, nullptr, 0, nullptr, nullptr, false},
                      "modul");
         return error_node(e.where);
      }
      where = static_cast<module_scope*>(m->entity);
   }
   entry* target = lookup(*where, callee.parts.back().text);
   if (!target || target->kind != entity_kind::rule) {
      nearest_name search(callee.parts.back().text);
      if (m_sink.keeps(severity::error)) {
         for (const builtin& b : builtins) {
            search.consider(b.name);
         }
         for (const auto& [name, candidate] : where->names) {
            if (candidate.kind == entity_kind::rule) {
               search.consider(name);
            }
         }
      }
      const std::string& guess = search.best();
      const std::string what =
         target ? std::string(kind_name(target->kind)) + " '" + callee.joined() +
                     "' tidak dapat dipanggil"
                : "fungsi atau aturan '" + callee.joined() + "' tidak dikenal";
      m_sink.error("E-NAMA", callee.where, what,
                   guess.empty() ? "" : "mungkin maksud Anda '" + guess + "'");
      return error_node(e.where);
   }
   ensure(*target, callee.where);
   auto* r = static_cast<const rule*>(target->entity);
   if (r->params.size() != c.args.size()) {
      m_sink.error("E-ARGUMEN", e.where,
                   "aturan '" + callee.joined() + "' memerlukan " +
                      std::to_string(r->params.size()) + " argumen, diberi " +
                      std::to_string(c.args.size()));
      return error_node(e.where);
   }
   ir::rule_call out{r, {}};
   for (const ast::argument& a : c.args) {
      if (a.filter || !a.group_by.empty()) {
         m_sink.error("E-ARGUMEN", a.value->where,
                      "'dengan' dan 'menurut' hanya untuk agregat atas tabel");
      }
      out.args.push_back(expression(*a.value, scope));
   }
   return make(e.where, target->type, std::move(out));
}

ir::expr_ptr resolver::aggregate(const ast::expr& e, const builtin& b, const ast::argument& arg,
                                 const local_scope& scope)
{
   const std::string fname(b.name);
   if (!arg.group_by.empty() && scope.grouping_at != &e) {
      m_sink.error("E-KELOMPOK", arg.group_by.front()->where,
                   "agregat dengan 'menurut' hanya boleh menjadi seluruh rumus sebuah nilai",
                   "tulis hasil per kelompok sebagai nilai tersendiri, mis. nilai x = rata(t.kolom "
                   "menurut t.jenis) bulat 2");
      return error_node(e.where);
   }
   // hitung(tabel ...): the argument names a whole table.
   const table* source = nullptr;
   ir::expr_ptr row_value;
   const auto* bare = std::get_if<ast::name_ref>(&arg.value->node);
   if (bare && bare->name.parts.size() == 1) {
      entry* t = lookup(*scope.module, bare->name.parts.front().text);
      if (t && t->kind == entity_kind::table) {
         ensure(*t, bare->name.where);
         source = static_cast<const table*>(t->entity);
      }
   }
   if (!source) {
      local_scope inner = scope;
      inner.row_table = nullptr;
      inner.discovered = &source;
      row_value = expression(*arg.value, inner);
   }
   const bool only_aggregate = !b.over_values;
   if (!source) {
      if (only_aggregate || arg.filter || !arg.group_by.empty()) {
         m_sink.error("E-ARGUMEN", arg.value->where,
                      fname + "() memerlukan tabel atau kolom tabel",
                      only_aggregate ? "mis. " + fname + "(tabel.kolom dengan kolom_lain = \"x\")"
                                     : "'dengan' dan 'menurut' hanya untuk agregat atas kolom tabel");
         return error_node(e.where);
      }
      // One plain value: jumlah(x) is x.
      expect_type(*row_value, value_type::number, "argumen");
      ir::function_call out{*b.over_values, {}, nullptr};
      out.args.push_back(std::move(row_value));
      return make(e.where, value_type::number, std::move(out));
   }
   ir::aggregate out;
   out.source = source;
   out.kind = *b.over_table;
   value_type result = value_type::number;
   if (b.result == result_rule::row_value) {
      if (!row_value) {
         m_sink.error("E-ARGUMEN", arg.value->where, "ambil() memerlukan kolom yang diambil",
                      "mis. ambil(" + source->name + ".kolom dengan kunci = \"x\")");
         return error_node(e.where);
      }
      result = row_value->type;
   }
   else if (out.kind == ir::aggregate_kind::count_distinct) {
      if (!row_value) {
         m_sink.error("E-ARGUMEN", arg.value->where,
                      "hitung_unik() memerlukan kolom yang dihitung nilai bedanya",
                      "mis. hitung_unik(" + source->name + ".kolom)");
         return error_node(e.where);
      }
   }
   else if (out.kind != ir::aggregate_kind::count) {
      if (!row_value) {
         m_sink.error("E-ARGUMEN", arg.value->where,
                      fname + "() atas tabel memerlukan kolom, mis. " + fname + "(" +
                         source->name + ".kolom)");
         return error_node(e.where);
      }
      expect_type(*row_value, value_type::number, "nilai yang dijumlah/dirata-rata");
   }
   out.row_value = out.kind == ir::aggregate_kind::count ? nullptr : std::move(row_value);
   if (arg.filter) {
      local_scope inner = scope;
      inner.row_table = source;
      inner.discovered = nullptr;
      out.filter = expression(*arg.filter, inner);
      expect_type(*out.filter, value_type::boolean, "kondisi 'dengan'");
   }
   // menurut <key>, <key>: expressions over the row, like the filter.
   for (const ast::expr_ptr& key : arg.group_by) {
      local_scope inner = scope;
      inner.row_table = source;
      inner.discovered = nullptr;
      out.group_by.push_back(expression(*key, inner));
   }
   if (!out.group_by.empty()) {
      result = value_type::grouped;
   }
   return make(e.where, result, std::move(out));
}

value_type result_type(const builtin& b, const std::vector<ir::expr_ptr>& args)
{
   switch (b.result) {
   case result_rule::number:
      return value_type::number;
   case result_rule::text:
      return value_type::text;
   case result_rule::boolean:
      return value_type::boolean;
   case result_rule::either_arg:
      return args[0]->type == value_type::any ? args[1]->type : args[0]->type;
   case result_rule::row_value:
      return args.empty() ? value_type::any : args[0]->type;
   }
   return value_type::any;
}

// `periode`, `periode + 0` or `periode - 0`: the period being evaluated.
bool is_current_period(const ir::expr& e)
{
   if (const auto* c = std::get_if<ir::context_ref>(&e.node)) {
      return c->name == ir::context_name::period;
   }
   const auto* b = std::get_if<ir::binary>(&e.node);
   if (!b || (b->op != ast::binary_op::add && b->op != ast::binary_op::subtract)) {
      return false;
   }
   const auto* step = std::get_if<ir::literal>(&b->rhs->node);
   const auto* number = step ? std::get_if<core::decimal>(&step->value) : nullptr;
   return number && number->is_zero() && is_current_period(*b->lhs);
}

ir::expr_ptr resolver::function(const ast::expr& e, const builtin& b, const ast::call& c,
                                const local_scope& scope)
{
   for (const ast::argument& a : c.args) {
      if (a.filter || !a.group_by.empty()) {
         m_sink.error("E-ARGUMEN", a.value->where,
                      "'dengan' dan 'menurut' hanya untuk agregat atas satu kolom tabel");
         return error_node(e.where);
      }
   }
   const ir::function fn = *b.over_values;
   ir::function_call out{fn, {}, nullptr};
   const auto first_name = [&]() -> const ast::name_ref* {
      return std::get_if<ast::name_ref>(&c.args.front().value->node);
   };
   switch (fn) {
   case ir::function::realisasi_at:
   case ir::function::target_at: {
      const ast::name_ref* ref = first_name();
      entry* target = ref && ref->name.parts.size() == 1
                         ? lookup(*scope.module, ref->name.parts.front().text)
                         : nullptr;
      if (!target || target->kind != entity_kind::indicator) {
         m_sink.error("E-ARGUMEN", c.args.front().value->where,
                      "argumen pertama " + std::string(b.name) + "() harus nama indikator",
                      "mis. " + std::string(b.name) + "(ip_asn; periode - 1)");
         return error_node(e.where);
      }
      auto when = expression(*c.args[1].value, scope);
      if (when->type == value_type::boolean) {
         m_sink.error("E-TIPE", when->where, "periode harus berupa tahun atau periode");
      }
      // The realisasi of the period being computed is a reference like any other, so a figure
      // that needs its own realisasi of the same period is a cycle found here, not while
      // evaluating. Other periods are followed while evaluating, and so are the references of
      // a capaian or efisiensi formula, which may read the realisasi of its own indicator.
      const bool figure_formula = (scope.contexts & bit(ir::context_name::realisasi)) != 0;
      if (fn == ir::function::realisasi_at && !figure_formula && is_current_period(*when)) {
         ensure(*target, e.where);
      }
      out.args.push_back(make(ref->name.where, value_type::number,
                              ir::indicator_ref{static_cast<const indicator*>(target->entity)}));
      out.args.push_back(std::move(when));
      return make(e.where, result_type(b, out.args), std::move(out));
   }
   case ir::function::classify: {
      const ast::name_ref* ref = first_name();
      if (!ref) {
         m_sink.error("E-ARGUMEN", c.args.front().value->where,
                      "argumen pertama kelas() harus nama skala");
         return error_node(e.where);
      }
      out.scale_arg = resolve_scale_name(ref->name, *scope.module);
      auto x = expression(*c.args[1].value, scope);
      expect_type(*x, value_type::number, "nilai yang digolongkan");
      out.args.push_back(std::move(x));
      return make(e.where, result_type(b, out.args), std::move(out));
   }
   case ir::function::exact: {
      auto x = expression(*c.args.front().value, scope);
      const bool figure_ref = std::holds_alternative<ir::indicator_ref>(x->node) ||
                              std::holds_alternative<ir::value_ref>(x->node) ||
                              std::holds_alternative<ir::context_ref>(x->node);
      if (!figure_ref) {
         m_sink.error("E-ARGUMEN", x->where,
                      "tepat() berlaku untuk indikator, nilai bernama, realisasi, capaian atau "
                      "serapan",
                      "tepat(x) memberi angka x sebelum dibulatkan");
      }
      out.args.push_back(std::move(x));
      return make(e.where, result_type(b, out.args), std::move(out));
   }
   default:
      break;
   }
   for (const ast::argument& a : c.args) {
      out.args.push_back(expression(*a.value, scope));
   }
   switch (fn) {
   case ir::function::round:
   case ir::function::round_even:
   case ir::function::truncate: {
      expect_type(*out.args[0], value_type::number, "nilai yang dibulatkan");
      const auto* places = std::get_if<ir::literal>(&out.args[1]->node);
      const auto* number = places ? std::get_if<core::decimal>(&places->value) : nullptr;
      const auto digits = number ? number->to_int64() : std::nullopt;
      if (!digits || *digits < 0 || *digits > 30) {
         m_sink.error("E-ARGUMEN", out.args[1]->where,
                      "jumlah desimal " + std::string(b.name) +
                         "() harus bilangan bulat 0 sampai 30 yang ditulis langsung",
                      "mis. " + std::string(b.name) + "(x; 2)");
      }
      break;
   }
   case ir::function::available:
      break;
   case ir::function::if_missing:
      if (out.args[0]->type != out.args[1]->type && out.args[0]->type != value_type::any &&
          out.args[1]->type != value_type::any) {
         m_sink.error("E-TIPE", e.where, "pengganti harus sejenis dengan nilai yang diganti");
      }
      break;
   default:
      for (const auto& a : out.args) {
         expect_type(*a, value_type::number, "argumen");
      }
      break;
   }
   return make(e.where, result_type(b, out.args), std::move(out));
}

// ---------------------------------------------------------------- overrides and examples

entry* resolver::find_entry(const ast::qualified_name& n, module_scope& scope)
{
   module_scope* where = &scope;
   for (std::size_t i = 0; i + 1 < n.parts.size(); ++i) {
      entry* m = lookup(*where, n.parts[i].text);
      if (!m || m->kind != entity_kind::module) {
         unknown_name(n.parts[i], local_scope{where, nullptr, 0, nullptr, nullptr, false}, "modul");
         return nullptr;
      }
      where = static_cast<module_scope*>(m->entity);
   }
   entry* e = lookup(*where, n.parts.back().text);
   if (!e) {
      unknown_name(n.parts.back(), local_scope{where, nullptr, 0, nullptr, nullptr, false});
   }
   return e;
}

// ubah modul.tetapan = nilai: the agency's value replaces the module's in every period, and
// `explain` shows both with the agency's citation.
void resolver::resolve_override(const ast::override_decl& d, module_scope& scope)
{
   entry* e = find_entry(d.target, scope);
   if (!e) {
      return;
   }
   if (e->kind != entity_kind::constant) {
      m_sink.error("E-UBAH", d.target.where,
                   std::string("hanya tetapan yang dapat diubah; '") + d.target.joined() +
                      "' adalah " + kind_name(e->kind),
                   "aturan, skala dan bobot diganti dengan menulis versinya sendiri");
      return;
   }
   if (e->home == &scope) {
      m_sink.error("E-UBAH", d.target.where,
                   "'" + d.target.joined() + "' ditulis di berkas ini; ubah nilainya di sana",
                   "'ubah' untuk tetapan modul pustaka (mis. ipasn.poin_s1)");
      return;
   }
   auto* c = static_cast<constant*>(e->entity);
   if (c->changed) {
      auto& diag = m_sink.error("E-GANDA", d.where,
                                "tetapan '" + d.target.joined() + "' sudah diubah");
      diag.notes.push_back({c->changed->where, "perubahan pertama di sini"});
      return;
   }
   ensure(*e, d.target.where);
   auto value = expression(*d.value, {&scope, nullptr, 0, nullptr, nullptr, false});
   if (value->type != e->type && value->type != value_type::any && e->type != value_type::any) {
      m_sink.error("E-TIPE", value->where,
                   std::string("nilai pengganti berupa ") + type_name(value->type) +
                      ", tetapan aslinya berupa " + type_name(e->type));
   }
   if (d.info.citations.empty()) {
      m_sink.warning("W-UBAH-TANPA-DASAR", d.where,
                     "perubahan tetapan '" + d.target.joined() + "' tidak menyebut dasarnya",
                     "tulis dasar \"...\" agar auditor tahu mengapa nilai pustaka diganti");
   }
   c->changed = override_info{std::move(value), citations(d.info), d.where};
}

void resolver::resolve_example(const ast::example_decl& d, module_scope& scope)
{
   auto ex = std::make_unique<example>();
   ex->title = d.title;
   ex->owner = scope.info;
   ex->where = d.where;
   if (d.when) {
      ex->when = core::period::parse(*d.when);
   }
   const local_scope plain{&scope, nullptr, period_only, nullptr, nullptr, false};
   for (const ast::given& g : d.givens) {
      entry* e = find_entry(g.target, scope);
      if (!e) {
         continue;
      }
      if (e->kind != entity_kind::constant && e->kind != entity_kind::value &&
          e->kind != entity_kind::indicator) {
         m_sink.error("E-CONTOH", g.target.where,
                      std::string("'andaikan' berlaku untuk tetapan, nilai atau indikator; '") +
                         g.target.joined() + "' adalah " + kind_name(e->kind));
         continue;
      }
      ensure(*e, g.target.where);
      ex->givens.push_back({e->entity, expression(*g.value, plain), g.where});
   }
   for (const ast::expr_ptr& a : d.assertions) {
      auto check = expression(*a, plain);
      expect_type(*check, value_type::boolean, "pernyataan contoh");
      ex->assertions.push_back(std::move(check));
   }
   if (d.assertions.empty()) {
      m_sink.warning("W-CONTOH-KOSONG", d.title_where,
                     "contoh \"" + d.title + "\" tidak memuat pernyataan",
                     "tulis pernyataan yang harus benar, mis. bulat(x; 2) = 77,32");
   }
   m_program->examples.push_back(std::move(ex));
}

// ---------------------------------------------------------------- driver

std::unique_ptr<program> resolver::run()
{
   m_program = std::make_unique<program>();
   program& p = *m_program;
   for (const auto& m : m_modules.modules) {
      auto info = std::make_unique<module_info>();
      info->name = m->name;
      info->syntax = &m->syntax;
      auto scope = std::make_unique<module_scope>();
      scope->info = info.get();
      scope->syntax = &m->syntax;
      p.modules.push_back(std::move(info));
      m_scopes.push_back(std::move(scope));
   }
   if (m_modules.modules.empty()) {
      return std::move(m_program);
   }
   const ast::module& main = m_modules.modules.front()->syntax;
   p.main_file = main.file;
   p.library = main.head && main.head->what == ast::header::kind::module;
   if (main.head && main.head->what == ast::header::kind::agency) {
      p.agency = main.head->title;
      p.renstra_from = main.head->renstra_from;
      p.renstra_to = main.head->renstra_to;
   }
   for (auto& scope : m_scopes) {
      for (const ast::declaration& d : scope->syntax->declarations) {
         declare(*scope, d);
      }
   }
   for (auto& scope : m_scopes) {
      for (auto& [name, e] : scope->names) {
         ensure(e, e.where);
      }
   }
   for (const auto& [decl, scope] : m_overrides) {
      resolve_override(*decl, *scope);
   }
   for (const auto& [decl, scope] : m_examples) {
      resolve_example(*decl, *scope);
   }
   if (p.budget) {
      for (const ast::declaration& d : main.declarations) {
         if (const auto* b = std::get_if<ast::budget_decl>(&d); b && b->absorption_scale) {
            p.budget->absorption_scale = resolve_scale_name(*b->absorption_scale, *m_scopes.front());
         }
      }
   }
   // Indicators are kept in the order they are written, which is the order reports show.
   std::stable_sort(p.indicators.begin(), p.indicators.end(),
                    [](const auto& a, const auto& b) { return a->where.begin < b->where.begin; });
   return std::move(m_program);
}

} // namespace

const std::vector<std::string>& builtin_function_names()
{
   static const std::vector<std::string> names = [] {
      std::vector<std::string> out;
      for (const builtin& b : builtins) {
         out.emplace_back(b.name);
      }
      return out;
   }();
   return names;
}

std::unique_ptr<program> resolve(const module_set& modules, diagnostic_sink& sink)
{
   return resolver(modules, sink).run();
}

} // namespace ind::lang
