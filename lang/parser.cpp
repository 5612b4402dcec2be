// Parsing in two steps: PEGTL builds a parse tree of the selected rules (so backtracking never
// leaves half-built AST behind), then a converter turns that tree into the AST. Each converter
// function names the rule it handles.
#include "lang/parser.hpp"

#include "lang/grammar.hpp"
#include "lang/grammar_errors.hpp"
#include "lang/limits.hpp"
#include "lang/suggest.hpp"
#include "core/period.hpp"

#include <tao/pegtl/contrib/parse_tree.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <new>
#include <utility>

namespace ind::lang {

namespace g = grammar;
namespace pegtl = tao::pegtl;
namespace pt = tao::pegtl::parse_tree;

namespace {

// ---------------------------------------------------------------- tree selection

// Replaces a node that has a single child by that child, keeping the child's content.
struct fold_single : pt::apply<fold_single>
{
   template <typename Node, typename... States>
   static void transform(std::unique_ptr<Node>& n, States&&... /*unused*/)
   {
      if (n->children.size() == 1) {
         n = std::move(n->children.front());
      }
   }
};

// Drops a node and everything under it: what a rule matched is not wanted in the tree.
struct discard : pt::apply<discard>
{
   template <typename Node, typename... States>
   static void transform(std::unique_ptr<Node>& n, States&&... /*unused*/)
   {
      n.reset();
   }
};

// clang-format off
template <typename Rule>
using selector = pt::selector<Rule,
   pt::store_content::on<
      g::identifier, g::qualified_name, g::number_literal, g::signed_number, g::string_literal,
      g::boolean_true, g::boolean_false, g::integer, g::year, g::period_literal, g::period_value,
      g::call, g::argument, g::filter, g::group_key, g::name_ref, g::choose, g::choice_arm,
      g::choice_key, g::choice_otherwise, g::unary_minus, g::negated, g::conditional,
      g::multiply_op, g::add_op, g::compare_op,
      g::agency_header, g::module_header, g::renstra_clause, g::import_decl, g::stdlib_requirement,
      g::table_decl, g::sheet_name, g::column_decl, g::column_type, g::number_style,
      g::delimiter_clause,
      g::realisasi_decl, g::printed_decl, g::budget_decl, g::budget_absorption, g::budget_scale,
      g::budget_levels, g::budget_level, g::rounding, g::renja_decl, g::renja_achievement, g::renja_scale,
      g::constant_decl, g::title, g::rule_decl, g::parameter, g::value_decl,
      g::weight_decl, g::weight_item, g::weight_total,
      g::scale_decl, g::band, g::scale_domain, g::closed_lower, g::open_lower, g::closed_upper, g::open_upper,
      g::unbounded, g::band_label, g::band_description,
      g::indicator_decl, g::field_level, g::field_parent, g::field_unit, g::field_direction,
      g::field_definition, g::field_source, g::field_formula, g::field_rounding, g::field_targets,
      g::field_achievement, g::field_achievement_scale, g::field_value_scale, g::field_budget,
      g::field_efficiency, g::field_efficiency_scale, g::level_value, g::direction_value,
      g::field_accumulation, g::accumulation_value,
      g::unit_value, g::target_entry, g::budget_all, g::budget_code,
      g::citation_clause, g::status_value, g::effective_clause, g::effective_from, g::effective_until,
      g::override_decl, g::example_decl, g::example_period, g::given, g::assertion,
      g::target_version_name, g::target_version_title, g::target_version_decl, g::measured_against,
      g::condition_decl, g::condition_table>,
   fold_single::on<g::product, g::sum, g::comparison, g::conjunction, g::disjunction>,
   discard::on<g::example_skipped>>;
// clang-format on

// Counts nesting on the recursive rules and stops before the native stack is at risk. The first
// level is the formula itself (or an example's own braces); the limit counts the levels nested
// inside it. `Opening` is what the rule starts with: a rule merely tried where it cannot start
// (a '-' looked for before an operand) is no level, so exactly max_nesting levels are accepted.
template <typename Opening>
struct depth_limited : pegtl::maybe_nothing
{
   template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M,
             template <typename...> class Action, template <typename...> class Control,
             typename ParseInput, typename... States>
   static bool match(ParseInput& in, States&&... st)
   {
      struct guard
      {
         std::size_t& depth;
         ~guard() { --depth; }
      } nesting{++in.private_depth};
      if (in.private_depth > limits::max_nesting + 1) {
         if (!pegtl::match<pegtl::at<Opening>, pegtl::apply_mode::nothing,
                           pegtl::rewind_mode::required, pegtl::nothing, Control>(in, st...)) {
            return false;
         }
         throw pegtl::parse_error("ekspresi bersarang terlalu dalam (batas " +
                                     std::to_string(limits::max_nesting) +
                                     " tingkat)\npecah rumus menjadi beberapa 'nilai' bernama",
                                  in);
      }
      return pegtl::match<Rule, A, M, Action, Control>(in, st...);
   }
};

template <typename Rule>
struct depth_action : pegtl::nothing<Rule>
{};
// An expression is only tried where one must follow ('(' or an argument list already read).
template <>
struct depth_action<g::expression> : depth_limited<pegtl::success>
{};
template <>
struct depth_action<g::unary_minus> : depth_limited<g::negative_sign>
{};
template <>
struct depth_action<g::negated> : depth_limited<g::kw_tidak>
{};
template <>
struct depth_action<g::skipped_block> : depth_limited<pegtl::one<'{'>>
{};

// A parse-tree node. PEGTL allocates one for every rule it tries, not only for the rules kept,
// so a rule file costs many short-lived nodes; two changes keep that cheap. Freed nodes go to a
// per-thread free list that later allocations take from first, and a node does not copy the
// input's name (the converter knows its file and reads only byte offsets). Under AddressSanitizer
// nodes are not recycled, so that a node used after its release is still caught.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool recycle_nodes = false;
#else
constexpr bool recycle_nodes = true;
#endif

struct node : pt::basic_node<node>
{
   template <typename Rule, typename ParseInput, typename... States>
   void start(const ParseInput& in, States&&... /*unused*/)
   {
      set_type<Rule>();
      m_begin = pegtl::internal::iterator(in.iterator());
   }

