// Binding: every declaration gets its name in the scope of its module (several `berlaku sejak`
// versions share one name), names in formulas are looked up through parameters, context names,
// the columns of the table an aggregate reads, the module's entities and `pakai` modules; and
// the agency's `ubah` and `contoh` are bound to the entities they name.
#include "lang/resolver.hpp"
#include "lang/suggest.hpp"

#include <algorithm>

namespace ind::lang::resolving {

namespace {

constexpr keyword kind_word(const module_scope*)
{
   return keyword::modul;
}

// Entities that may be written again with a later `berlaku sejak`: those whose first version
// lists them all.
template <typename T>
constexpr bool versioned = requires(T& x) { x.versions; };

bool has_versions(const entity& e)
{
   return std::visit([](auto* x) { return versioned<std::remove_pointer_t<decltype(x)>>; }, e);
}

// The entity each named declaration makes, and the list of the program that owns it.
template <typename Decl>
struct declared;
template <typename T, auto List>
struct declares
{
   using type = T;
   static constexpr auto list = List;
};
template <>
struct declared<ast::table_decl> : declares<table, &program::tables> {};
template <>
struct declared<ast::constant_decl> : declares<constant, &program::constants> {};
template <>
struct declared<ast::rule_decl> : declares<rule, &program::rules> {};
template <>
struct declared<ast::value_decl> : declares<named_value, &program::values> {};
template <>
struct declared<ast::weight_decl> : declares<weight_set, &program::weights> {};
template <>
struct declared<ast::scale_decl> : declares<scale, &program::scales> {};
template <>
struct declared<ast::indicator_decl> : declares<indicator, &program::indicators> {};

template <typename Decl>
constexpr bool names_entity = requires { typename declared<Decl>::type; };

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
   case ast::column_type::decimal:
   case ast::column_type::integer:
   case ast::column_type::rupiah:
   case ast::column_type::percent:
      return value_type::number;
   }
   return value_type::number; // unreachable: every column type is handled above
}

} // namespace

const char* kind_name(const entity& e)
{
   return spelling(std::visit([](const auto* x) { return kind_word(x); }, e)).data();
}

entity_key key(const entity& e)
{
   return std::visit([](const auto* x) { return entity_key(x); }, e);
}

std::optional<given_target> given_target_of(const entity& e)
{
   return std::visit(
      [](const auto* x) -> std::optional<given_target> {
         if constexpr (std::is_constructible_v<given_target, decltype(x)>) {
            return given_target(x);
         }
         else {
            return std::nullopt;
         }
      },
      e);
}

const std::vector<std::string_view>& module_scope::listed_names()
{
   if (name_list.size() != names.size()) {
      name_list.clear();
      for (const auto& named : names) {
         name_list.push_back(named.first);
      }
   }
   return name_list;
}

// ---------------------------------------------------------------- declaring

void resolver::add_name(module_scope& scope, const ast::identifier& name, entity target,
                        const ast::declaration* decl)
{
   // A call always means the built-in function, so a rule of that name could never be called.
   if (find_builtin(name.text) && std::holds_alternative<rule*>(target)) {
      m_sink.error("E-GANDA", name.where,
                   "'" + name.text + "' adalah nama fungsi bawaan; aturan ini tidak dapat dipanggil",
                   "pilih nama lain");
   }
   auto [it, inserted] = scope.names.try_emplace(name.text);
   if (!inserted) {
      entry& first = it->second;
      // Another version of the same entity, distinguished by its date of effect.
      const auto since = effective_of(*decl);
      const bool same_kind = first.target.index() == target.index();
      const bool versionable = has_versions(target);
      if (versionable && same_kind && since) {
         bool clash = effective_of(*first.decl) == since;
         for (const auto& v : first.later) {
            clash = clash || effective_of(*v->decl) == since;
         }
         if (!clash) {
            first.later.push_back(std::make_unique<entry>(entry{
               target, decl, &scope, name.where, progress::pending, value_type::any, {}, {}}));
            return;
         }
      }
      auto& d = m_sink.error("E-GANDA", name.where,
                             std::string(kind_name(target)) + " '" + name.text +
                                "' sudah didefinisikan",
                             versionable && same_kind
                                ? "versi lain harus berlaku sejak periode yang berbeda: "
                                  "berlaku sejak 2022"
                                : "setiap nama dalam satu berkas harus unik");
      d.notes.push_back({first.where, "definisi pertama di sini"});
      return;
   }
   it->second =
      entry{target, decl, &scope, name.where, progress::pending, value_type::any, {}, {}};
   m_entries[key(target)] = &it->second;
}

