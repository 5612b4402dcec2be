// Types: every expression gets its type as it is bound, and calls are checked against the builtin
// table (arity, aggregate or plain form, argument and result types) or the rule they name.
#include "lang/limits.hpp"
#include "lang/resolver.hpp"
#include "lang/suggest.hpp"

#include <unordered_set>

namespace ind::lang::resolving {

void resolver::expect_type(const ir::expr& e, value_type wanted, const char* role)
{
   if (e.type != wanted && e.type != value_type::any) {
      // A label (kelas(skala; x), a pilih of texts) is a value of its own, but no number.
      const bool label = wanted == value_type::number && e.type == value_type::text;
      m_sink.error("E-TIPE", e.where,
                   std::string(role) + " harus berupa " + type_name(wanted) + ", bukan " +
                      type_name(e.type),
                   label ? "teks seperti label kelas(skala; x) tidak dapat dihitung; bandingkan "
                           "labelnya (x = \"Tinggi\") atau hitung dengan angka yang dikelaskan"
                         : "");
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
         else if constexpr (std::is_same_v<T, ast::period_literal>) {
            // A literal that is no period was reported by the parser.
            const auto when = core::period::parse(node.canonical);
            return when ? make(e.where, value_type::period, ir::literal{*when})
                        : error_node(e.where);
         }
         else if constexpr (std::is_same_v<T, ast::boolean_literal>) {
            return make(e.where, value_type::boolean, ir::literal{node.value});
         }
         else if constexpr (std::is_same_v<T, ast::name_ref>) {
            return name(node.name, scope);
         }
         else if constexpr (std::is_same_v<T, ast::unary>) {
            return unary_expr(e, node, scope);
         }
         else if constexpr (std::is_same_v<T, ast::binary>) {
            return binary_expr(e, node, scope);
         }
         else if constexpr (std::is_same_v<T, ast::call>) {
            return call(e, node, scope);
         }
         else if constexpr (std::is_same_v<T, ast::conditional>) {
            return conditional_expr(e, node, scope);
         }
         else {
            static_assert(std::is_same_v<T, ast::choose>);
            return choose_expr(e, node, scope);
         }
      },
      e.node);
}

ir::expr_ptr resolver::unary_expr(const ast::expr& e, const ast::unary& u,
                                  const local_scope& scope)
{
   auto operand = expression(*u.operand, scope);
   const bool is_not = u.op == ast::unary_op::logical_not;
   expect_type(*operand, is_not ? value_type::boolean : value_type::number,
               is_not ? "operand 'tidak'" : "operand '-'");
   return make(e.where, is_not ? value_type::boolean : value_type::number,
               ir::unary{u.op, std::move(operand)});
}

// A number or a text written where a period is expected (realisasi(x; 2023), periode = 2024,
// realisasi(x; "2024-TW1")) is that period, read as --period and the data's periode columns
// are read; one that is no period is an error here rather than a figure not available later.
ir::expr_ptr resolver::period_expected(ir::expr_ptr e)
{
   const auto* l = std::get_if<ir::literal>(&e->node);
   const auto* number = l ? std::get_if<core::decimal>(&l->value) : nullptr;
   const auto* text = l ? std::get_if<std::string>(&l->value) : nullptr;
   if (e->type == value_type::any || (!number && !text)) {
      return e;
   }
   const std::string written = number ? number->to_string() : *text;
   const auto when = core::period::parse(written);
   if (!when) {
      m_sink.error("E-PERIODE", e->where, "periode '" + written + "' tidak dikenal",
                   std::string(core::period_forms_hint));
      return error_node(e->where);
   }
   return make(e->where, value_type::period, ir::literal{*when});
}

ir::expr_ptr resolver::binary_expr(const ast::expr& e, const ast::binary& b,
                                   const local_scope& scope)
{
   auto lhs = expression(*b.lhs, scope);
   auto rhs = expression(*b.rhs, scope);
   using op = ast::binary_op;
   value_type result = value_type::number;
   switch (b.op) {
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
   case op::equal:
   case op::not_equal:
   case op::less:
   case op::less_equal:
   case op::greater:
   case op::greater_equal:
      // periode >= 2024, periode = "2024-TW1": the literal is a period.
      if (lhs->type == value_type::period) {
         rhs = period_expected(std::move(rhs));
      }
      else if (rhs->type == value_type::period) {
         lhs = period_expected(std::move(lhs));
      }
      if (lhs->type != rhs->type && lhs->type != value_type::any &&
          rhs->type != value_type::any) {
         m_sink.error("E-TIPE", e.where,
                      std::string("tidak dapat membandingkan ") + type_name(lhs->type) +
                         " dengan " + type_name(rhs->type));
      }
      else if (b.op != op::equal && b.op != op::not_equal &&
               lhs->type == value_type::boolean) {
         m_sink.error("E-TIPE", e.where, "benar/salah tidak punya urutan");
      }
      result = value_type::boolean;
      break;
   }
   return make(e.where, result, ir::binary{b.op, std::move(lhs), std::move(rhs)});
}

