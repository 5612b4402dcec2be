// syarat: a condition the data must satisfy, resolved once every name of the program is known.
#include "lang/resolver.hpp"

#include <string>

namespace ind::lang::resolving {

// syarat "judul" { kondisi } is a truth value of the period evaluated; with `untuk setiap baris
// t`, unqualified names are t's columns and the condition is checked on each row of t, as the
// number of rows for which it does not hold: hitung(t dengan tidak kondisi), an aggregate that
// the evaluator computes over a held table and the roster engine over a streamed one.
void resolver::resolve_condition(const ast::condition_decl& d, module_scope& scope)
{
   auto c = std::make_unique<condition>();
   c->title = d.title;
   c->owner = scope.info;
   c->where = d.where;
   c->info = citations(d.info);
   local_scope inner{&scope, nullptr, period_only, nullptr, nullptr, false};
   if (d.rows) {
      entry* e = lookup(scope, d.rows->text);
      if (!e || !e->is<table>()) {
         if (e) {
            m_sink.error("E-NAMA", d.rows->where,
                         "'" + d.rows->text + "' adalah " + kind_name(e->target) + ", bukan tabel",
                         "untuk setiap baris <tabel>: sebut tabel yang barisnya diperiksa");
         }
         else {
            unknown_name(*d.rows, inner, "tabel");
         }
         return;
      }
      ensure(*e, d.rows->where);
      c->rows = e->as<table>();
      inner.row_table = c->rows;
   }
   ir::expr_ptr check = expression(*d.condition, inner);
   if (check->type == value_type::number || check->type == value_type::text ||
       check->type == value_type::period) {
      m_sink.error("E-TIPE", check->where,
                   std::string("kondisi syarat harus berupa benar/salah, bukan ") +
                      type_name(check->type),
                   "tulis perbandingan yang harus dipenuhi data, mis. jumlah(t.kolom) = total "
                   "atau nilai <= maks");
   }
   else {
      expect_type(*check, value_type::boolean, "kondisi syarat");
   }
   c->check = check.get();
   if (!c->rows) {
      c->formula = std::move(check);
   }
   else {
      const span where = check->where;
      ir::aggregate failing;
      failing.kind = ir::aggregate_kind::count;
      failing.source = c->rows;
      failing.filter =
         make(where, value_type::boolean, ir::unary{ast::unary_op::logical_not, std::move(check)});
      c->formula = make(where, value_type::number, std::move(failing));
   }
   m_program->conditions.push_back(std::move(c));
}

} // namespace ind::lang::resolving