   static void* operator new(std::size_t size) { return recycled().take(size); }
   static void operator delete(void* p, std::size_t size) noexcept { recycled().give(p, size); }

 private:
   class free_list
   {
    public:
      free_list() = default;
      free_list(const free_list&) = delete;
      free_list& operator=(const free_list&) = delete;
      ~free_list()
      {
         while (m_head) {
            ::operator delete(std::exchange(m_head, m_head->next));
         }
      }

      void* take(std::size_t size)
      {
         if (!recycle_nodes || size != sizeof(node) || !m_head) {
            return ::operator new(size);
         }
         return std::exchange(m_head, m_head->next);
      }

      void give(void* p, std::size_t size) noexcept
      {
         if (!recycle_nodes || size != sizeof(node)) {
            ::operator delete(p);
            return;
         }
         m_head = ::new (p) link{m_head};
      }

    private:
      struct link
      {
         link* next;
      };
      link* m_head = nullptr;
   };

   static free_list& recycled()
   {
      thread_local free_list list;
      return list;
   }
};

// ---------------------------------------------------------------- conversion

class converter
{
 public:
   converter(const source_file& file, diagnostic_sink& sink) : m_file(file), m_sink(sink) {}

   void module(const node& root, ast::module& out);

 private:
   span span_of(const node& n) const
   {
      const auto begin = static_cast<std::uint32_t>(n.m_begin.byte);
      const auto end = n.has_content() ? static_cast<std::uint32_t>(n.m_end.byte) : begin;
      return span{&m_file, begin, end};
   }

   static const node* child(const node& n, std::size_t index)
   {
      return index < n.children.size() ? n.children[index].get() : nullptr;
   }

   template <typename Rule>
   static const node* find(const node& n)
   {
      for (const auto& c : n.children) {
         if (c->is_type<Rule>()) {
            return c.get();
         }
      }
      return nullptr;
   }

   ast::identifier identifier(const node& n) const { return {n.string(), span_of(n)}; }
   ast::qualified_name qualified_name(const node& n) const;
   std::string string_literal(const node& n) const;
   ast::number_literal number_literal(const node& n) const;
   ast::number_literal signed_number(const node& n) const;
   int integer(const node& n);
   std::string period(const node& n);

   template <typename Node>
   ast::expr_ptr make(span where, Node&& node_value, span blame = {});
   ast::expr_ptr expression(const node& n);
   ast::expr_ptr binary_chain(const node& n);
   ast::argument argument(const node& n);
   ast::expr_ptr choose(const node& n);

   void meta_clause(const node& n, ast::meta& info);
   void effective(const node& n, ast::meta& info);
   bool first_clause(const node& clause, keyword word,
                     std::string hint = "tulis sekali saja: hapus salah satunya");
   void header(const node& n, ast::module& out);
   ast::declaration declaration(const node& n);
   ast::table_decl table(const node& n);
   ast::budget_decl budget(const node& n);
   ast::sheet_name sheet(const node& n);
   ast::renja_decl renja(const node& n);
   ast::weight_decl weight(const node& n);
   ast::scale_decl scale(const node& n);
   ast::indicator_decl indicator(const node& n);
   ast::example_decl example(const node& n);
   ast::condition_decl condition(const node& n);
   ast::figure figure(const node& n);
   void attach_doc_comments(ast::module& out);

