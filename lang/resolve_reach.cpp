// Resolution order, cycles and limits: entities are resolved on first use, a name met again while
// it is being resolved closes a cycle, and each resolved entity knows how deep its evaluation can
// go, checked against lang/limits.hpp before anything is evaluated.
#include "lang/limits.hpp"
#include "lang/resolver.hpp"

#include <algorithm>
#include <functional>

namespace ind::lang::resolving {

void reach::widen(const reach& other)
{
   chain = std::max(chain, other.chain);
   calls = std::max(calls, other.calls);
   steps = std::max(steps, other.steps);
}

void resolver::ensure(entry& e, span used_at)
{
   if (e.state == progress::done) {
      return;
   }
   if (e.state == progress::active) {
      report_cycle(e, used_at);
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

// A cycle: the path runs from e's place on the stack to the top. Every entity on it is marked, so
// that the same cycle met again from another of its names is not reported twice.
void resolver::report_cycle(const entry& e, span used_at)
{
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
}

// An entity left unresolved because of a limit: it stays usable by the passes that follow.
void resolver::give_up(entry& e)
{
   const auto placeholder = [&](entry& version) {
      if (auto* c = version.as<constant>()) {
         c->value = error_node(version.where);
      }
      else if (auto* v = version.as<named_value>()) {
         v->value = error_node(version.where);
      }
      else if (auto* r = version.as<rule>()) {
         for (const ast::identifier& p : std::get<ast::rule_decl>(*version.decl).params) {
            r->params.push_back(p.text);
         }
         r->body = error_node(version.where);
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
         r.widen(reach_of(*child));
      }
   };
   // `nested`: evaluated one call level deeper (an aturan body, a tetapan, a derived column);
   // a named figure starts a new figure.
   const auto refer = [&](entity_key named, bool nested) {
      const auto it = m_entries.find(named);
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

namespace {

// The reach of an entity: the deepest of its versions' formulas. An indicator's capaian may read
// its realisasi and its efisiensi its capaian, so their steps add up.
reach entity_reach(const entry& e, const std::function<reach(const ir::expr&)>& of)
{
   reach r;
   const auto deepest = [&](const ir::expr* x) {
      if (x) {
         r.widen(of(*x));
      }
   };
   if (const auto* c = e.as<constant>()) {
      deepest(c->value.get());
   }
   else if (const auto* rl = e.as<rule>()) {
      deepest(rl->body.get());
   }
   else if (const auto* v = e.as<named_value>()) {
      deepest(v->value.get());
   }
   else if (const auto* t = e.as<table>()) {
      for (const ir::expr_ptr& f : t->formulas) {
         deepest(f.get());
      }
   }
   else if (const auto* ind = e.as<indicator>()) {
      std::size_t steps = 0;
      for (const figure* f : ind->figures()) {
         deepest(f->formula.get());
         steps += f->formula ? of(*f->formula).steps : 0;
      }
      r.steps = steps;
   }
   return r;
}

} // namespace

reach resolver::reach_of(const entry& e) const
{
   const auto of = [this](const ir::expr& x) { return reach_of(x); };
   reach r = entity_reach(e, of);
   for (const auto& v : e.later) {
      r.widen(entity_reach(*v, of));
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

} // namespace ind::lang::resolving
