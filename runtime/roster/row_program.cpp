#include "runtime/roster/row_program.hpp"

#include "lang/walk.hpp"
#include "lang/limits.hpp"
#include "runtime/operations.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <set>

namespace ind::rt::roster {

namespace ir = lang::ir;

namespace {

using lang::ast::binary_op;
using scaled::compare;

// The codes of a roster are short: compared inline, without a call to memcmp.
[[gnu::always_inline]] inline bool same_text(std::string_view a, std::string_view b)
{
   const std::size_t n = a.size();
   if (n != b.size()) {
      return false;
   }
   if (n > 16) {
      return a == b;
   }
   for (std::size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) {
         return false;
      }
   }
   return true;
}

bool equal_cells(const cell& a, const cell& b)
{
   if (a.t != b.t) {
      return false;
   }
   switch (a.t) {
   case tag::number:
      return compare(a.n, b.n) == 0;
   case tag::boolean:
      return a.b == b.b;
   case tag::text:
      return same_text(a.text, b.text);
   case tag::period:
      return a.p == b.p;
   case tag::missing:
      return true;
   }
   return true; // unreachable: every tag is handled above
}

cell number_cell(fixed x)
{
   cell c;
   c.t = tag::number;
   c.n = x;
   return c;
}

cell bool_cell(bool b)
{
   cell c;
   c.t = tag::boolean;
   c.b = b;
   return c;
}

const cell missing_cell{};

// Results are written field by field into their slot: building a whole cell first and copying
// it costs a stalled store for every instruction.
inline void set_number(cell& d, fixed x)
{
   d.n = x;
   d.t = tag::number;
}

inline void set_bool(cell& d, bool b)
{
   d.b = b;
   d.t = tag::boolean;
}

// The number of each argument slot of a list (jumlah, rata, min, maks over values).
struct list_numbers
{
   const cell* slots;
   const std::vector<std::uint16_t>& list;
   const fixed& operator()(std::size_t k) const { return slots[list[k]].n; }
};

// dst = a O b for an arithmetic operator O. Each instruction names its operator as a constant,
// so that the shared code (runtime/operations.hpp) is inlined for it without a second dispatch.
// false: the row needs the evaluator.
template <binary_op O>
[[gnu::always_inline]] inline bool arithmetic_step(const cell& a, const cell& b, cell& dst)
{
   if (a.t == tag::missing) {
      dst = a;
      return true;
   }
   if (b.t == tag::missing) {
      dst = b;
      return true;
   }
   if constexpr (O == binary_op::add || O == binary_op::subtract) {
      if (a.t == tag::period && b.t == tag::number) {
         int steps = 0;
         const ops::step_status step = ops::period_step(O, b.n, steps);
         if (step == ops::step_status::too_far) {
            return false; // the evaluator says how far
         }
         if (step == ops::step_status::not_integer) {
            dst = missing_cell; // langkah periode harus bilangan bulat
            return true;
         }
         cell out;
         out.t = tag::period;
         out.p = a.p.shifted(steps);
         dst = out;
         return true;
      }
   }
   if (a.t != tag::number || b.t != tag::number) {
      return false;
   }
   fixed out;
   const ops::status done = ops::arithmetic(O, a.n, b.n, out);
   if (done == ops::status::zero_divisor) {
      dst = missing_cell; // pembagian dengan nol
      return true;
   }
   if (done == ops::status::exact_path) {
      return false;
   }
   set_number(dst, out);
   return true;
}

// dst = a O b for an ordering operator O (<, <=, >, >=), numbers first.
template <binary_op O>
[[gnu::always_inline]] inline void order_step(const cell& a, const cell& b, cell& dst)
{
   int order = 0;
   if (a.t == tag::number && b.t == tag::number) {
      order = compare(a.n, b.n);
   }
   else if (a.t == tag::missing) {
      dst = a;
      return;
   }
   else if (b.t == tag::missing) {
      dst = b;
      return;
   }
   else if (a.t == tag::text && b.t == tag::text) {
      const int c = a.text.compare(b.text);
      order = c < 0 ? -1 : c > 0 ? 1 : 0;
   }
   else if (a.t == tag::period && b.t == tag::period) {
      order = a.p < b.p ? -1 : b.p < a.p ? 1 : 0;
   }
   else {
      dst = missing_cell; // nilai tidak dapat dibandingkan
      return;
   }
   set_bool(dst, ops::holds(O, order));
}

} // namespace

// ---------------------------------------------------------------- cells