   const source_file& m_file;
   // Clauses of the declaration being converted that it may hold once, where each was written.
   std::vector<std::pair<keyword, span>> m_clauses;
   diagnostic_sink& m_sink;
};

// The kind a word of a group stands for; the grammar admits only the group's words.
template <typename Kind, std::size_t N>
Kind kind_written(const std::array<worded<Kind>, N>& words, std::string_view text)
{
   const std::optional<keyword> k = keyword_of(text);
   const std::optional<Kind> kind = k ? kind_of(words, *k) : std::nullopt;
   return kind ? *kind : words.front().kind;
}

std::string canonical_number(std::string_view text)
{
   std::string out;
   for (char c : text) {
      if (c == ',') {
         out += '.';
      }
      else if (c != '.' && c != '%') {
         out += c;
      }
   }
   return out;
}

ast::qualified_name converter::qualified_name(const node& n) const
{
   ast::qualified_name name;
   name.where = span_of(n);
   for (const auto& part : n.children) {
      name.parts.push_back(identifier(*part));
   }
   return name;
}

// string_literal: '"' string_char* '"'
std::string converter::string_literal(const node& n) const
{
   const std::string_view raw = n.string_view();
   std::string out;
   for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
      if (raw[i] == '\\' && i + 2 < raw.size()) {
         const char e = raw[++i];
         out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
      }
      else {
         out += raw[i];
      }
   }
   return out;
}

// number_literal: number '%'?
ast::number_literal converter::number_literal(const node& n) const
{
   const std::string_view text = n.string_view();
   return {canonical_number(text), !text.empty() && text.back() == '%'};
}

// signed_number: '-'? number_literal
ast::number_literal converter::signed_number(const node& n) const
{
   ast::number_literal value = number_literal(*child(n, 0));
   if (n.string_view().front() == '-' && value.canonical != "0") {
      value.canonical = '-' + value.canonical;
   }
   return value;
}

int converter::integer(const node& n)
{
   int value = 0;
   const std::string_view text = n.string_view();
   const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
   const bool whole = ec == std::errc{} && end == text.data() + text.size();
   if (!whole || value > limits::max_decimal_places) {
      m_sink.error("E-SINTAKS", span_of(n),
                   "jumlah desimal terlalu besar (paling banyak " +
                      std::to_string(limits::max_decimal_places) + ")");
      return limits::max_decimal_places;
   }
   return value;
}

// period_literal: year ('-' suffix)?; validated against what a period can be.
std::string converter::period(const node& n)
{
   const auto parsed = core::period::parse(n.string_view());
   if (!parsed) {
      m_sink.error("E-PERIODE", span_of(n), "periode '" + n.string() + "' tidak dikenal",
                   std::string(core::period_forms_hint));
      return n.string();
   }
   return parsed->to_string();
}

std::size_t depth_of(const ast::expr_ptr& e)
{
   return e ? e->depth : 0;
}

// The deepest subtree of a node about to be built.
std::size_t below(const ast::unary& n)
{
   return depth_of(n.operand);
}
std::size_t below(const ast::binary& n)
{
   return std::max(depth_of(n.lhs), depth_of(n.rhs));
}
std::size_t below(const ast::call& n)
{
   std::size_t deepest = 0;
   for (const ast::argument& a : n.args) {
      deepest = std::max({deepest, depth_of(a.value), depth_of(a.filter)});
      for (const ast::expr_ptr& key : a.group_by) {
         deepest = std::max(deepest, depth_of(key));
      }
   }
   return deepest;
}
std::size_t below(const ast::conditional& n)
{
   return std::max({depth_of(n.condition), depth_of(n.then_value), depth_of(n.else_value)});
}
std::size_t below(const ast::choose& n)
{
   std::size_t deepest = std::max(depth_of(n.subject), depth_of(n.otherwise));
   for (const ast::choice_arm& arm : n.arms) {
      deepest = std::max(deepest, depth_of(arm.value));
   }
   return deepest;
}
template <typename Leaf>
std::size_t below(const Leaf& /*leaf*/)
{
   return 0;
}

ast::binary_op binary_op_of(std::string_view op)
{
   using enum ast::binary_op;
   if (op == "+") return add;
   if (op == "-") return subtract;
   if (op == "*" || op == "\xC3\x97") return multiply;
   if (op == "/" || op == "\xC3\xB7") return divide;
   if (op == "=") return equal;
   if (op == "!=" || op == "\xE2\x89\xA0") return not_equal;
   if (op == "<") return less;
   if (op == "<=" || op == "\xE2\x89\xA4") return less_equal;
   if (op == ">") return greater;
   return greater_equal; // ">=" or "≥"
}

// Every expression node is built here, so that no tree deeper than the limit ever exists: the
// node that crosses it is reported (at `blame`, the operand that made it too deep, when given)
// and replaced by a placeholder that stays over the limit, so that the nodes above it are
// replaced silently and the rest of a long chain costs nothing more.
template <typename Node>
ast::expr_ptr converter::make(span where, Node&& node_value, span blame)
{
   const std::size_t deepest = below(node_value);
   auto e = std::make_unique<ast::expr>();
   e->where = where;
   e->node = std::forward<Node>(node_value);
   e->depth = deepest + 1;
   if (e->depth <= limits::max_expression_depth) {
      return e;
   }
   if (deepest <= limits::max_expression_depth) {
      m_sink.error("E-BATAS", blame.valid() ? blame : where,
                   "rumus terlalu dalam: lebih dari " +
                      std::to_string(limits::max_expression_depth) + " tingkat operasi",
                   "tulis penjumlahan panjang rata, mis. jumlah(a; b; c; ...), atau pecah rumus "
                   "menjadi beberapa 'nilai' bernama");
   }
   auto placeholder = std::make_unique<ast::expr>();
   placeholder->where = where;
   placeholder->node = ast::number_literal{"0", false};
   placeholder->depth = limits::max_expression_depth + 1;
   return placeholder;
}

// product / sum / comparison: operand (op operand)*, folded to the left.
// conjunction / disjunction: operand operand*, the operator implied by the node.
ast::expr_ptr converter::binary_chain(const node& n)
{
   const bool logical = n.is_type<g::conjunction>() || n.is_type<g::disjunction>();
   ast::expr_ptr lhs = expression(*n.children.front());
   std::size_t i = 1;
   while (i < n.children.size()) {
      ast::binary_op op = n.is_type<g::conjunction>() ? ast::binary_op::logical_and
                                                       : ast::binary_op::logical_or;
      if (!logical) {
         op = binary_op_of(n.children[i]->string_view());
         ++i;
      }
      ast::expr_ptr rhs = expression(*n.children[i]);
      ++i;
      // The chain's own node begins at its first operand's '(' and ends at its last operand's
      // ')', which the operands' spans (inside their parentheses) leave out.
      const span whole = span_of(n);
      const span where{&m_file, whole.begin, i == n.children.size() ? whole.end : rhs->where.end};
      const span operand = rhs->where;
      lhs = make(where, ast::binary{op, std::move(lhs), std::move(rhs)}, operand);
   }
   return lhs;
}

// argument: expression ('dengan' filter)? ('menurut' group_key (',' group_key)*)?
ast::argument converter::argument(const node& n)
{
   ast::argument arg;
   arg.value = expression(*n.children.front());
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      if (c.is_type<g::filter>()) {
         arg.filter = expression(*c.children.front());
      }
      else {
         arg.group_by.push_back(expression(*c.children.front()));
      }
   }
   return arg;
}

// choose: 'pilih' expression '{' choice_arm* choice_otherwise? '}'
ast::expr_ptr converter::choose(const node& n)
{
   ast::choose c;
   c.subject = expression(*n.children.front());
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& arm_node = *n.children[i];
      if (arm_node.is_type<g::choice_otherwise>()) {
         c.otherwise = expression(*arm_node.children.front());
         continue;
      }
      ast::choice_arm arm;
      arm.where = span_of(arm_node);
      for (const auto& part : arm_node.children) {
         if (part->is_type<g::choice_key>()) {
            const node& key = *part->children.front();
            const span where = span_of(key);
            if (key.is_type<g::string_literal>()) {
               arm.keys.push_back(make(where, ast::string_literal{string_literal(key)}));
            }
            else {
               arm.keys.push_back(make(where, signed_number(key)));
            }
         }
         else {
            arm.value = expression(*part);
         }
      }
      c.arms.push_back(std::move(arm));
   }
   return make(span_of(n), std::move(c));
}