ir::expr_ptr resolver::conditional_expr(const ast::expr& e, const ast::conditional& c,
                                        const local_scope& scope)
{
   auto condition = expression(*c.condition, scope);
   expect_type(*condition, value_type::boolean, "kondisi 'jika'");
   auto then_value = expression(*c.then_value, scope);
   auto else_value = expression(*c.else_value, scope);
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

ir::expr_ptr resolver::choose_expr(const ast::expr& e, const ast::choose& c,
                                   const local_scope& scope)
{
   ir::choose out;
   out.subject = expression(*c.subject, scope);
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
   for (const ast::choice_arm& arm : c.arms) {
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
   if (c.otherwise) {
      out.otherwise = expression(*c.otherwise, scope);
      note_type(*out.otherwise);
   }
   return make(e.where, t, std::move(out));
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
   module_scope* where = module_of(callee, *scope.module);
   if (!where) {
      return error_node(e.where);
   }
   entry* target = lookup(*where, callee.parts.back().text);
   if (!target || !target->is<rule>()) {
      nearest_name search(callee.parts.back().text);
      if (m_sink.keeps(severity::error)) {
         for (const builtin& b : builtins) {
            search.consider(b.name);
         }
         for (const auto& [name, candidate] : where->names) {
            if (candidate.is<rule>()) {
               search.consider(name);
            }
         }
      }
      const std::string& guess = search.best();
      const std::string what =
         target ? std::string(kind_name(target->target)) + " '" + callee.joined() +
                     "' tidak dapat dipanggil"
                : "fungsi atau aturan '" + callee.joined() + "' tidak dikenal";
      diagnostic& d =
         m_sink.error("E-NAMA", callee.where, what, guess.empty() ? "" : did_you_mean(guess));
      if (!guess.empty()) {
         d.fix = replacement{callee.parts.back().where, guess};
      }
      return error_node(e.where);
   }
   ensure(*target, callee.where);
   const rule* r = target->as<rule>();
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
      if (t && t->is<table>()) {
         ensure(*t, bare->name.where);
         source = t->as<table>();
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
      ir::function_call out{*b.over_values, {}, nullptr, nullptr};
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
   else if (b.keeps == kept::distinct) {
      if (!row_value) {
         m_sink.error("E-ARGUMEN", arg.value->where,
                      "hitung_unik() memerlukan kolom yang dihitung nilai bedanya",
                      "mis. hitung_unik(" + source->name + ".kolom)");
         return error_node(e.where);
      }
   }
   else if (b.keeps != kept::count) {
      if (!row_value) {
         m_sink.error("E-ARGUMEN", arg.value->where,
                      fname + "() atas tabel memerlukan kolom, mis. " + fname + "(" +
                         source->name + ".kolom)");
         return error_node(e.where);
      }
      // A column of another type: name what counts it instead.
      if (row_value->type != value_type::number && row_value->type != value_type::any) {
         const std::string column(row_value->where.text());
         const std::string type = type_name(row_value->type);
         m_sink.error("E-TIPE", row_value->where,
                      "nilai yang dihitung " + fname + "() harus berupa angka, bukan " + type,
                      "atas kolom " + type + ": hitung(" + source->name + " menurut " + column +
                         ") memberi banyak baris per nilai, hitung_unik(" + column +
                         ") banyak nilai yang berbeda; angka yang tersimpan sebagai teks dibaca "
                         "sebagai angka bila kolomnya dinyatakan desimal atau bulat");
      }
   }
   out.row_value = b.keeps == kept::count ? nullptr : std::move(row_value);
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

namespace {

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

} // namespace

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
   ir::function_call out{fn, {}, nullptr, nullptr};
   const auto first_name = [&]() -> const ast::name_ref* {
      return std::get_if<ast::name_ref>(&c.args.front().value->node);
   };
   switch (fn) {
   case ir::function::realisasi_at:
   case ir::function::target_at:
   case ir::function::achievement_at:
   case ir::function::own_realisasi_at:
   case ir::function::own_achievement_at:
      return indicator_at(e, b, c, scope);
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
   case ir::function::sum:
   case ir::function::mean:
   case ir::function::min:
   case ir::function::max:
   case ir::function::round:
   case ir::function::round_even:
   case ir::function::truncate:
   case ir::function::abs:
   case ir::function::clamp:
   case ir::function::percent:
   case ir::function::available:
   case ir::function::if_missing:
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
      if (!digits || *digits < 0 || *digits > limits::max_decimal_places) {
         m_sink.error("E-ARGUMEN", out.args[1]->where,
                      "jumlah desimal " + std::string(b.name) + "() harus bilangan bulat 0 sampai " +
                         std::to_string(limits::max_decimal_places) + " yang ditulis langsung",
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
   case ir::function::sum:
   case ir::function::mean:
   case ir::function::min:
   case ir::function::max:
   case ir::function::abs:
   case ir::function::clamp:
   case ir::function::percent:
   // The calls below returned above; they are listed so that a new function must be placed here.
   case ir::function::exact:
   case ir::function::realisasi_at:
   case ir::function::target_at:
   case ir::function::achievement_at:
   case ir::function::own_realisasi_at:
   case ir::function::own_achievement_at:
   case ir::function::classify:
      for (const auto& a : out.args) {
         expect_type(*a, value_type::number, "argumen");
      }
      break;
   }
   return make(e.where, result_type(b, out.args), std::move(out));
}

// realisasi(indikator; periode), target(...), capaian(...): the first argument names an
// indicator, not a figure to compute; without the second, the period is the one evaluated.
ir::expr_ptr resolver::indicator_at(const ast::expr& e, const builtin& b, const ast::call& c,
                                    const local_scope& scope)
{
   const ir::function fn = *b.over_values;
   ir::function_call out{fn, {}, nullptr, nullptr};
   const ast::name_ref* ref = std::get_if<ast::name_ref>(&c.args.front().value->node);
   entry* target = ref && ref->name.parts.size() == 1
                      ? lookup(*scope.module, ref->name.parts.front().text)
                      : nullptr;
   if (!target || !target->is<indicator>()) {
      m_sink.error("E-ARGUMEN", c.args.front().value->where,
                   "argumen pertama " + std::string(b.name) + "() harus nama indikator",
                   "mis. " + std::string(b.name) + "(ip_asn; periode - 1)");
      return error_node(e.where);
   }
   // Without a second argument the call reads the period being evaluated.
   ir::expr_ptr when =
      c.args.size() > 1 ? period_expected(expression(*c.args[1].value, scope)) : nullptr;
   if (when && when->type == value_type::boolean) {
      m_sink.error("E-TIPE", when->where, "periode harus berupa tahun atau periode");
   }
   // The realisasi or capaian of the period being computed is a reference like any other, so a
   // figure that needs its own realisasi or capaian of the same period is a cycle found here, not
   // while evaluating. Other periods are followed while evaluating, and so are the references of
   // a capaian or efisiensi formula, which may read the realisasi of its own indicator.
   const bool figure_formula = (scope.contexts & bit(ir::context_name::realisasi)) != 0;
   const bool same_period = !when || is_current_period(*when);
   if (fn != ir::function::target_at && !figure_formula && same_period) {
      ensure(*target, e.where);
   }
   // Within the capaian formula of the indicator being resolved (not its efisiensi, which reads
   // the capaian), capaian of that indicator in the same period is the formula itself.
   const bool achievement_formula =
      figure_formula && (scope.contexts & bit(ir::context_name::achievement)) == 0;
   if (fn == ir::function::achievement_at && achievement_formula && same_period &&
       target->state == progress::active) {
      m_sink.error("E-SIKLUS", e.where,
                   "rumus melingkar: capaian " + std::string(ref->name.parts.front().text) +
                      " dihitung dari dirinya sendiri",
                   "rumus capaian memakai realisasi dan target; capaian periode lain ditulis "
                   "capaian(x; periode - 1)");
   }
   // target(ind; periode; pk): the builtin table lets only target() have a third argument, the
   // version of targets read instead of the one capaian is measured against.
   if (c.args.size() > 2) {
      const ast::name_ref* version = std::get_if<ast::name_ref>(&c.args[2].value->node);
      if (!version || version->name.parts.size() != 1) {
         m_sink.error("E-ARGUMEN", c.args[2].value->where,
                      "argumen ketiga " + std::string(b.name) + "() harus nama versi target",
                      "mis. " + std::string(b.name) + "(ip_asn; 2024; renstra)");
         return error_node(e.where);
      }
      out.version = target_version_named(version->name.parts.front());
   }
   out.args.push_back(make(ref->name.where, value_type::number,
                           ir::indicator_ref{target->as<indicator>()}));
   if (when) {
      out.args.push_back(std::move(when));
   }
   return make(e.where, result_type(b, out.args), std::move(out));
}

} // namespace ind::lang::resolving