value to_value(const cell& c)
{
   switch (c.t) {
   case tag::number:
      return agg::to_decimal(c.n);
   case tag::boolean:
      return c.b;
   case tag::text:
      return std::string(c.text);
   case tag::period:
      return c.p;
   case tag::missing:
      return value{};
   }
   return value{}; // unreachable: every tag is handled above
}

std::optional<cell> to_cell(const value& v, std::deque<std::string>& texts)
{
   cell c;
   if (v.is_missing()) {
      return c;
   }
   if (v.is_bool()) {
      return bool_cell(v.as_bool());
   }
   if (v.is_text()) {
      c.t = tag::text;
      c.text = texts.emplace_back(v.as_text());
      return c;
   }
   if (v.is_period()) {
      c.t = tag::period;
      c.p = v.as_period();
      return c;
   }
   if (!v.is_number() || !v.as_number().is_terminating()) {
      return std::nullopt;
   }
   // The exact digits, read back into a 64-bit coefficient when they fit.
   const std::string text = v.as_number().to_string();
   fixed x;
   bool negative = false;
   bool point = false;
   int digits = 0;
   for (const char ch : text) {
      if (ch == '-') {
         negative = true;
      }
      else if (ch == '.') {
         point = true;
      }
      else {
         // Leading zeros (0,000001) take no room in the coefficient, only in the scale.
         digits += x.coef != 0 || ch != '0' ? 1 : 0;
         x.scale += point ? 1 : 0;
         if (digits > 18 || x.scale > scaled::max_fixed_scale) {
            return std::nullopt;
         }
         x.coef = x.coef * 10 + (ch - '0');
      }
   }
   x.coef = negative ? -x.coef : x.coef;
   return number_cell(x);
}

// ---------------------------------------------------------------- running

namespace {

// The bytes of a text of at most eight bytes in one integer, the first in the lowest byte.
[[gnu::always_inline]] inline std::uint64_t packed(std::string_view s)
{
   std::uint64_t bytes = 0;
   for (std::size_t k = 0; k < s.size(); ++k) {
      bytes |= std::uint64_t{static_cast<unsigned char>(s[k])} << (8 * k);
   }
   return bytes;
}

} // namespace

void row_program::choice_table::add_text(std::string_view key, std::int32_t arm)
{
   text_keys.push_back(key);
   text_arms.push_back(arm);
   if (key.size() <= 8) {
      short_keys.push_back({packed(key), static_cast<std::uint32_t>(key.size()), arm});
   }
}

std::int32_t row_program::choice_table::arm(const cell& a) const
{
   if (a.t == tag::text) {
      const std::string_view s = a.text;
      if (s.size() <= 8) {
         const std::uint64_t bytes = packed(s);
         for (const short_key& k : short_keys) {
            if (k.bytes == bytes && k.size == s.size()) {
               return k.arm;
            }
         }
         return otherwise;
      }
      for (std::size_t k = 0; k < text_keys.size(); ++k) {
         if (same_text(text_keys[k], s)) {
            return text_arms[k];
         }
      }
   }
   else if (a.t == tag::number) {
      for (std::size_t k = 0; k < number_keys.size(); ++k) {
         if (compare(number_keys[k], a.n) == 0) {
            return number_arms[k];
         }
      }
   }
   return otherwise;
}