ast::expr_ptr converter::expression(const node& n)
{
   const span where = span_of(n);
   if (n.is_type<g::number_literal>()) {
      return make(where, number_literal(n));
   }
   if (n.is_type<g::string_literal>()) {
      return make(where, ast::string_literal{string_literal(n)});
   }
   if (n.is_type<g::period_value>()) {
      return make(where, ast::period_literal{period(n)});
   }
   if (n.is_type<g::boolean_true>() || n.is_type<g::boolean_false>()) {
      return make(where, ast::boolean_literal{n.is_type<g::boolean_true>()});
   }
   if (n.is_type<g::name_ref>()) {
      return make(where, ast::name_ref{qualified_name(*n.children.front())});
   }
   if (n.is_type<g::call>()) {
      ast::call c{qualified_name(*n.children.front()), {}};
      for (std::size_t i = 1; i < n.children.size(); ++i) {
         c.args.push_back(argument(*n.children[i]));
      }
      return make(where, std::move(c));
   }
   if (n.is_type<g::unary_minus>() || n.is_type<g::negated>()) {
      const auto op = n.is_type<g::negated>() ? ast::unary_op::logical_not : ast::unary_op::negate;
      return make(where, ast::unary{op, expression(*n.children.front())});
   }
   if (n.is_type<g::conditional>()) {
      return make(where, ast::conditional{expression(*n.children[0]), expression(*n.children[1]),
                                          expression(*n.children[2])});
   }
   if (n.is_type<g::choose>()) {
      return choose(n);
   }
   return binary_chain(n);
}

// A clause a declaration may hold once (rumus, tingkat, status, pemisah ...) written a second
// time would silently replace the first: the second is an error pointing at both, and ignored.
bool converter::first_clause(const node& clause, keyword word, std::string hint)
{
   const auto seen = std::find_if(m_clauses.begin(), m_clauses.end(),
                                  [&](const auto& c) { return c.first == word; });
   if (seen == m_clauses.end()) {
      m_clauses.emplace_back(word, span_of(clause));
      return true;
   }
   std::string quoted(1, '\'');
   quoted.append(spelling(word)).push_back('\'');
   diagnostic& d = m_sink.error("E-GANDA", span_of(clause),
                                quoted + " ditulis dua kali dalam satu deklarasi",
                                std::move(hint));
   d.notes.push_back({seen->second, quoted + " yang pertama"});
   return false;
}

void converter::meta_clause(const node& n, ast::meta& info)
{
   if (n.is_type<g::citation_clause>()) {
      info.citations.push_back({string_literal(*n.children.front()), span_of(n)});
   }
   else if (n.is_type<g::status_value>()) {
      if (!first_clause(n, keyword::status)) {
         return;
      }
      info.status = kind_written(ast::status_words, n.string_view());
      info.status_where = span_of(n);
   }
   else if (n.is_type<g::effective_clause>()) {
      if (!first_clause(n, keyword::berlaku, "tulis kedua batasnya dalam satu klausa, mis. berlaku "
                                      "sejak 2022 sampai 2025")) {
         return;
      }
      effective(n, info);
   }
}

// The bounds of a `berlaku` clause: of a declaration, or of one rumus line of an indicator.
void converter::effective(const node& n, ast::meta& info)
{
   for (const auto& bound : n.children) {
      (bound->is_type<g::effective_from>() ? info.effective_from : info.effective_until) =
         period(*bound->children.front());
   }
   info.effective_where = span_of(n);
}

bool is_meta(const node& n)
{
   return n.is_type<g::citation_clause>() || n.is_type<g::status_value>() ||
          n.is_type<g::effective_clause>();
}

// agency_header: 'instansi' string ('renstra' year '..' year)?  |  module_header: 'modul' name string?
void converter::header(const node& n, ast::module& out)
{
   ast::header h;
   h.where = span_of(n);
   if (n.is_type<g::module_header>()) {
      h.what = ast::header::kind::module;
      h.module_name = identifier(*n.children.front());
      if (const node* t = child(n, 1)) {
         h.title = string_literal(*t);
      }
   }
   else {
      h.title = string_literal(*n.children.front());
      if (const node* r = find<g::renstra_clause>(n)) {
         h.renstra_from = std::stoi(r->children[0]->string());
         h.renstra_to = std::stoi(r->children[1]->string());
         if (*h.renstra_to < *h.renstra_from) {
            m_sink.error("E-PERIODE", span_of(*r), "periode renstra terbalik",
                         "tulis tahun awal lebih dulu, mis. renstra 2024..2026");
         }
      }
   }
   out.head = std::move(h);
}

ast::number_style number_style_of(const node& n)
{
   return kind_written(ast::number_style_words, n.string_view());
}

