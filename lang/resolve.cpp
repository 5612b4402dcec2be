// resolve: module_set -> program. The driver and the definition of each kind of entity; the
// passes it runs live beside it (see lang/resolver.hpp).
#include "lang/resolve.hpp"

#include "lang/resolver.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace ind::lang {

namespace resolving {

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

// ---------------------------------------------------------------- entities

void resolver::resolve_entry(entry& e)
{
   std::visit([&](auto* x) { define(e, *x); }, e.target);
}

// A module name needs nothing more: its scope was filled when its declarations were declared.
void resolver::define(entry&, module_scope&) {}

void resolver::define(entry& e, table& t)
{
   const auto& d = std::get<ast::table_decl>(*e.decl);
   module_scope& scope = *e.home;
   t.file = d.file;
   t.file_where = d.file_where;
   t.sheet = d.sheet;
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

figure resolver::resolve_figure(const std::optional<ast::figure>& f, const local_scope& scope)
{
   return f ? resolve_figure(*f, scope) : figure{};
}

figure resolver::resolve_figure(const ast::figure& f, const local_scope& scope)
{
   figure out;
   out.where = f.where;
   out.places = f.places;
   if (f.formula) {
      out.formula = expression(*f.formula, scope);
      expect_type(*out.formula, value_type::number, "rumus");
   }
   return out;
}

// rumus ... berlaku ...: the versions of an indicator's formula, ordered by their first period.
// A `rumus` without `berlaku` written beside them is the version from the beginning (until the
// first `sejak`), as for versions of declarations; the indicator's own `bulat` is the rounding of
// every version that writes none, and of the realisasi read from the data.
void resolver::resolve_formula_versions(indicator& ind, const ast::indicator_decl& d,
                                        const local_scope& scope)
{
   if (d.value_versions.empty()) {
      return;
   }
   if (ind.value.formula) {
      formula_version first;
      first.value.formula = std::move(ind.value.formula);
      first.value.places = ind.value.places;
      first.value.where = ind.value.where;
      first.where = ind.value.where;
      ind.value_versions.push_back(std::move(first));
   }
   for (const ast::formula_version& v : d.value_versions) {
      formula_version out;
      out.value = resolve_figure(v.value, scope);
      if (!out.value.places) {
         out.value.places = ind.value.places;
      }
      out.info = citations(v.info);
      out.where = v.info.effective_where;
      ind.value_versions.push_back(std::move(out));
   }
   std::stable_sort(ind.value_versions.begin(), ind.value_versions.end(),
                    [](const formula_version& a, const formula_version& b) {
                       return a.info.since && b.info.since ? *a.info.since < *b.info.since
                                                           : !a.info.since && b.info.since;
                    });
   for (std::size_t i = 1; i < ind.value_versions.size(); ++i) {
      const formula_version& before = ind.value_versions[i - 1];
      const formula_version& later = ind.value_versions[i];
      // Sorted, a version overlaps the one before when both hold from the beginning, when they
      // start together, or when the one before lasts (`sampai`) into the later one's start.
      const bool overlap =
         !later.info.since || (before.info.since && *before.info.since == *later.info.since) ||
         (before.info.until &&
          (!(*before.info.until < *later.info.since) || before.info.until->contains(*later.info.since)));
      if (!overlap) {
         continue;
      }
      diagnostic& diag = m_sink.error(
         "E-RUMUS-TUMPANG", later.where,
         "masa berlaku rumus realisasi " + ind.id + " bertumpang tindih dengan rumus sebelumnya",
         "tiap periode hanya boleh dihitung satu rumus: akhiri rumus lama sebelum rumus baru "
         "berlaku, mis. rumus ... berlaku sampai 2021 dan rumus ... berlaku sejak 2022");
      diag.notes.push_back({before.where, "rumus sebelumnya"});
   }
}

void resolver::define(entry& e, indicator& ind)
{
   const auto& d = std::get<ast::indicator_decl>(*e.decl);
   module_scope& scope = *e.home;
   ind.title = d.title;
   ind.level = d.level;
   ind.unit = d.unit;
   ind.dir = d.dir.value_or(ast::direction::up);
   ind.definition = d.definition;
   ind.data_source = d.data_source;
   ind.budget_codes = d.budget_codes;
   ind.budget_all = d.budget_all;
   ind.accumulate = d.accumulate;
   ind.accumulate_where = d.accumulate_where;
   ind.info = citations(d.info);
   ind.where = d.where;
   if (d.parent) {
      entry* p = lookup(scope, d.parent->text);
      if (!p || !p->is<indicator>()) {
         unknown_name(*d.parent, local_scope{&scope, nullptr, 0, nullptr, nullptr, false},
                      "indikator induk");
      }
      else if (p->as<indicator>() == &ind) {
         m_sink.error("E-SIKLUS", d.parent->where, "indikator tidak dapat menjadi induknya sendiri");
      }
      else {
         ind.parent = p->as<indicator>();
      }
   }
   resolve_targets(ind, d);
   const local_scope value_scope{&scope, nullptr, period_only, nullptr, nullptr, false};
   ind.value = resolve_figure(d.value, value_scope);
   resolve_formula_versions(ind, d, value_scope);
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
   e.type = value_type::number;
}

void resolver::define(entry& e, constant& c)
{
   const local_scope plain{e.home, nullptr, 0, nullptr, nullptr, false};
   const auto& d = std::get<ast::constant_decl>(*e.decl);
   c.title = d.title;
   c.info = citations(d.info);
   c.where = d.where;
   c.value = expression(*d.value, plain);
   e.type = c.value->type;
}

void resolver::define(entry& e, rule& r)
{
   module_scope& scope = *e.home;
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
}

void resolver::define(entry& e, named_value& v)
{
   module_scope& scope = *e.home;
   const auto& d = std::get<ast::value_decl>(*e.decl);
   v.title = d.title;
   v.places = d.places;
   v.info = citations(d.info);
   v.where = d.where;
   v.value = expression(*d.value,
                        {&scope, nullptr, period_only, nullptr, nullptr, false, d.value.get()});
   e.type = v.value->type;
}

void resolver::define(entry& e, weight_set& w)
{
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
}

void resolver::define(entry& e, scale& s)
{
   const auto& d = std::get<ast::scale_decl>(*e.decl);
   s.title = d.title;
   s.info = citations(d.info);
   s.where = d.where;
   for (const ast::band& b : d.bands) {
      s.bands.push_back(define_band(b));
   }
   if (d.domain) {
      s.domain = define_band(*d.domain);
   }
   if (s.bands.empty()) {
      m_sink.error("E-SKALA", d.name.where, "skala '" + s.name + "' tidak punya kelas");
   }
}

band resolver::define_band(const ast::band& b)
{
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
}

// ---------------------------------------------------------------- sheets

namespace {

// A data file a declaration reads, the workbook sheet standing for it, where the rule file says so.
struct sheet_read
{
   std::string file;
   std::string sheet;
   span where;
};

std::string folded(std::string text)
{
   for (char& c : text) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
   }
   return text;
}

} // namespace

// Two declarations may read one file (a table over anggaran.csv), and then one sheet; two files
// cannot share a sheet, nor one file be read from two sheets: a workbook given as --data would
// answer both with the same cells, or the same file with different ones. Sheets are compared as
// the workbook reader finds them, without regard to case.
void resolver::check_sheets()
{
   const program& p = *m_program;
   std::vector<sheet_read> reads;
   const auto add = [&](const std::string& file, const std::optional<ast::sheet_name>& named,
                        span where) {
      reads.push_back({file, sheet_of(file, named), named ? named->where : where});
   };
   for (const auto& t : p.tables) {
      add(t->file, t->sheet, t->file_where);
   }
   if (p.realisasi) {
      add(p.realisasi->file, p.realisasi->sheet, p.realisasi->where);
   }
   if (p.budget) {
      add(p.budget->file, p.budget->sheet, p.budget->where);
   }
   if (p.printed) {
      add(p.printed->file, p.printed->sheet, p.printed->where);
   }
   if (p.renja) {
      add(p.renja->file, p.renja->sheet, p.renja->where);
   }
   for (std::size_t i = 0; i < reads.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
         const sheet_read& a = reads[j];
         const sheet_read& b = reads[i];
         const bool same_file = a.file == b.file;
         const bool same_sheet = folded(a.sheet) == folded(b.sheet);
         if (same_file == same_sheet) {
            continue;
         }
         auto& d = m_sink.error(
            "E-LEMBAR", b.where,
            same_sheet ? "lembar '" + b.sheet + "' sudah dibaca untuk berkas '" + a.file +
                            "'; berkas '" + b.file + "' tidak dapat memakainya juga"
                       : "berkas '" + b.file + "' sudah dibaca dari lembar '" + a.sheet +
                            "', bukan '" + b.sheet + "'",
            same_sheet ? "beri berkas ini lembar sendiri: lembar \"...\" setelah nama berkasnya"
                       : "satu berkas dibaca dari satu lembar: samakan 'lembar' kedua deklarasi");
         d.notes.push_back({a.where, "dibaca di sini"});
         break;
      }
   }
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
   resolve_file_measured();
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
   for (const auto& [decl, scope] : m_conditions) {
      resolve_condition(*decl, *scope);
   }
   if (p.budget) {
      for (const ast::declaration& d : main.declarations) {
         if (const auto* b = std::get_if<ast::budget_decl>(&d); b && b->absorption_scale) {
            p.budget->absorption_scale = resolve_scale_name(*b->absorption_scale, *m_scopes.front());
         }
      }
   }
   check_sheets();
   if (p.renja) {
      for (const ast::declaration& d : main.declarations) {
         if (const auto* r = std::get_if<ast::renja_decl>(&d); r && r->scale) {
            p.renja->bands = resolve_scale_name(*r->scale, *m_scopes.front());
         }
      }
   }
   // Indicators are kept in the order they are written, which is the order reports show.
   std::stable_sort(p.indicators.begin(), p.indicators.end(),
                    [](const auto& a, const auto& b) { return a->where.begin < b->where.begin; });
   return std::move(m_program);
}

} // namespace resolving

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
   return resolving::resolver(modules, sink).run();
}

} // namespace ind::lang