template <typename Decl>
void resolver::declare_entity(module_scope& scope, const Decl& decl, const ast::declaration& d)
{
   using T = typename declared<Decl>::type;
   auto made = std::make_unique<T>();
   if constexpr (std::is_same_v<T, indicator>) {
      made->id = decl.name.text;
   }
   else {
      made->name = decl.name.text;
   }
   made->owner = scope.info;
   add_name(scope, decl.name, made.get(), &d);
   ((*m_program).*declared<Decl>::list).push_back(std::move(made));
}

void resolver::declare(module_scope& scope, const ast::declaration& d)
{
   program& p = *m_program;
   const bool is_main = scope.info->name.empty();
   std::visit(
      [&](const auto& decl) {
         using T = std::decay_t<decltype(decl)>;
         if constexpr (std::is_same_v<T, ast::indicator_decl>) {
            if (!is_main) {
               m_sink.error("E-DEKLARASI", decl.where,
                            "indikator hanya boleh didefinisikan di berkas instansi");
               return;
            }
         }
         if constexpr (names_entity<T>) {
            declare_entity(scope, decl, d);
         }
         else if constexpr (std::is_same_v<T, ast::import_decl>) {
            for (const ast::identifier& m : decl.modules) {
               for (const auto& other : m_scopes) {
                  if (other->info->name == m.text) {
                     add_name(scope, m, other.get(), &d);
                  }
               }
            }
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
               p.printed = printed_source{decl.file, decl.style, decl.where, decl.sheet};
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
               p.realisasi = realisasi_source{decl.file, decl.style, decl.where, decl.sheet};
            }
            else {
               p.budget = budget_source{decl.file, decl.absorption_places.value_or(2), nullptr,
                                        decl.where, decl.levels, decl.sheet};
            }
         }
         else if constexpr (std::is_same_v<T, ast::renja_decl>) {
            if (!is_main) {
               m_sink.error("E-DEKLARASI", decl.where, "'renja' hanya boleh ada di berkas instansi",
                            "modul pustaka tidak membaca data");
            }
            else if (p.renja) {
               m_sink.error("E-GANDA", decl.where, "'renja' sudah dinyatakan dalam berkas ini");
            }
            else {
               p.renja = renja_source{decl.file, decl.sheet, decl.places.value_or(2), nullptr, decl.where};
            }
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
         else if constexpr (std::is_same_v<T, ast::target_version_decl>) {
            declare_target_version(decl, is_main);
         }
         else if constexpr (std::is_same_v<T, ast::measured_decl>) {
            declare_measured(decl, is_main);
         }
         else if constexpr (std::is_same_v<T, ast::condition_decl>) {
            m_conditions.emplace_back(&decl, &scope);
         }
      },
      d);
}

// ---------------------------------------------------------------- versions

namespace {

template <typename T>
void link(entry& first)
{
   T* head = first.as<T>();
   std::vector<const T*> all{head};
   for (const auto& v : first.later) {
      all.push_back(v->as<T>());
   }
   std::stable_sort(all.begin(), all.end(), [](const T* a, const T* b) {
      return a->info.since < b->info.since; // no date sorts first: it holds from the beginning
   });
   head->versions = std::move(all);
}

} // namespace

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
      if (e.is<rule>() && v->as<rule>()->params.size() != e.as<rule>()->params.size()) {
         m_sink.error("E-ARGUMEN", v->where,
                      "setiap versi aturan harus punya parameter sebanyak versi pertama");
      }
   }
   std::visit(
      [&](auto* head) {
         using T = std::remove_pointer_t<decltype(head)>;
         if constexpr (versioned<T>) {
            link<T>(e);
         }
      },
      e.target);
}

// ---------------------------------------------------------------- names