namespace {

// The instructions of one operand and one result. Each returns false when the row needs the
// evaluator; a missing operand makes the result missing.

// A number operation of one operand (ops::negate, ops::absolute) on a cell.
template <ops::status (*Op)(const fixed&, fixed&)>
[[gnu::always_inline]] inline bool number_step(const cell& a, cell& dst)
{
   if (a.t == tag::missing) {
      dst = a;
      return true;
   }
   fixed out;
   if (a.t != tag::number || Op(a.n, out) != ops::status::ok) {
      return false;
   }
   set_number(dst, out);
   return true;
}

[[gnu::always_inline]] inline bool not_step(const cell& a, cell& dst)
{
   if (a.t == tag::missing) {
      dst = a;
      return true;
   }
   if (a.t != tag::boolean) {
      return false;
   }
   set_bool(dst, !a.b);
   return true;
}

[[gnu::always_inline]] inline void equality_step(bool equal, const cell& a, const cell& b, cell& dst)
{
   if (a.t == tag::missing) {
      dst = a;
   }
   else if (b.t == tag::missing) {
      dst = b;
   }
   else {
      set_bool(dst, equal_cells(a, b) == equal);
   }
}

// dan / atau whose right side needs no code: `stop` is the left value that decides alone.
[[gnu::always_inline]] inline bool logic_step(bool stop, const cell& a, const cell& b, cell& dst)
{
   if (a.t == tag::missing) {
      dst = a;
      return true;
   }
   if (a.t != tag::boolean) {
      return false;
   }
   dst = a.b == stop ? a : b;
   return true;
}

[[gnu::always_inline]] inline bool extreme_step(bool minimum, const cell& a, const cell& b,
                                                cell& dst)
{
   if (a.t == tag::missing || b.t == tag::missing) {
      dst = a.t == tag::missing ? a : b;
      return true;
   }
   if (a.t != tag::number || b.t != tag::number) {
      return false;
   }
   const std::array<const fixed*, 2> both{&a.n, &b.n};
   const fixed& best =
      ops::extreme<fixed>(minimum, 2, [&](std::size_t k) -> const fixed& { return *both[k]; });
   dst = &best == &a.n ? a : b;
   return true;
}

[[gnu::always_inline]] inline bool select_step(const cell& a, const cell& b, const cell& c,
                                               cell& dst)
{
   if (a.t == tag::missing) {
      dst = a;
      return true;
   }
   if (a.t != tag::boolean) {
      return false;
   }
   dst = a.b ? b : c;
   return true;
}

bool round_step(const cell& a, std::int32_t places, rounding mode, cell& dst)
{
   if (a.t == tag::missing) {
      dst = a;
      return true;
   }
   if (a.t != tag::number) {
      return false;
   }
   set_number(dst, ops::round(a.n, places, mode));
   return true;
}

bool clamp_step(const cell& a, const cell& b, const cell& c, cell& dst)
{
   const cell* m = a.t == tag::missing   ? &a
                   : b.t == tag::missing ? &b
                   : c.t == tag::missing ? &c
                                         : nullptr;
   if (m) {
      dst = *m;
      return true;
   }
   if (a.t != tag::number || b.t != tag::number || c.t != tag::number) {
      return false;
   }
   set_number(dst, ops::clamp(a.n, b.n, c.n));
   return true;
}

bool percent_step(const cell& a, const cell& b, cell& dst)
{
   if (a.t == tag::missing || b.t == tag::missing) {
      dst = a.t == tag::missing ? a : b;
      return true;
   }
   if (a.t != tag::number || b.t != tag::number) {
      return false;
   }
   fixed out;
   const ops::status done = ops::percent(a.n, b.n, out);
   if (done == ops::status::zero_divisor) {
      dst = missing_cell; // pembagian dengan nol
      return true;
   }
   if (done == ops::status::exact_path) {
      return false;
   }
   set_number(dst, out);
   return true;
}

} // namespace

bool row_program::list_step(const instr& i, cell* s) const
{
   const auto& list = m_lists[static_cast<std::size_t>(i.imm)];
   cell& dst = s[i.dst];
   for (const std::uint16_t k : list) {
      if (s[k].t == tag::missing) {
         dst = s[k];
         return true;
      }
      if (s[k].t != tag::number) {
         return false;
      }
   }
   const list_numbers numbers{s, list};
   fixed out;
   if (i.code == op::min_of || i.code == op::max_of) {
      out = ops::extreme<fixed>(i.code == op::min_of, list.size(), numbers);
   }
   else if ((i.code == op::sum_of ? ops::sum<fixed>(list.size(), numbers, out)
                                  : ops::mean<fixed>(list.size(), numbers, out)) !=
            ops::status::ok) {
      return false;
   }
   set_number(dst, out);
   return true;
}

void row_program::classify_step(const cell& a, std::int32_t scale, cell& dst) const
{
   if (a.t != tag::number) {
      dst = missing_cell; // not available, or not a number
      return;
   }
   const band_table& t = m_scales[static_cast<std::size_t>(scale)];
   const band_table::band* hit = nullptr;
   int hits = 0;
   for (const band_table::band& band : t.bands) {
      if (!lang::within(a.n, band.lower, band.lower_closed, band.upper, band.upper_closed,
                        compare)) {
         continue;
      }
      hit = &band;
      ++hits;
   }
   if (hits != 1) {
      dst = missing_cell; // in no band, or in two
      return;
   }
   cell out;
   out.t = tag::text;
   out.text = hit->label;
   dst = out;
}