// table_decl: 'tabel' name "file" "title"? '{' (column_decl | delimiter_clause | meta_clause)* '}'
// column_decl: 'kolom' name (type style? "header"? | '=' formula rounding?)
ast::table_decl converter::table(const node& n)
{
   ast::table_decl t;
   t.where = span_of(n);
   t.name = identifier(*n.children[0]);
   t.file = string_literal(*n.children[1]);
   t.file_where = span_of(*n.children[1]);
   for (std::size_t i = 2; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      if (c.is_type<g::string_literal>()) {
         t.title = string_literal(c);
      }
      else if (c.is_type<g::sheet_name>()) {
         t.sheet = sheet(c);
      }
      else if (c.is_type<g::column_decl>()) {
         ast::column_decl col;
         col.where = span_of(c);
         col.name = identifier(*c.children[0]);
         if (!c.children[1]->is_type<g::column_type>()) {
            // derived_column: '=' formula rounding?
            col.formula = expression(*c.children[1]);
            if (const node* r = child(c, 2)) {
               col.places = integer(*r->children.front());
               col.places_where = span_of(*r);
            }
            t.columns.push_back(std::move(col));
            continue;
         }
         col.type = kind_written(ast::column_type_words, c.children[1]->string_view());
         for (std::size_t j = 2; j < c.children.size(); ++j) {
            if (c.children[j]->is_type<g::number_style>()) {
               col.style = number_style_of(*c.children[j]);
            }
            else {
               col.header = string_literal(*c.children[j]);
            }
         }
         t.columns.push_back(std::move(col));
      }
      else if (c.is_type<g::delimiter_clause>()) {
         if (!first_clause(c, keyword::pemisah)) {
            continue;
         }
         const std::string text = string_literal(*c.children.front());
         if (text == "\\t" || text == "\t") {
            t.delimiter = '\t';
         }
         else if (text.size() == 1 && (text == ";" || text == "," || text == "|")) {
            t.delimiter = text.front();
         }
         else {
            m_sink.error("E-SINTAKS", span_of(c), "pemisah kolom tidak dikenal",
                         "yang dikenal: \";\", \",\", \"|\" dan \"\\t\" (tab)");
         }
      }
      else {
         meta_clause(c, t.info);
      }
   }
   return t;
}

// sheet_name: "name" after 'lembar'. A name Excel would refuse is refused here, where it is
// written: no sheet of a workbook can carry it.
ast::sheet_name converter::sheet(const node& n)
{
   ast::sheet_name out{string_literal(*n.children.front()), span_of(n)};
   std::size_t chars = 0;
   for (const char c : out.name) {
      chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
   }
   const std::size_t bad = out.name.find_first_of("[]:*?/\\");
   if (out.name.empty() || chars > limits::max_sheet_name_chars) {
      m_sink.error("E-LEMBAR", out.where,
                   out.name.empty() ? "nama lembar kosong"
                                    : "nama lembar '" + out.name + "' terlalu panjang (" +
                                         std::to_string(chars) + " karakter)",
                   "Excel membatasi nama lembar " +
                      std::to_string(limits::max_sheet_name_chars) +
                      " karakter dan tidak menerima yang kosong; pendekkan namanya di buku kerja "
                      "dan di sini");
   }
   else if (bad != std::string::npos) {
      m_sink.error("E-LEMBAR", out.where,
                   "nama lembar '" + out.name + "' memuat '" + out.name[bad] +
                      "', yang tidak boleh ada pada nama lembar",
                   "Excel tidak menerima [ ] : * ? / \\ pada nama lembar");
   }
   else if (out.name.front() == '\'' || out.name.back() == '\'') {
      m_sink.error("E-LEMBAR", out.where,
                   "nama lembar '" + out.name + "' diawali atau diakhiri tanda petik",
                   "Excel tidak menerima ' di awal atau akhir nama lembar");
   }
   return out;
}

// renja_decl: 'renja' "file" ('{' ('capaian' rounding | 'predikat' name)* '}')?
ast::renja_decl converter::renja(const node& n)
{
   ast::renja_decl r;
   r.where = span_of(n);
   r.file = string_literal(*n.children.front());
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      if (c.is_type<g::sheet_name>()) {
         r.sheet = sheet(c);
      }
      else if (c.is_type<g::renja_achievement>()) {
         r.places = integer(*c.children.front()->children.front());
      }
      else {
         r.scale = qualified_name(*c.children.front());
      }
   }
   return r;
}

// budget_decl: 'anggaran' "file" ('{' ('serapan' rounding | 'predikat' name
//              | 'tingkat' "name" (',' "name")*)* '}')?
ast::budget_decl converter::budget(const node& n)
{
   ast::budget_decl b;
   b.where = span_of(n);
   b.file = string_literal(*n.children.front());
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      if (c.is_type<g::sheet_name>()) {
         b.sheet = sheet(c);
      }
      else if (c.is_type<g::budget_absorption>()) {
         b.absorption_places = integer(*c.children.front()->children.front());
      }
      else if (c.is_type<g::budget_levels>()) {
         if (!first_clause(c, keyword::tingkat)) {
            continue;
         }
         for (const auto& level : c.children) {
            b.levels.push_back(string_literal(*level->children.front()));
         }
      }
      else {
         b.absorption_scale = qualified_name(*c.children.front());
      }
   }
   return b;
}

// weight_decl: 'bobot' name title? ('total' number)? '{' (meta_clause | weight_item)* '}'
ast::weight_decl converter::weight(const node& n)
{
   ast::weight_decl w;
   w.where = span_of(n);
   w.name = identifier(*n.children.front());
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      if (c.is_type<g::title>()) {
         w.title = string_literal(*c.children.front());
      }
      else if (c.is_type<g::weight_total>()) {
         w.total = number_literal(*c.children.front());
         w.total_where = span_of(c);
      }
      else if (c.is_type<g::weight_item>()) {
         ast::weight_item item;
         item.where = span_of(c);
         item.name = identifier(*c.children.front());
         for (std::size_t j = 1; j < c.children.size(); ++j) {
            if (c.children[j]->is_type<g::title>()) {
               item.title = string_literal(*c.children[j]->children.front());
            }
            else {
               item.weight = number_literal(*c.children[j]);
            }
         }
         w.items.push_back(std::move(item));
      }
      else {
         meta_clause(c, w.info);
      }
   }
   return w;
}