entry* resolver::lookup(module_scope& scope, std::string_view name)
{
   auto it = scope.names.find(name);
   return it == scope.names.end() ? nullptr : &it->second;
}

// The scope of module.module.name: null, reported, when a part before the last is not a module.
module_scope* resolver::module_of(const ast::qualified_name& n, module_scope& scope)
{
   module_scope* where = &scope;
   for (std::size_t i = 0; i + 1 < n.parts.size(); ++i) {
      entry* m = lookup(*where, n.parts[i].text);
      if (!m || !m->is<module_scope>()) {
         unknown_name(n.parts[i], local_scope{where, nullptr, 0, nullptr, nullptr, false}, "modul");
         return nullptr;
      }
      where = m->as<module_scope>();
   }
   return where;
}

const scale* resolver::resolve_scale_name(const ast::qualified_name& n, module_scope& scope)
{
   module_scope* where = &scope;
   std::size_t i = 0;
   while (i + 1 < n.parts.size()) {
      entry* m = lookup(*where, n.parts[i].text);
      if (!m || !m->is<module_scope>()) {
         break;
      }
      where = m->as<module_scope>();
      ++i;
   }
   entry* e = i + 1 == n.parts.size() ? lookup(*where, n.parts[i].text) : nullptr;
   if (!e || !e->is<scale>()) {
      nearest_name search(n.parts.back().text);
      if (m_sink.keeps(severity::error)) { // only for an error that will be shown
         for (const auto& [name, candidate] : where->names) {
            if (candidate.is<scale>()) {
               search.consider(name);
            }
         }
      }
      const std::string& guess = search.best();
      diagnostic& d =
         m_sink.error("E-NAMA", n.where, "skala '" + n.joined() + "' tidak dikenal",
                      guess.empty() ? "skala dinyatakan dengan: skala nama \"judul\" { ... }"
                                    : did_you_mean(guess));
      if (!guess.empty()) {
         d.fix = replacement{n.parts.back().where, guess};
      }
      return nullptr;
   }
   ensure(*e, n.where);
   return e->as<scale>();
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
   const bool suggested = hint.empty() && !guess.empty();
   if (suggested) {
      hint = did_you_mean(guess);
   }
   else if (hint.empty() && context_name) {
      hint = "'" + id.text + "' hanya dikenal di dalam rumus capaian atau efisiensi indikator";
   }
   diagnostic& d = m_sink.error("E-NAMA", id.where, what + " '" + id.text + "' tidak dikenal", hint);
   if (suggested) {
      d.fix = replacement{id.where, guess};
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
   if (auto* inner = e.as<module_scope>()) {
      if (last) {
         m_sink.error("E-NAMA", n.where, "'" + here.text + "' adalah modul",
                      "sebut isinya, mis. " + here.text + ".nama");
         return error_node(n.where);
      }
      return module_member(*inner, n, next_part, scope);
   }
   if (e.is<table>()) {
      return table_column(e, n, next_part, scope);
   }
   if (e.is<weight_set>()) {
      return weight_component(e, n, next_part);
   }
   if (!last) {
      m_sink.error("E-NAMA", n.parts[next_part].where,
                   std::string(kind_name(e.target)) + " '" + here.text +
                      "' tidak punya isi bernama");
      return error_node(n.where);
   }
   if (const auto* c = e.as<constant>()) {
      ensure(e, n.where);
      return make(n.where, e.type, ir::constant_ref{c});
   }
   if (const auto* v = e.as<named_value>()) {
      ensure(e, n.where);
      if (e.type == value_type::grouped) {
         m_sink.error("E-KELOMPOK", n.where,
                      "nilai '" + here.text + "' berisi satu angka per kelompok ('menurut') dan "
                      "tidak dapat dipakai dalam rumus lain",
                      "hitung angka yang diperlukan dengan agregatnya sendiri, mis. rata(t.kolom "
                      "dengan t.jenis = \"PNS\")");
         return error_node(n.where);
      }
      return make(n.where, e.type, ir::value_ref{v});
   }
   if (const auto* ind = e.as<indicator>()) {
      ensure(e, n.where);
      return make(n.where, value_type::number, ir::indicator_ref{ind});
   }
   if (e.is<rule>()) {
      m_sink.error("E-ARGUMEN", n.where, "aturan '" + here.text + "' harus dipanggil",
                   "tulis " + here.text + "(argumen; ...)");
      return error_node(n.where);
   }
   m_sink.error("E-NAMA", n.where, "'" + here.text + "' adalah skala, bukan nilai",
                "label kelas suatu nilai: kelas(" + here.text + "; nilai)");
   return error_node(n.where);
}

// module.name: anything the module declares but the modules it uses itself.
ir::expr_ptr resolver::module_member(module_scope& inner, const ast::qualified_name& n,
                                     std::size_t next_part, const local_scope& scope)
{
   const ast::identifier& part = n.parts[next_part];
   entry* member = lookup(inner, part.text);
   if (!member || member->is<module_scope>()) {
      unknown_name(part, local_scope{&inner, nullptr, 0, nullptr, nullptr, false},
                   "isi modul " + n.parts[next_part - 1].text);
      return error_node(n.where);
   }
   return entity_ref(*member, n, next_part + 1, scope);
}

// tabel.kolom: readable only inside an aggregate, which reads one table.
ir::expr_ptr resolver::table_column(entry& e, const ast::qualified_name& n, std::size_t next_part,
                                    const local_scope& scope)
{
   const bool last = next_part == n.parts.size();
   const ast::identifier& here = n.parts[next_part - 1];
   const table* t = e.as<table>();
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
      const bool suggested = hint.empty() && !guess.empty();
      if (hint.empty()) {
         hint = guess.empty() ? "kolom yang ada dinyatakan di deklarasi tabel" : did_you_mean(guess);
      }
      diagnostic& d = m_sink.error(
         "E-NAMA", part.where, "tabel '" + t->name + "' tidak punya kolom '" + part.text + "'", hint);
      if (suggested) {
         d.fix = replacement{part.where, guess};
      }
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

// bobot.komponen
ir::expr_ptr resolver::weight_component(entry& e, const ast::qualified_name& n,
                                        std::size_t next_part)
{
   const bool last = next_part == n.parts.size();
   const ast::identifier& here = n.parts[next_part - 1];
   ensure(e, n.where);
   const weight_set* w = e.as<weight_set>();
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
      found = found || has_item(*v->as<weight_set>());
   }
   if (found) {
      return make(n.where, value_type::number, ir::weight_ref{w, part.text});
   }
   std::vector<std::string> names;
   for (const auto& item : w->items) {
      names.push_back(item.name);
   }
   const std::string guess = closest(part.text, names);
   diagnostic& d = m_sink.error("E-NAMA", part.where,
                                "bobot '" + w->name + "' tidak punya komponen '" + part.text + "'",
                                guess.empty() ? "" : did_you_mean(guess));
   if (!guess.empty()) {
      d.fix = replacement{part.where, guess};
   }
   return error_node(n.where);
}

// ---------------------------------------------------------------- overrides and examples

entry* resolver::find_entry(const ast::qualified_name& n, module_scope& scope)
{
   module_scope* where = module_of(n, scope);
   if (!where) {
      return nullptr;
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
   auto* c = e->as<constant>();
   if (!c) {
      m_sink.error("E-UBAH", d.target.where,
                   std::string("hanya tetapan yang dapat diubah; '") + d.target.joined() +
                      "' adalah " + kind_name(e->target),
                   "aturan, skala dan bobot diganti dengan menulis versinya sendiri");
      return;
   }
   if (e->home == &scope) {
      m_sink.error("E-UBAH", d.target.where,
                   "'" + d.target.joined() + "' ditulis di berkas ini; ubah nilainya di sana",
                   "'ubah' untuk tetapan modul pustaka (mis. ipasn.poin_s1)");
      return;
   }
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
      const std::optional<given_target> target = given_target_of(e->target);
      if (!target) {
         m_sink.error("E-CONTOH", g.target.where,
                      std::string("'andaikan' berlaku untuk tetapan, nilai atau indikator; '") +
                         g.target.joined() + "' adalah " + kind_name(e->target));
         continue;
      }
      ensure(*e, g.target.where);
      ex->givens.push_back({*target, expression(*g.value, plain), g.where});
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

} // namespace ind::lang::resolving