bool row_program::run(cell* s) const
{
   const instr* const code = m_code.data();
   const auto size = static_cast<std::int32_t>(m_code.size());
   for (std::int32_t pc = 0; pc < size;) {
      const instr& i = code[pc++];
      cell& dst = s[i.dst];
      const cell& a = s[i.a];
      const cell& b = s[i.b];
      if (i.code > op::classify) {
         __builtin_unreachable(); // the compiler emits no other code: no range check before the jump
      }
      bool ok = true;
      switch (i.code) {
      case op::move:
         dst = a;
         break;
      case op::negate:
         ok = number_step<ops::negate<fixed>>(a, dst);
         break;
      case op::logical_not:
         ok = not_step(a, dst);
         break;
      case op::add:
         ok = arithmetic_step<binary_op::add>(a, b, dst);
         break;
      case op::subtract:
         ok = arithmetic_step<binary_op::subtract>(a, b, dst);
         break;
      case op::multiply:
         ok = arithmetic_step<binary_op::multiply>(a, b, dst);
         break;
      case op::divide:
         ok = arithmetic_step<binary_op::divide>(a, b, dst);
         break;
      case op::equal:
         equality_step(true, a, b, dst);
         break;
      case op::not_equal:
         equality_step(false, a, b, dst);
         break;
      case op::less:
         order_step<binary_op::less>(a, b, dst);
         break;
      case op::less_equal:
         order_step<binary_op::less_equal>(a, b, dst);
         break;
      case op::greater:
         order_step<binary_op::greater>(a, b, dst);
         break;
      case op::greater_equal:
         order_step<binary_op::greater_equal>(a, b, dst);
         break;
      case op::jump:
         pc = i.imm;
         break;
      case op::and_left:
      case op::or_left:
         // A missing left side, or one that decides alone: the result, and past the right side.
         if (a.t != tag::missing && a.t != tag::boolean) {
            return false;
         }
         if (a.t == tag::missing || a.b == (i.code == op::or_left)) {
            dst = a;
            pc = i.imm;
         }
         break;
      case op::both:
         ok = logic_step(false, a, b, dst);
         break;
      case op::either:
         ok = logic_step(true, a, b, dst);
         break;
      case op::min_two:
         ok = extreme_step(true, a, b, dst);
         break;
      case op::max_two:
         ok = extreme_step(false, a, b, dst);
         break;
      case op::branch:
         if (a.t == tag::missing) {
            dst = a;
            pc = i.imm2;
         }
         else if (a.t != tag::boolean) {
            return false;
         }
         else if (!a.b) {
            pc = i.imm;
         }
         break;
      case op::present:
         if (a.t != tag::missing) {
            dst = a;
            pc = i.imm;
         }
         break;
      case op::available:
         set_bool(dst, a.t != tag::missing);
         break;
      case op::choose: {
         const choice_table& t = m_choices[static_cast<std::size_t>(i.imm)];
         const std::int32_t target = a.t == tag::missing ? -1 : t.arm(a);
         if (target < 0) {
            dst = a.t == tag::missing ? a : missing_cell; // missing, or not in the list
         }
         pc = target < 0 ? t.end : target;
         break;
      }
      case op::pick: {
         const std::int32_t from =
            a.t == tag::missing ? -1 : m_choices[static_cast<std::size_t>(i.imm)].arm(a);
         dst = a.t == tag::missing ? a : from < 0 ? missing_cell : s[from];
         break;
      }
      case op::select:
         ok = select_step(a, b, s[i.c], dst);
         break;
      case op::sum_of:
      case op::mean_of:
      case op::min_of:
      case op::max_of:
         ok = list_step(i, s);
         break;
      case op::round:
         ok = round_step(a, i.imm, static_cast<rounding>(i.c), dst);
         break;
      case op::absolute:
         ok = number_step<ops::absolute<fixed>>(a, dst);
         break;
      case op::clamp:
         ok = clamp_step(a, b, s[i.c], dst);
         break;
      case op::percent:
         ok = percent_step(a, b, dst);
         break;
      case op::classify:
         classify_step(a, i.imm, dst);
         break;
      }
      if (!ok) {
         return false;
      }
   }
   return true;
}

// ---------------------------------------------------------------- compiling

compiler::compiler(evaluator& eval, const lang::table& t, const period& when,
                   const std::vector<value>* args, const lang::indicator* subject)
   : m_eval(eval), m_table(t), m_when(when), m_args(args), m_subject(subject)
{
   m_program.m_initial.resize(t.columns.size());
}