// scale_decl: 'skala' name title? '{' (band | meta_clause)* '}'
// band: ('[' | '(') bound '..' bound (']' | ')') "label" "description"?
ast::scale_decl converter::scale(const node& n)
{
   ast::scale_decl s;
   s.where = span_of(n);
   s.name = identifier(*n.children.front());
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      if (c.is_type<g::title>()) {
         s.title = string_literal(*c.children.front());
         continue;
      }
      const bool domain = c.is_type<g::scale_domain>();
      if (!c.is_type<g::band>() && !domain) {
         meta_clause(c, s.info);
         continue;
      }
      ast::band b;
      b.where = span_of(c);
      b.lower.closed = c.children[0]->is_type<g::closed_lower>();
      b.upper.closed = c.children[3]->is_type<g::closed_upper>();
      const auto bound_of = [this](const node& bn, ast::bound& out) {
         out.where = span_of(bn);
         if (!bn.is_type<g::unbounded>()) {
            out.canonical = signed_number(bn).canonical;
         }
      };
      bound_of(*c.children[1], b.lower);
      bound_of(*c.children[2], b.upper);
      if (domain) {
         s.domain = std::move(b);
         continue;
      }
      b.label = string_literal(*c.children[4]->children.front());
      if (const node* d = child(c, 5)) {
         b.description = string_literal(*d->children.front());
      }
      s.bands.push_back(std::move(b));
   }
   return s;
}

// figure: the optional formula and rounding after 'rumus', 'capaian' or 'efisiensi'.
ast::figure converter::figure(const node& n)
{
   ast::figure f;
   f.where = span_of(n);
   for (const auto& c : n.children) {
      if (c->is_type<g::rounding>()) {
         f.places = integer(*c->children.front());
         f.places_where = span_of(*c);
      }
      else if (!c->is_type<g::effective_clause>()) { // a rumus line's berlaku: see indicator()
         f.formula = expression(*c);
      }
   }
   return f;
}

// indicator_decl: 'indikator' name title '{' indicator_field* '}'
ast::indicator_decl converter::indicator(const node& n)
{
   ast::indicator_decl ind;
   ind.where = span_of(n);
   ind.name = identifier(*n.children[0]);
   ind.title = string_literal(*n.children[1]->children.front());
   for (std::size_t i = 2; i < n.children.size(); ++i) {
      const node& f = *n.children[i];
      const node* first = child(f, 0);
      // Every field but `target` (one per period) and `bulat` (checked below) is written once;
      // a field starts with its keyword.
      const std::string_view text = f.string_view();
      const std::optional<keyword> word = keyword_of(
         text.substr(0, text.find_first_not_of("abcdefghijklmnopqrstuvwxyz_")),
         keyword_group::indicator_field);
      const node* formula_effective =
         f.is_type<g::field_formula>() ? find<g::effective_clause>(f) : nullptr;
      if (word && !f.is_type<g::field_targets>() && !f.is_type<g::field_rounding>() &&
          !f.is_type<g::measured_against>() && !is_meta(f) && !formula_effective &&
          !first_clause(f, *word)) {
         continue;
      }
      if (f.is_type<g::field_level>()) {
         ind.level = kind_written(ast::level_words, first->string_view());
      }
      else if (f.is_type<g::field_parent>()) {
         ind.parent = identifier(*first);
      }
      else if (f.is_type<g::field_unit>()) {
         ind.unit = first->children.empty() ? first->string()
                                            : string_literal(*first->children.front());
      }
      else if (f.is_type<g::field_direction>()) {
         ind.dir = kind_written(ast::direction_words, first->string_view());
      }
      else if (f.is_type<g::field_definition>()) {
         ind.definition = string_literal(*first);
      }
      else if (f.is_type<g::field_source>()) {
         ind.data_source = string_literal(*first);
      }
      else if (formula_effective) {
         ast::formula_version v;
         v.value = figure(f);
         effective(*formula_effective, v.info);
         ind.value_versions.push_back(std::move(v));
      }
      else if (f.is_type<g::field_formula>()) {
         ind.value = figure(f);
      }
      else if (f.is_type<g::field_rounding>()) {
         ast::figure rounding_only;
         rounding_only.where = span_of(f);
         rounding_only.places = integer(*first);
         rounding_only.places_where = span_of(f);
         if (ind.value && !ind.value->places) {
            ind.value->places = rounding_only.places;
            ind.value->places_where = rounding_only.places_where;
         }
         else if (!ind.value) {
            ind.value = std::move(rounding_only);
         }
         else {
            m_sink.error("E-GANDA", span_of(f), "pembulatan nilai indikator ditulis dua kali");
         }
      }
      else if (f.is_type<g::measured_against>()) {
         if (first_clause(f, keyword::terhadap, "satu indikator diukur terhadap satu versi target")) {
            ind.measured_against = identifier(*first->children.front());
         }
      }
      else if (f.is_type<g::field_targets>()) {
         std::optional<ast::identifier> version;
         for (const auto& entry : f.children) {
            if (entry->is_type<g::target_version_name>()) {
               version = identifier(*entry->children.front());
               continue;
            }
            ast::target_entry t;
            t.version = version;
            t.where = span_of(*entry);
            t.period = period(*entry->children[0]);
            t.period_where = span_of(*entry->children[0]);
            t.value = signed_number(*entry->children[1]);
            ind.targets.push_back(std::move(t));
         }
      }
      else if (f.is_type<g::field_achievement>()) {
         ind.achievement = figure(f);
      }
      else if (f.is_type<g::field_efficiency>()) {
         ind.efficiency = figure(f);
      }
      else if (f.is_type<g::field_achievement_scale>()) {
         ind.achievement_scale = qualified_name(*first);
      }
      else if (f.is_type<g::field_value_scale>()) {
         ind.value_scale = qualified_name(*first);
      }
      else if (f.is_type<g::field_efficiency_scale>()) {
         ind.efficiency_scale = qualified_name(*first);
      }
      else if (f.is_type<g::field_accumulation>()) {
         ind.accumulate = kind_written(ast::accumulation_words, first->string_view());
         ind.accumulate_where = span_of(f);
      }
      else if (f.is_type<g::field_budget>()) {
         ind.budget_where = span_of(f);
         for (const auto& code : f.children) {
            if (code->is_type<g::budget_all>()) {
               ind.budget_all = true;
            }
            else {
               ind.budget_codes.push_back(string_literal(*code->children.front()));
            }
         }
      }
      else {
         meta_clause(f, ind.info);
      }
   }
   return ind;
}

