#include "runtime/lsp/features.hpp"

#include "runtime/lsp/assist.hpp"

#include "core/number_format.hpp"
#include "lang/keywords.hpp"
#include "runtime/trace.hpp"

#include <cctype>
#include <filesystem>
#include <fstream>

namespace ind::rt::lsp {

namespace fs = std::filesystem;

// ---------------------------------------------------------------- files and places

std::string path_of_uri(const std::string& uri)
{
   constexpr std::string_view scheme = "file://";
   std::string_view rest(uri);
   if (rest.substr(0, scheme.size()) == scheme) {
      rest.remove_prefix(scheme.size());
   }
   const auto hex = [](char c) -> int {
      return c >= '0' && c <= '9'   ? c - '0'
             : c >= 'a' && c <= 'f' ? c - 'a' + 10
             : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                    : -1;
   };
   std::string path;
   for (std::size_t i = 0; i < rest.size(); ++i) {
      if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) >= 0 && hex(rest[i + 2]) >= 0) {
         path += static_cast<char>(hex(rest[i + 1]) * 16 + hex(rest[i + 2]));
         i += 2;
      } else {
         path += rest[i];
      }
   }
   return path;
}

std::string uri_of_path(const std::string& path)
{
   constexpr std::string_view hex = "0123456789ABCDEF";
   std::error_code ec;
   const std::string absolute = fs::absolute(path, ec).lexically_normal().string();
   std::string uri = "file://";
   for (const char c : ec ? path : absolute) {
      const auto b = static_cast<unsigned char>(c);
      const bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
                         (b >= '0' && b <= '9') || c == '/' || c == '-' || c == '_' || c == '.' ||
                         c == '~';
      if (plain) {
         uri += c;
      } else {
         uri += '%';
         uri += hex[b >> 4];
         uri += hex[b & 0xF];
      }
   }
   return uri;
}

namespace {

json position_json(const position& p)
{
   return {{"line", p.line}, {"character", p.character}};
}

position position_from(const json& p)
{
   const auto number = [&](const char* key) -> std::size_t {
      const auto it = p.find(key);
      return it != p.end() && it->is_number_unsigned() ? it->get<std::size_t>() : 0;
   };
   return {number("line"), number("character")};
}

json location_of(lang::span s)
{
   return {{"uri", uri_of_path(s.file->name())}, {"range", range_of(s)}};
}

// The range of a place without a span: its line and column, as wide as `width` code points.
json range_of_place(const lang::place& at)
{
   const std::size_t line = at.line_number() > 0 ? at.line_number() - 1 : 0;
   const auto column = [&](std::size_t code_points) {
      lang::source_file text("", at.line_text);
      return position_at(text, 1, code_points).character;
   };
   const std::size_t from = at.column_number() > 0 ? at.column_number() : 1;
   const std::size_t begin = at.line_text.empty() ? from - 1 : column(from);
   const std::size_t end = at.line_text.empty() ? begin + at.width : column(from + at.width);
   return {{"start", position_json({line, begin})}, {"end", position_json({line, end})}};
}

json diagnostic_json(const lang::diagnostic& d)
{
   std::string message = d.message;
   if (!d.hint.empty()) {
      message += "\nsaran: " + d.hint;
   }
   if (!d.citation.empty()) {
      message += "\ndasar hukum: " + d.citation;
   }
   json out = {{"range", d.at.where.valid() ? range_of(d.at.where) : range_of_place(d.at)},
               {"severity", d.level == lang::severity::error ? 1 : 2},
               {"code", d.code},
               {"source", "ind"},
               {"message", message}};
   json related = json::array();
   for (const lang::note& n : d.notes) {
      if (n.at.where.valid()) {
         related.push_back({{"location", location_of(n.at.where)}, {"message", n.message}});
      } else if (!n.at.file.empty()) {
         related.push_back(
             {{"location", {{"uri", uri_of_path(n.at.file)}, {"range", range_of_place(n.at)}}},
              {"message", n.message}});
      }
   }
   if (!related.empty()) {
      out["relatedInformation"] = std::move(related);
   }
   return out;
}

} // namespace

json range_of(lang::span s)
{
   return {{"start", position_json(position_of(*s.file, s.begin))},
           {"end", position_json(position_of(*s.file, s.end))}};
}