std::vector<std::size_t> compiler::needed_columns(const lang::table& t,
                                                  const std::vector<const ir::expr*>& uses)
{
   std::set<std::size_t> needed;
   std::vector<const ir::expr*> todo = uses;
   std::set<const void*> seen_rules;
   while (!todo.empty()) {
      const ir::expr* e = todo.back();
      todo.pop_back();
      if (!e) {
         continue;
      }
      lang::walk(*e, [&](const ir::expr& x) {
         if (const auto* c = std::get_if<ir::column_ref>(&x.node)) {
            if (c->source == &t && t.columns[c->column].derived() &&
                needed.insert(c->column).second) {
               todo.push_back(t.columns[c->column].formula);
            }
         }
      });
   }
   return {needed.begin(), needed.end()};
}

std::uint16_t compiler::slot()
{
   if (m_program.m_initial.size() >= std::numeric_limits<std::uint16_t>::max()) {
      m_full = true;
      return 0;
   }
   m_program.m_initial.emplace_back();
   return static_cast<std::uint16_t>(m_program.m_initial.size() - 1);
}

std::int32_t compiler::emit(const instr& i)
{
   m_program.m_code.push_back(i);
   return pc() - 1;
}

std::optional<std::uint16_t> compiler::constant(const value& v)
{
   const std::optional<cell> c = to_cell(v, m_program.m_texts);
   if (!c) {
      return std::nullopt;
   }
   const std::uint16_t s = slot();
   m_program.m_initial[s] = *c;
   return s;
}

bool compiler::depends_on_row(const ir::expr& e, const frame* f) const
{
   return std::visit(
      [&](const auto& node) -> bool {
         using T = std::decay_t<decltype(node)>;
         const auto any = [&](const auto& children) {
            return std::any_of(children.begin(), children.end(),
                               [&](const auto& c) { return c && depends_on_row(*c, f); });
         };
         if constexpr (std::is_same_v<T, ir::column_ref>) {
            return true;
         }
         else if constexpr (std::is_same_v<T, ir::parameter_ref>) {
            return f && node.index < f->from_row.size() && f->from_row[node.index];
         }
         else if constexpr (std::is_same_v<T, ir::unary>) {
            return depends_on_row(*node.operand, f);
         }
         else if constexpr (std::is_same_v<T, ir::binary>) {
            return depends_on_row(*node.lhs, f) || depends_on_row(*node.rhs, f);
         }
         else if constexpr (std::is_same_v<T, ir::conditional>) {
            return depends_on_row(*node.condition, f) || depends_on_row(*node.then_value, f) ||
                   depends_on_row(*node.else_value, f);
         }
         else if constexpr (std::is_same_v<T, ir::choose>) {
            if (depends_on_row(*node.subject, f) ||
                (node.otherwise && depends_on_row(*node.otherwise, f))) {
               return true;
            }
            return std::any_of(node.arms.begin(), node.arms.end(),
                               [&](const ir::choice_arm& arm) { return depends_on_row(*arm.value, f); });
         }
         else if constexpr (std::is_same_v<T, ir::rule_call> ||
                            std::is_same_v<T, ir::function_call>) {
            return any(node.args);
         }
         else {
            return false; // literals, names of figures, whole aggregates: not of the row
         }
      },
      e.node);
}

bool compiler::needs_no_code(const ir::expr& e, const frame* f) const
{
   if (!depends_on_row(e, f)) {
      return true;
   }
   const auto* c = std::get_if<ir::column_ref>(&e.node);
   return (c && c->source == &m_table) || std::holds_alternative<ir::parameter_ref>(e.node);
}

bool compiler::derive(std::size_t column)
{
   const lang::column& c = m_table.columns[column];
   const auto result = compile(*c.formula);
   if (!result) {
      return false;
   }
   const auto target = static_cast<std::uint16_t>(column);
   if (c.places) {
      emit({op::round, target, *result, 0, static_cast<std::uint16_t>(rounding::half_up),
            *c.places, 0});
   }
   else {
      emit({op::move, target, *result, 0, 0, 0, 0});
   }
   return !m_full;
}

std::optional<std::uint16_t> compiler::compile(const ir::expr& e)
{
   const auto out = expr(e, nullptr);
   return m_full ? std::nullopt : out;
}

row_program compiler::finish()
{
   return std::move(m_program);
}