// example_decl: 'contoh' title ('periode' period)? '{' (given | assertion)* '}'
ast::example_decl converter::example(const node& n)
{
   ast::example_decl ex;
   ex.where = span_of(n);
   ex.title = string_literal(*n.children[0]->children.front());
   ex.title_where = span_of(*n.children[0]);
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      if (c.is_type<g::example_period>()) {
         ex.when = period(*c.children.front());
      }
      else if (c.is_type<g::given>()) {
         ex.givens.push_back(
            {qualified_name(*c.children[0]), expression(*c.children[1]), span_of(c)});
      }
      else {
         ex.assertions.push_back(expression(*c.children.front()));
      }
   }
   return ex;
}

// condition_decl: 'syarat' title ('untuk' 'setiap' 'baris' table)? '{' expression '}' meta*
ast::condition_decl converter::condition(const node& n)
{
   ast::condition_decl c;
   c.where = span_of(n);
   c.title = string_literal(*n.children[0]->children.front());
   c.title_where = span_of(*n.children[0]);
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& part = *n.children[i];
      if (part.is_type<g::condition_table>()) {
         c.rows = identifier(*part.children.front());
      }
      else if (part.is_type<g::assertion>()) {
         c.condition = expression(*part.children.front());
      }
      else {
         meta_clause(part, c.info);
      }
   }
   return c;
}

ast::declaration converter::declaration(const node& n)
{
   m_clauses.clear();
   if (n.is_type<g::import_decl>()) {
      ast::import_decl d;
      d.where = span_of(n);
      for (const auto& c : n.children) {
         if (c->is_type<g::stdlib_requirement>()) {
            d.stdlib_version = c->children.front()->string();
            d.stdlib_version_where = span_of(*c);
         }
         else {
            d.modules.push_back(identifier(*c));
         }
      }
      return d;
   }
   if (n.is_type<g::table_decl>()) {
      return table(n);
   }
   if (n.is_type<g::realisasi_decl>()) {
      ast::realisasi_decl d;
      d.where = span_of(n);
      d.file = string_literal(*n.children.front());
      for (std::size_t i = 1; i < n.children.size(); ++i) {
         if (n.children[i]->is_type<g::sheet_name>()) {
            d.sheet = sheet(*n.children[i]);
         }
         else {
            d.style = number_style_of(*n.children[i]);
         }
      }
      return d;
   }
   if (n.is_type<g::budget_decl>()) {
      return budget(n);
   }
   if (n.is_type<g::renja_decl>()) {
      return renja(n);
   }
   if (n.is_type<g::printed_decl>()) {
      ast::printed_decl d;
      d.where = span_of(n);
      d.file = string_literal(*n.children.front());
      for (std::size_t i = 1; i < n.children.size(); ++i) {
         if (n.children[i]->is_type<g::sheet_name>()) {
            d.sheet = sheet(*n.children[i]);
         }
         else {
            d.style = number_style_of(*n.children[i]);
         }
      }
      return d;
   }
   if (n.is_type<g::weight_decl>()) {
      return weight(n);
   }
   if (n.is_type<g::target_version_decl>()) {
      return ast::target_version_decl{identifier(*n.children[0]->children.front()),
                                      string_literal(*n.children[1]->children.front()),
                                      span_of(n)};
   }
   if (n.is_type<g::measured_against>()) {
      return ast::measured_decl{identifier(*n.children[0]->children.front()), span_of(n)};
   }
   if (n.is_type<g::scale_decl>()) {
      return scale(n);
   }
   if (n.is_type<g::indicator_decl>()) {
      return indicator(n);
   }
   if (n.is_type<g::override_decl>()) {
      ast::override_decl o;
      o.where = span_of(n);
      o.target = qualified_name(*n.children[0]);
      o.value = expression(*n.children[1]);
      for (std::size_t i = 2; i < n.children.size(); ++i) {
         meta_clause(*n.children[i], o.info);
      }
      return o;
   }
   if (n.is_type<g::example_decl>()) {
      return example(n);
   }
   if (n.is_type<g::condition_decl>()) {
      return condition(n);
   }
   // constant_decl, rule_decl, value_decl: name params? title? '=' expression rounding? meta*
   ast::identifier name = identifier(*n.children.front());
   std::string title;
   std::vector<ast::identifier> params;
   ast::expr_ptr body;
   std::optional<int> places;
   span places_where;
   ast::meta info;
   for (std::size_t i = 1; i < n.children.size(); ++i) {
      const node& c = *n.children[i];
      if (c.is_type<g::title>()) {
         title = string_literal(*c.children.front());
      }
      else if (c.is_type<g::parameter>()) {
         params.push_back(identifier(*c.children.front()));
      }
      else if (c.is_type<g::rounding>()) {
         places = integer(*c.children.front());
         places_where = span_of(c);
      }
      else if (is_meta(c)) {
         meta_clause(c, info);
      }
      else {
         body = expression(c);
      }
   }
   const span where = span_of(n);
   if (n.is_type<g::rule_decl>()) {
      return ast::rule_decl{std::move(name), std::move(title), std::move(params), std::move(body),
                            std::move(info), where};
   }
   if (n.is_type<g::value_decl>()) {
      return ast::value_decl{std::move(name), std::move(title), std::move(body), places,
                             places_where,    std::move(info),  where};
   }
   return ast::constant_decl{std::move(name), std::move(title), std::move(body), std::move(info),
                             where};
}