std::map<std::string, json> diagnostics_by_uri(const analysis& a, const std::string& main_uri)
{
   std::map<std::string, json> out;
   out[main_uri] = json::array();
   for (const lang::diagnostic& d : a.sink.sorted()) {
      const bool in_file = d.at.where.valid() || !d.at.file.empty();
      std::string uri = main_uri;
      if (in_file && d.at.where.file != a.main) {
         uri = uri_of_path(d.at.file_name());
      }
      json item = diagnostic_json(d);
      if (!in_file) {
         item["range"] = {{"start", position_json({})}, {"end", position_json({})}};
      }
      out[uri].push_back(std::move(item));
   }
   return out;
}

json code_actions(const analysis& a, const std::string& uri, const json& range)
{
   json actions = json::array();
   if (!range.is_object() || !range.contains("start") || !range.contains("end") || !a.main) {
      return actions;
   }
   const std::size_t from = offset_of(*a.main, position_from(range["start"]));
   const std::size_t to = offset_of(*a.main, position_from(range["end"]));
   for (const lang::diagnostic& d : a.sink.sorted()) {
      if (!d.fix || d.fix->where.file != a.main || d.fix->where.end < from ||
          d.fix->where.begin > to) {
         continue;
      }
      json edit = {{"range", range_of(d.fix->where)}, {"newText", d.fix->text}};
      actions.push_back({{"title", "Ganti dengan '" + d.fix->text + "'"},
                         {"kind", "quickfix"},
                         {"isPreferred", true},
                         {"diagnostics", json::array({diagnostic_json(d)})},
                         {"edit", {{"changes", {{uri, json::array({edit})}}}}}});
   }
   return actions;
}

// ---------------------------------------------------------------- names under the cursor

namespace {

struct found
{
   word w;
   target what;
};

// The name under the cursor and what it stands for, read in the document's current text and
// looked up in the names of its last program.
std::optional<found> target_at(const document& d, const position& at)
{
   if (!d.current || !d.current->main || !d.index) {
      return std::nullopt;
   }
   const lang::source_file& file = *d.current->main;
   std::optional<word> w = word_at(file.text(), offset_of(file, at));
   if (!w) {
      return std::nullopt;
   }
   // Inside `ipasn.kategori` the cursor on `ipasn` names the module, on `kategori` the scale.
   if (auto t = d.index->lookup(*w, w->cursor_part, d.last_good->main)) {
      return found{*w, *t};
   }
   return std::nullopt;
}

} // namespace

json definition(const document& d, const position& at)
{
   const std::optional<found> f = target_at(d, at);
   if (!f) {
      return nullptr;
   }
   const lang::span where = declared_at(f->what);
   return where.valid() ? location_of(where) : json(nullptr);
}

json references(const document& d, const position& at, bool include_declaration)
{
   json out = json::array();
   const std::optional<found> f = target_at(d, at);
   if (!f) {
      return out;
   }
   const lang::span declared = declared_at(f->what);
   const lang::span name = name_span(declared, f->w.parts[f->w.cursor_part]);
   for (const auto& m : d.last_good->modules.modules) {
      const lang::source_file* file = m->syntax.file;
      for (const word& w : words_in(*file)) {
         for (std::size_t last = 0; last < w.parts.size(); ++last) {
            const std::optional<target> t = d.index->lookup(w, last, file);
            if (!t || *t != f->what) {
               continue;
            }
            const lang::span s{
                file, static_cast<std::uint32_t>(w.part_begins[last]),
                static_cast<std::uint32_t>(w.part_begins[last] + w.parts[last].size())};
            const bool is_declaration = file == name.file && s.begin == name.begin;
            if (include_declaration || !is_declaration) {
               out.push_back(location_of(s));
            }
         }
      }
   }
   return out;
}

} // namespace ind::rt::lsp

// ---------------------------------------------------------------- hover