std::optional<std::uint16_t> compiler::expr(const ir::expr& e, const frame* f)
{
   if (!depends_on_row(e, f)) {
      // Computed once, by the evaluator itself.
      const std::vector<value>* args = f ? &f->known : m_args;
      return constant(m_eval.evaluate(e, evaluator::env{m_when, m_subject, args, nullptr, 0,
                                                        m_depth}));
   }
   return std::visit(
      [&](const auto& node) -> std::optional<std::uint16_t> {
         using T = std::decay_t<decltype(node)>;
         if constexpr (std::is_same_v<T, ir::column_ref>) {
            if (node.source != &m_table) {
               return std::nullopt;
            }
            return static_cast<std::uint16_t>(node.column);
         }
         else if constexpr (std::is_same_v<T, ir::parameter_ref>) {
            return f->params[node.index];
         }
         else if constexpr (std::is_same_v<T, ir::unary>) {
            const auto a = expr(*node.operand, f);
            if (!a) {
               return std::nullopt;
            }
            const std::uint16_t dst = slot();
            const op code =
               node.op == lang::ast::unary_op::logical_not ? op::logical_not : op::negate;
            emit({code, dst, *a, 0, 0, 0, 0});
            return dst;
         }
         else if constexpr (std::is_same_v<T, ir::binary>) {
            using bop = lang::ast::binary_op;
            const auto lhs = expr(*node.lhs, f);
            if (!lhs) {
               return std::nullopt;
            }
            const std::uint16_t dst = slot();
            if ((node.op == bop::logical_and || node.op == bop::logical_or) &&
                needs_no_code(*node.rhs, f)) {
               const auto rhs = expr(*node.rhs, f);
               if (!rhs) {
                  return std::nullopt;
               }
               emit({node.op == bop::logical_and ? op::both : op::either, dst, *lhs, *rhs, 0, 0, 0});
               return dst;
            }
            if (node.op == bop::logical_and || node.op == bop::logical_or) {
               const std::int32_t check =
                  emit({node.op == bop::logical_and ? op::and_left : op::or_left, dst, *lhs, 0, 0,
                        0, 0});
               const auto rhs = expr(*node.rhs, f);
               if (!rhs) {
                  return std::nullopt;
               }
               emit({op::move, dst, *rhs, 0, 0, 0, 0});
               m_program.m_code[static_cast<std::size_t>(check)].imm = pc();
               return dst;
            }
            const auto rhs = expr(*node.rhs, f);
            if (!rhs) {
               return std::nullopt;
            }
            op code = op::add;
            switch (node.op) {
            case bop::add: code = op::add; break;
            case bop::subtract: code = op::subtract; break;
            case bop::multiply: code = op::multiply; break;
            case bop::divide: code = op::divide; break;
            case bop::equal: code = op::equal; break;
            case bop::not_equal: code = op::not_equal; break;
            case bop::less: code = op::less; break;
            case bop::less_equal: code = op::less_equal; break;
            case bop::greater: code = op::greater; break;
            case bop::greater_equal:
            // Unreachable: dan/atau returned above.
            case bop::logical_and:
            case bop::logical_or: code = op::greater_equal; break;
            }
            emit({code, dst, *lhs, *rhs, 0, 0, 0});
            return dst;
         }
         else if constexpr (std::is_same_v<T, ir::conditional>) {
            const auto condition = expr(*node.condition, f);
            if (!condition) {
               return std::nullopt;
            }
            const std::uint16_t dst = slot();
            if (needs_no_code(*node.then_value, f) && needs_no_code(*node.else_value, f)) {
               const auto then_value = expr(*node.then_value, f);
               const auto else_value = expr(*node.else_value, f);
               if (!then_value || !else_value) {
                  return std::nullopt;
               }
               emit({op::select, dst, *condition, *then_value, *else_value, 0, 0});
               return dst;
            }
            const std::int32_t test = emit({op::branch, dst, *condition, 0, 0, 0, 0});
            const auto then_value = expr(*node.then_value, f);
            if (!then_value) {
               return std::nullopt;
            }
            emit({op::move, dst, *then_value, 0, 0, 0, 0});
            const std::int32_t skip = emit({op::jump, 0, 0, 0, 0, 0, 0});
            m_program.m_code[static_cast<std::size_t>(test)].imm = pc();
            const auto else_value = expr(*node.else_value, f);
            if (!else_value) {
               return std::nullopt;
            }
            emit({op::move, dst, *else_value, 0, 0, 0, 0});
            m_program.m_code[static_cast<std::size_t>(skip)].imm = pc();
            m_program.m_code[static_cast<std::size_t>(test)].imm2 = pc();
            return dst;
         }
         else if constexpr (std::is_same_v<T, ir::choose>) {
            const auto subject = expr(*node.subject, f);
            if (!subject) {
               return std::nullopt;
            }
            const std::uint16_t dst = slot();
            const auto table_index = static_cast<std::int32_t>(m_program.m_choices.size());
            m_program.m_choices.emplace_back();
            const bool direct =
               (!node.otherwise || needs_no_code(*node.otherwise, f)) &&
               std::all_of(node.arms.begin(), node.arms.end(),
                           [&](const ir::choice_arm& arm) { return needs_no_code(*arm.value, f); });
            const auto key_into = [&](const ir::choice_arm& arm, std::int32_t target) -> bool {
               auto& table = m_program.m_choices[static_cast<std::size_t>(table_index)];
               for (const auto& key : arm.keys) {
                  if (const auto* text = std::get_if<std::string>(&key)) {
                     table.add_text(*text, target);
                  }
                  else {
                     const auto c = to_cell(std::get<decimal>(key), m_program.m_texts);
                     if (!c) {
                        return false;
                     }
                     table.number_keys.push_back(c->n);
                     table.number_arms.push_back(target);
                  }
               }
               return true;
            };
            if (direct) {
               // Every choice is a slot already: the instruction copies the chosen one.
               for (const ir::choice_arm& arm : node.arms) {
                  const auto value = expr(*arm.value, f);
                  if (!value || !key_into(arm, *value)) {
                     return std::nullopt;
                  }
               }
               if (node.otherwise) {
                  const auto value = expr(*node.otherwise, f);
                  if (!value) {
                     return std::nullopt;
                  }
                  m_program.m_choices[static_cast<std::size_t>(table_index)].otherwise = *value;
               }
               emit({op::pick, dst, *subject, 0, 0, table_index, 0});
               return dst;
            }
            emit({op::choose, dst, *subject, 0, 0, table_index, 0});
            std::vector<std::int32_t> exits;
            const auto arm_code = [&](const ir::expr& v) -> std::optional<std::int32_t> {
               const std::int32_t start = pc();
               const auto result = expr(v, f);
               if (!result) {
                  return std::nullopt;
               }
               emit({op::move, dst, *result, 0, 0, 0, 0});
               exits.push_back(emit({op::jump, 0, 0, 0, 0, 0, 0}));
               return start;
            };
            for (const ir::choice_arm& arm : node.arms) {
               const auto start = arm_code(*arm.value);
               if (!start || !key_into(arm, *start)) {
                  return std::nullopt;
               }
            }
            if (node.otherwise) {
               const auto start = arm_code(*node.otherwise);
               if (!start) {
                  return std::nullopt;
               }
               m_program.m_choices[static_cast<std::size_t>(table_index)].otherwise = *start;
            }
            for (const std::int32_t exit : exits) {
               m_program.m_code[static_cast<std::size_t>(exit)].imm = pc();
            }
            m_program.m_choices[static_cast<std::size_t>(table_index)].end = pc();
            return dst;
         }
         else if constexpr (std::is_same_v<T, ir::rule_call>) {
            // Arguments once each, then the body of the version in force with them.
            frame inner;
            for (const auto& a : node.args) {
               const bool from_row = depends_on_row(*a, f);
               value known;
               if (!from_row) {
                  const std::vector<value>* args = f ? &f->known : m_args;
                  known = m_eval.evaluate(*a, evaluator::env{m_when, m_subject, args, nullptr, 0,
                                                             m_depth});
               }
               const auto s = from_row ? expr(*a, f) : constant(known);
               if (!s) {
                  return std::nullopt;
               }
               inner.params.push_back(*s);
               inner.from_row.push_back(from_row);
               inner.known.push_back(std::move(known));
            }
            const lang::rule* version = lang::in_force(*node.callee, m_when);
            if (!version || m_depth + 1 > lang::limits::max_call_depth) {
               return std::nullopt; // the evaluator says why, row by row
            }
            ++m_depth;
            const auto result = expr(*version->body, &inner);
            --m_depth;
            return result;
         }
         else if constexpr (std::is_same_v<T, ir::function_call>) {
            return function(node, f);
         }
         else {
            return std::nullopt;
         }
      },
      e.node);
}