span declaration_span(const ast::declaration& d)
{
   return std::visit([](const auto& decl) { return decl.where; }, d);
}

ast::meta* declaration_meta(ast::declaration& d)
{
   return std::visit(
      [](auto& decl) -> ast::meta* {
         if constexpr (requires { decl.info; }) {
            return &decl.info;
         }
         else {
            return nullptr;
         }
      },
      d);
}

// Comment lines directly above a declaration (no blank line between) document it; `explain`
// and `fmt` keep them with the declaration.
void converter::attach_doc_comments(ast::module& out)
{
   for (ast::declaration& d : out.declarations) {
      ast::meta* info = declaration_meta(d);
      if (!info) {
         continue;
      }
      std::size_t expected_line = m_file.line_of(declaration_span(d).begin);
      std::vector<std::string> lines;
      for (auto it = out.comments.rbegin(); it != out.comments.rend(); ++it) {
         const std::size_t line = m_file.line_of(it->where.begin);
         if (line >= expected_line) {
            continue;
         }
         const std::string_view text = m_file.line_text(line);
         const bool alone = text.find_first_not_of(" \t") == m_file.column_of(it->where.begin) - 1;
         if (line + 1 != expected_line || !alone) {
            break;
         }
         lines.push_back(it->text);
         expected_line = line;
      }
      std::reverse(lines.begin(), lines.end());
      info->doc = std::move(lines);
   }
}

void converter::module(const node& root, ast::module& out)
{
   for (const auto& c : root.children) {
      if (c->is_type<g::agency_header>() || c->is_type<g::module_header>()) {
         header(*c, out);
      }
      else {
         out.declarations.push_back(declaration(*c));
      }
   }
   attach_doc_comments(out);
}

// A misspelt keyword where the grammar expected one of the words `allowed`: the word written at
// the failure (its length in bytes) and the nearest of those words, if one is near enough.
struct keyword_guess
{
   std::size_t length = 0;
   std::string keyword;
};

keyword_guess guess_keyword(std::string_view rest, group_set allowed)
{
   if (allowed.empty()) {
      return {};
   }
   std::size_t length = 0;
   while (length < rest.size() &&
          (std::isalnum(static_cast<unsigned char>(rest[length])) || rest[length] == '_')) {
      ++length;
   }
   if (length == 0) {
      return {};
   }
   return {length, nearest_keyword(rest.substr(0, length), allowed)};
}

} // namespace

std::vector<ast::comment> scan_comments(const source_file& file)
{
   std::vector<ast::comment> comments;
   const std::string_view text = file.text();
   std::size_t i = 0;
   while (i < text.size()) {
      if (text[i] == '"') {
         // Skip a string literal; strings end at '"' or at the end of the line.
         ++i;
         while (i < text.size() && text[i] != '"' && text[i] != '\n') {
            i += text[i] == '\\' ? 2 : 1;
         }
         ++i;
      }
      else if (text.substr(i, 2) == "//") {
         const std::size_t end = std::min(text.find('\n', i), text.size());
         std::size_t content_end = end;
         if (content_end > i && text[content_end - 1] == '\r') {
            --content_end;
         }
         comments.push_back({std::string(text.substr(i + 2, content_end - i - 2)),
                             span{&file, static_cast<std::uint32_t>(i),
                                  static_cast<std::uint32_t>(content_end)}});
         i = end;
      }
      else {
         ++i;
      }
   }
   return comments;
}

ast::module parse(const source_file& file, diagnostic_sink& sink, parse_mode mode)
{
   ast::module out;
   out.file = &file;
   if (file.text().size() > limits::max_rule_file_bytes) {
      sink.error("E-BATAS", span{&file, 0, 0},
                 "berkas aturan lebih dari " +
                    std::to_string(limits::max_rule_file_bytes / (1024 * 1024)) + " MB");
      return out;
   }
   if (const std::size_t bad = invalid_utf8(file.text()); bad != std::string_view::npos) {
      const auto begin = static_cast<std::uint32_t>(bad);
      sink.error("E-UTF8", span{&file, begin, begin + 1},
                 "berkas aturan bukan teks UTF-8: " + byte_text(file.text()[bad]) +
                    " tidak sah di sini",
                 "simpan berkas sebagai UTF-8 (di Notepad: Simpan Sebagai, Encoding UTF-8)");
      return out;
   }
   out.comments = scan_comments(file);
   pegtl::memory_input<> in(file.text(), file.name());
   try {
      auto root =
         mode == parse_mode::whole
            ? pt::parse<g::file, node, selector, depth_action, grammar_errors::control>(in)
            : pt::parse<g::used_file, node, selector, depth_action, grammar_errors::control>(in);
      if (root) {
         converter(file, sink).module(*root, out);
      }
   }
   catch (const pegtl::parse_error& e) {
      const auto& pos = e.positions().front();
      const std::string message(e.message());
      const std::size_t newline = message.find('\n');
      const std::string_view rest = file.text().substr(pos.byte);
      std::string hint = newline == std::string::npos ? "" : message.substr(newline + 1);
      const auto* expected = dynamic_cast<const grammar_errors::syntax_error*>(&e);
      const keyword_guess guess =
         guess_keyword(rest, expected ? expected->allowed() : group_set{});
      if (!guess.keyword.empty()) {
         hint = did_you_mean(guess.keyword);
      }
      const auto begin = static_cast<std::uint32_t>(pos.byte);
      const auto end = static_cast<std::uint32_t>(std::min(pos.byte + 1, file.text().size()));
      diagnostic& d =
         sink.error("E-SINTAKS", span{&file, begin, end}, message.substr(0, newline), hint);
      if (!guess.keyword.empty()) {
         d.fix = replacement{span{&file, begin, static_cast<std::uint32_t>(begin + guess.length)},
                             guess.keyword};
      }
   }
   return out;
}

} // namespace ind::lang