namespace ind::rt::lsp {

namespace {

std::string number_text(const core::decimal& x)
{
   return core::format_number(x, x.places(), core::locale::id);
}

// dasar, status and berlaku of one version, a line each.
void describe_info(std::string& out, const lang::citation_info& info)
{
   for (const auto& c : info.citations) {
      out += "\n\n**dasar** " + c.text;
   }
   if (info.status != lang::ast::source_status::unspecified) {
      out += std::string("\n\n**status** ") + lang::ast::status_name(info.status);
   }
   if (info.since || info.until) {
      out += "\n\n**berlaku**";
      out += info.since ? " sejak " + info.since->to_string() : "";
      out += info.until ? " sampai " + info.until->to_string() : "";
   }
}

std::string code_block(std::string_view text)
{
   return "\n```ind\n" + lang::printable_text(text, true) + "\n```";
}

// What the hover says of an entity's own declaration: its formula or value and its figures.
template <typename T> std::string body_of(const T& x)
{
   std::string out;
   if constexpr (std::is_same_v<T, lang::constant> || std::is_same_v<T, lang::named_value>) {
      if (x.value) {
         out += code_block(x.value->where.text());
      }
   } else if constexpr (std::is_same_v<T, lang::rule>) {
      std::string params;
      for (const std::string& p : x.params) {
         params.append(params.empty() ? "" : "; ").append(p);
      }
      out += code_block(x.name + "(" + params +
                        ") = " + std::string(x.body ? x.body->where.text() : ""));
   } else if constexpr (std::is_same_v<T, lang::scale>) {
      std::string bands;
      for (const lang::band& b : x.bands) {
         bands.append(bands.empty() ? "" : "\n").append(b.interval_text());
         bands.append(" \"").append(b.label).append("\"");
      }
      out += code_block(bands);
   } else if constexpr (std::is_same_v<T, lang::weight_set>) {
      std::string items;
      for (const lang::weight_item& i : x.items) {
         items.append(items.empty() ? "" : "\n").append(i.name).append(" ");
         items.append(number_text(i.weight)).append(" %");
      }
      out += code_block(items);
   } else if constexpr (std::is_same_v<T, lang::table>) {
      // The sheet of a workbook given as --data, named or taken from the file's name.
      out += "\n\nberkas `" + x.file + "` (lembar `" + lang::sheet_of(x.file, x.sheet) +
             "` dalam buku kerja), " + std::to_string(x.columns.size()) + " kolom";
   } else if constexpr (std::is_same_v<T, lang::indicator>) {
      if (x.level) {
         out += std::string("\n\n**tingkat** ") + lang::ast::level_name(*x.level);
      }
      if (!x.unit.empty()) {
         out += "\n\n**satuan** " + x.unit;
      }
      if (x.value.formula) {
         out += code_block("rumus " + std::string(x.value.formula->where.text()) +
                           (x.value.places ? " bulat " + std::to_string(*x.value.places) : ""));
      }
      // Versions of the formula, each with its periods; other periods read the data.
      // A version is shown as its rumus line is written; one without a clause of its own with
      // the periods it holds in.
      for (const lang::formula_version& v : x.value_versions) {
         const bool clause = v.info.since || v.info.until;
         out += code_block(std::string(v.value.where.text()) +
                           (clause ? "" : " " + rt::formula_version_text(x, v)));
      }
      if (!x.value_versions.empty()) {
         out += "\n\nperiode lain: realisasi dari data";
      }
      // Each version of targets as it is written, the one capaian is measured against first.
      const auto targets = [&out](const lang::target_version* v, const lang::target_map& written,
                                  bool measured) {
         const std::string name = v ? "target " + v->name + " " : std::string("target ");
         for (const auto& [when, t] : written) {
            out += "\n\n**" + name + when.to_string() + "** " + number_text(t.value);
         }
         if (v && !written.empty()) {
            out += "\n\n" + v->title + (measured ? " (dipakai untuk capaian)" : "");
         }
      };
      targets(x.measured, x.targets, true);
      for (const lang::version_targets& other : x.other_targets) {
         targets(other.version, other.targets, false);
      }
   }
   return out;
}

template <typename T> std::string describe_entity(const T& x)
{
   const std::string name = lang::display_name(x.owner, declared_name(x));
   std::string out = "**" + std::string(lang::spelling(lang::kind_word(&x))) + "** `" + name + "`";
   if (!x.title.empty()) {
      out += " — " + x.title;
   }
   out += body_of(x);
   if constexpr (requires { x.versions; }) {
      // Every version, each with what it cites and when it holds.
      const std::size_t count = x.versions.empty() ? 1 : x.versions.size();
      for (std::size_t v = 0; v < count; ++v) {
         const T& version = x.versions.empty() ? x : *x.versions[v];
         if (count > 1) {
            out += "\n\n---\nversi " + std::to_string(v + 1) + body_of(version);
         }
         describe_info(out, version.info);
      }
   } else if constexpr (requires { x.info; }) {
      describe_info(out, x.info);
   }
   if (x.owner && !x.owner->name.empty()) {
      out += "\n\n*modul " + x.owner->name + "*";
   }
   return out;
}

// What the README beside a module says of it: the second cell of its row in the table of
// modules ("| `ipasn` | IP ASN: ... |"), as stdlib/README.md lists them; "" when none.
std::string readme_summary(const fs::path& readme, const std::string& module)
{
   std::ifstream in(readme);
   const std::string row = "| `" + module + "` | ";
   for (std::string line; std::getline(in, line);) {
      if (line.starts_with(row)) {
         std::string cell = line.substr(row.size());
         const std::size_t end = cell.rfind(" |");
         return end == std::string::npos ? cell : cell.substr(0, end);
      }
   }
   return {};
}

std::string describe(const target& t)
{
   if (const auto* e = std::get_if<lang::entity_ref>(&t)) {
      return std::visit([](const auto* x) { return describe_entity(*x); }, *e);
   }
   if (const auto* c = std::get_if<column_target>(&t)) {
      const lang::column& col = c->owner->columns[c->index];
      std::string out =
          "**kolom** `" + target_name(t) + "` " + lang::ast::column_type_name(col.type);
      if (col.derived()) {
         out += code_block(col.formula->where.text());
      }
      return out + "\n\ntabel `" + c->owner->name + "` (" + c->owner->file + ")";
   }
   const auto* m = std::get<const lang::module_info*>(t);
   std::string out = "**modul** `" + m->name + "`";
   if (m->syntax && m->syntax->head && !m->syntax->head->title.empty()) {
      out += " — " + m->syntax->head->title;
   }
   if (m->syntax) {
      const fs::path file = m->syntax->file->name();
      const std::string summary = readme_summary(file.parent_path() / "README.md", m->name);
      out += summary.empty() ? "" : "\n\n" + summary;
      out += "\n\n" + file.string();
   }
   return out;
}

} // namespace

json hover(const document& d, const position& at)
{
   const std::optional<found> f = target_at(d, at);
   if (!f) {
      return nullptr;
   }
   const lang::source_file& file = *d.current->main;
   const std::size_t begin = f->w.part_begins.front();
   const std::size_t end = f->w.part_begins[f->w.cursor_part] + f->w.parts[f->w.cursor_part].size();
   return {{"contents", {{"kind", "markdown"}, {"value", describe(f->what)}}},
           {"range", range_of(lang::span{&file, static_cast<std::uint32_t>(begin),
                                         static_cast<std::uint32_t>(end)})}};
}

// ---------------------------------------------------------------- completion

namespace {

// LSP CompletionItemKind and SymbolKind numbers for each kind of entity.
struct kinds
{
   int completion;
   int symbol;
};

kinds kinds_of(const lang::entity_ref& e)
{
   switch (e.index()) {
   case 0:
      return {22, 23}; // tabel: Struct
   case 1:
      return {21, 14}; // tetapan: Constant
   case 2:
      return {3, 12}; // aturan: Function
   case 3:
      return {6, 13}; // nilai: Variable
   case 4:
      return {13, 10}; // bobot: Enum
   case 5:
      return {13, 10}; // skala: Enum
   default:
      return {7, 5}; // indikator: Class
   }
}

// "jumlah(a; ...) · jumlah(tabel.kolom)": how a builtin is called, from the builtin table.
std::string signature(const lang::builtin& b)
{
   std::string out;
   if (b.over_values) {
      std::string args;
      const int shown = b.max_args < 0 ? 2 : b.max_args;
      for (int i = 0; i < shown; ++i) {
         args += (i == 0 ? "" : "; ") + std::string(1, static_cast<char>('a' + i));
      }
      out = std::string(b.name) + "(" + args + (b.max_args < 0 ? "; ..." : "") + ")";
   }
   if (b.over_table) {
      out += (out.empty() ? "" : " · ") + std::string(b.name) + "(tabel.kolom)";
   }
   return out;
}

json item(const std::string& label, int kind, const std::string& detail)
{
   json out = {{"label", label}, {"kind", kind}};
   if (!detail.empty()) {
      out["detail"] = detail;
   }
   return out;
}

std::string title_of(const lang::entity_ref& e)
{
   return std::visit([](const auto* x) { return x->title; }, e);
}

} // namespace

json completion(const document& d, const position& at)
{
   json items = json::array();
   if (!d.current || !d.current->main) {
      return items;
   }
   // At a key of a pilih: the labels it can choose among.
   if (std::optional<json> labels = choice_labels(d, at)) {
      return std::move(*labels);
   }
   const lang::source_file& file = *d.current->main;
   const std::string_view text = file.text();
   std::size_t begin = offset_of(file, at);
   while (begin > 0 &&
          (std::isalnum(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '_')) {
      --begin;
   }
   // After `tabel.` the columns; after `modul.` the module's names.
   if (begin > 0 && text[begin - 1] == '.' && d.index) {
      const std::optional<word> before = word_at(text, begin - 1);
      const std::optional<target> t =
          before ? d.index->lookup(*before, before->parts.size() - 1, d.last_good->main)
                 : std::nullopt;
      const auto* e = t ? std::get_if<lang::entity_ref>(&*t) : nullptr;
      if (const auto* table = e ? std::get_if<const lang::table*>(e) : nullptr) {
         for (const lang::column& c : (*table)->columns) {
            items.push_back(item(c.name, 5, lang::ast::column_type_name(c.type)));
         }
      } else if (const auto* m = t ? std::get_if<const lang::module_info*>(&*t) : nullptr) {
         const std::string prefix = (*m)->name + ".";
         for (const auto& [name, entity] : d.index->names()) {
            if (name.starts_with(prefix)) {
               items.push_back(
                   item(name.substr(prefix.size()), kinds_of(entity).completion, title_of(entity)));
            }
         }
      }
      return items;
   }
   if (d.index) {
      const lang::module_info* here = d.index->module_of(d.last_good->main);
      const std::string own = here && !here->name.empty() ? here->name + "." : "";
      for (const auto& [name, entity] : d.index->names()) {
         const bool mine =
             own.empty() ? name.find('.') == std::string::npos : name.starts_with(own);
         if (mine) {
            items.push_back(
                item(name.substr(own.size()), kinds_of(entity).completion, title_of(entity)));
         }
      }
      for (const auto& m : d.index->program().modules) {
         if (!m->name.empty()) {
            items.push_back(item(m->name, 9, "modul"));
         }
      }
   }
   for (const lang::keyword_entry& k : lang::keywords) {
      items.push_back(item(std::string(k.spelling), 14, std::string(k.gloss)));
   }
   for (const lang::builtin& b : lang::builtins) {
      items.push_back(item(std::string(b.name), 3, signature(b)));
   }
   return items;
}

// ---------------------------------------------------------------- outline

json document_symbols(const document& d)
{
   json out = json::array();
   if (!d.index) {
      return out;
   }
   const lang::program& p = d.index->program();
   const lang::module_info* here = d.index->module_of(d.last_good->main);
   std::map<const lang::indicator*, json> indicators;
   const auto symbol = [&](const lang::entity_ref& e, const std::string& name, lang::span where,
                           const std::string& detail) {
      return json{{"name", name},
                  {"detail", detail},
                  {"kind", kinds_of(e).symbol},
                  {"range", range_of(where)},
                  {"selectionRange", range_of(name_span(where, name))},
                  {"children", json::array()}};
   };
   const auto add_all = [&](const auto& entities) {
      for (const auto& x : entities) {
         if (x->owner != here || !x->where.valid()) {
            continue;
         }
         json s = symbol(lang::entity_ref(x.get()), declared_name(*x), x->where, x->title);
         if constexpr (std::is_same_v<std::decay_t<decltype(*x)>, lang::table>) {
            for (const lang::column& c : x->columns) {
               s["children"].push_back({{"name", c.name},
                                        {"detail", lang::ast::column_type_name(c.type)},
                                        {"kind", 8},
                                        {"range", range_of(c.where)},
                                        {"selectionRange", range_of(name_span(c.where, c.name))}});
            }
         }
         out.push_back(std::move(s));
      }
   };
   add_all(p.tables);
   add_all(p.constants);
   add_all(p.rules);
   add_all(p.values);
   add_all(p.weights);
   add_all(p.scales);
   // Indicators under the one they belong to (induk), as the tingkat tree of the Renstra.
   for (const auto& ind : p.indicators) {
      if (ind->owner == here && ind->where.valid()) {
         indicators[ind.get()] =
             symbol(lang::entity_ref(ind.get()), ind->id, ind->where,
                    (ind->level ? std::string(lang::ast::level_name(*ind->level)) + ": " : "") +
                        ind->title);
      }
   }
   for (auto it = p.indicators.rbegin(); it != p.indicators.rend(); ++it) {
      const lang::indicator* ind = it->get();
      if (!indicators.count(ind) || !ind->parent || !indicators.count(ind->parent)) {
         continue;
      }
      auto& children = indicators[ind->parent]["children"];
      children.insert(children.begin(), std::move(indicators[ind]));
      indicators.erase(ind);
   }
   for (const auto& ind : p.indicators) {
      if (auto found = indicators.find(ind.get()); found != indicators.end()) {
         out.push_back(std::move(found->second));
      }
   }
   return out;
}

} // namespace ind::rt::lsp