std::optional<std::uint16_t> compiler::function(const ir::function_call& fn, const frame* f)
{
   using fnk = ir::function;
   if (lang::builtin_of(fn.fn).reads_figures) {
      return std::nullopt; // tepat(), realisasi(), target(): left to the evaluator
   }
   std::vector<std::uint16_t> args;
   const auto argument = [&](std::size_t k) -> bool {
      const auto s = expr(*fn.args[k], f);
      if (s) {
         args.push_back(*s);
      }
      return s.has_value();
   };
   const std::uint16_t dst = slot();
   switch (fn.fn) {
   case fnk::available:
      if (!argument(0)) {
         return std::nullopt;
      }
      emit({op::available, dst, args[0], 0, 0, 0, 0});
      return dst;
   case fnk::if_missing: {
      if (!argument(0)) {
         return std::nullopt;
      }
      const std::int32_t test = emit({op::present, dst, args[0], 0, 0, 0, 0});
      if (!argument(1)) {
         return std::nullopt;
      }
      emit({op::move, dst, args[1], 0, 0, 0, 0});
      m_program.m_code[static_cast<std::size_t>(test)].imm = pc();
      return dst;
   }
   case fnk::classify: {
      const lang::scale* s = fn.scale_arg ? lang::in_force(*fn.scale_arg, m_when) : nullptr;
      if (!s || !argument(0)) {
         return std::nullopt;
      }
      row_program::band_table table;
      for (const lang::band& b : s->bands) {
         row_program::band_table::band out;
         out.label = b.label;
         out.lower_closed = b.lower_closed;
         out.upper_closed = b.upper_closed;
         for (const auto& [bound, target] :
              {std::pair{&b.lower, &out.lower}, std::pair{&b.upper, &out.upper}}) {
            if (*bound) {
               const auto c = to_cell(**bound, m_program.m_texts);
               if (!c) {
                  return std::nullopt;
               }
               *target = c->n;
            }
         }
         table.bands.push_back(out);
      }
      m_program.m_scales.push_back(std::move(table));
      emit({op::classify, dst, args[0], 0, 0,
            static_cast<std::int32_t>(m_program.m_scales.size() - 1), 0});
      return dst;
   }
   case fnk::sum:
   case fnk::mean:
   case fnk::min:
   case fnk::max: {
      for (std::size_t k = 0; k < fn.args.size(); ++k) {
         if (!argument(k)) {
            return std::nullopt;
         }
      }
      if (args.size() == 2 && (fn.fn == fnk::min || fn.fn == fnk::max)) {
         emit({fn.fn == fnk::min ? op::min_two : op::max_two, dst, args[0], args[1], 0, 0, 0});
         return dst;
      }
      m_program.m_lists.push_back(args);
      const op code = fn.fn == fnk::sum    ? op::sum_of
                      : fn.fn == fnk::mean ? op::mean_of
                      : fn.fn == fnk::min  ? op::min_of
                                           : op::max_of;
      emit({code, dst, 0, 0, 0, static_cast<std::int32_t>(m_program.m_lists.size() - 1), 0});
      return dst;
   }
   case fnk::round:
   case fnk::round_even:
   case fnk::truncate: {
      const auto* places = std::get_if<ir::literal>(&fn.args[1]->node);
      const auto* number = places ? std::get_if<decimal>(&places->value) : nullptr;
      const auto digits = number ? number->to_int64() : std::nullopt;
      if (!digits || *digits < 0 || *digits > scaled::max_fixed_scale || !argument(0)) {
         return std::nullopt;
      }
      const rounding mode = ops::rounding_of(fn.fn);
      emit({op::round, dst, args[0], 0, static_cast<std::uint16_t>(mode),
            static_cast<std::int32_t>(*digits), 0});
      return dst;
   }
   case fnk::abs:
      if (!argument(0)) {
         return std::nullopt;
      }
      emit({op::absolute, dst, args[0], 0, 0, 0, 0});
      return dst;
   case fnk::clamp:
      if (!argument(0) || !argument(1) || !argument(2)) {
         return std::nullopt;
      }
      emit({op::clamp, dst, args[0], args[1], args[2], 0, 0});
      return dst;
   case fnk::percent:
      if (!argument(0) || !argument(1)) {
         return std::nullopt;
      }
      emit({op::percent, dst, args[0], args[1], 0, 0, 0});
      return dst;
   // The row program does not compile these calls.
   case fnk::exact:
   case fnk::realisasi_at:
   case fnk::target_at:
   case fnk::achievement_at:
   case fnk::own_realisasi_at:
   case fnk::own_achievement_at:
      return std::nullopt;
   }
   return std::nullopt; // unreachable: every function is handled above
}

} // namespace ind::rt::roster
