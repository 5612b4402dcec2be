#include "runtime/lsp/workspace.hpp"

#include "lang/check.hpp"
#include "lang/limits.hpp"
#include "lang/resolve.hpp"

#include <algorithm>

namespace ind::rt::lsp {

analysis::analysis() : sink(lang::limits::max_diagnostics) {}

std::unique_ptr<analysis> analyze(const std::string& path, std::string text,
                                  const lang::load_options& options)
{
   auto a = std::make_unique<analysis>();
   a->modules = lang::load_text(a->sources, path, std::move(text), options, a->sink);
   a->main = a->modules.modules.front()->syntax.file;
   a->parsed = a->modules.complete && !a->sink.has_errors();
   // As `ind check` does: a program only from files that all parsed, checked once it resolved.
   if (a->modules.complete) {
      a->program = lang::resolve(a->modules, a->sink);
      if (!a->sink.has_errors()) {
         lang::check(*a->program, a->sink);
      }
   }
   return a;
}

// ---------------------------------------------------------------- words

namespace {

bool name_char(char c)
{
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool digit(char c)
{
   return c >= '0' && c <= '9';
}

// The end of the name starting at `begin`: name characters, and dots with one on each side.
std::size_t name_end(std::string_view text, std::size_t begin)
{
   std::size_t i = begin;
   while (i < text.size()) {
      if (name_char(text[i])) {
         ++i;
      } else if (text[i] == '.' && i > begin && name_char(text[i - 1]) && i + 1 < text.size() &&
                 name_char(text[i + 1])) {
         ++i;
      } else {
         break;
      }
   }
   return i;
}

word split(std::string_view text, std::size_t begin, std::size_t end)
{
   word w;
   w.begin = begin;
   w.end = end;
   std::size_t start = begin;
   for (std::size_t i = begin; i <= end; ++i) {
      if (i == end || text[i] == '.') {
         w.parts.emplace_back(text.substr(start, i - start));
         w.part_begins.push_back(start);
         start = i + 1;
      }
   }
   return w;
}

} // namespace

std::optional<word> word_at(std::string_view text, std::size_t offset)
{
   offset = std::min(offset, text.size());
   // The cursor just after a name is on it.
   if ((offset == text.size() || !name_char(text[offset])) && offset > 0 &&
       name_char(text[offset - 1])) {
      --offset;
   }
   if (offset >= text.size() || !name_char(text[offset])) {
      return std::nullopt;
   }
   std::size_t begin = offset;
   while (begin > 0 && (name_char(text[begin - 1]) ||
                        (text[begin - 1] == '.' && begin >= 2 && name_char(text[begin - 2])))) {
      --begin;
   }
   if (digit(text[begin])) {
      return std::nullopt; // a number or a period, not a name
   }
   word w = split(text, begin, name_end(text, begin));
   for (std::size_t k = 0; k < w.parts.size(); ++k) {
      if (w.part_begins[k] <= offset) {
         w.cursor_part = k;
      }
   }
   return w;
}

std::vector<word> words_in(const lang::source_file& file)
{
   const std::string_view text = file.text();
   std::vector<word> out;
   std::size_t i = 0;
   while (i < text.size()) {
      const char c = text[i];
      if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
         const std::size_t eol = text.find('\n', i);
         i = eol == std::string_view::npos ? text.size() : eol;
      } else if (c == '"') {
         for (++i; i < text.size() && text[i] != '"' && text[i] != '\n'; ++i) {
            i += text[i] == '\\' ? 1 : 0;
         }
         ++i;
      } else if (name_char(c)) {
         const std::size_t end = name_end(text, i);
         if (!digit(c)) {
            out.push_back(split(text, i, end));
         }
         i = end;
      } else {
         ++i;
      }
   }
   return out;
}

// ---------------------------------------------------------------- names

namespace {

template <typename T>
void add_names(std::map<std::string, lang::entity_ref>& names,
               const std::vector<std::unique_ptr<T>>& entities, bool heads)
{
   for (const auto& e : entities) {
      const T* x = e.get();
      if constexpr (!requires { x->versions; }) {
         if (heads) {
            names.emplace(lang::display_name(x->owner, declared_name(*x)), x);
         }
      } else if (heads == !x->versions.empty()) {
         // A name written again with a later `berlaku sejak` stands for its first version, which
         // lists them all.
         names.emplace(lang::display_name(x->owner, x->name), x);
      }
   }
}

} // namespace

name_index::name_index(const lang::program& p) : m_program(p)
{
   for (const bool heads : {true, false}) {
      add_names(m_names, p.tables, heads);
      add_names(m_names, p.constants, heads);
      add_names(m_names, p.rules, heads);
      add_names(m_names, p.values, heads);
      add_names(m_names, p.weights, heads);
      add_names(m_names, p.scales, heads);
      add_names(m_names, p.indicators, heads);
   }
   for (const auto& m : p.modules) {
      if (!m->name.empty()) {
         m_modules.emplace(m->name, m.get());
      }
   }
}

const lang::module_info* name_index::module_of(const lang::source_file* file) const
{
   for (const auto& m : m_program.modules) {
      if (m->syntax && m->syntax->file == file) {
         return m.get();
      }
   }
   return nullptr;
}

std::optional<target> name_index::lookup(const word& w, std::size_t last,
                                         const lang::source_file* file) const
{
   std::string joined;
   for (std::size_t k = 0; k <= last && k < w.parts.size(); ++k) {
      joined += (k == 0 ? "" : ".") + w.parts[k];
   }
   const lang::module_info* here = module_of(file);
   if (here && !here->name.empty()) {
      if (auto it = m_names.find(here->name + "." + joined); it != m_names.end()) {
         return target{it->second};
      }
   }
   if (auto it = m_names.find(joined); it != m_names.end()) {
      return target{it->second};
   }
   if (last == 0) {
      if (auto it = m_modules.find(joined); it != m_modules.end()) {
         return target{it->second};
      }
      return std::nullopt;
   }
   const std::optional<target> outer = lookup(w, last - 1, file);
   const auto* entity = outer ? std::get_if<lang::entity_ref>(&*outer) : nullptr;
   const auto* table = entity ? std::get_if<const lang::table*>(entity) : nullptr;
   if (!table) {
      return std::nullopt;
   }
   const auto& columns = (*table)->columns;
   for (std::size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].name == w.parts[last]) {
         return target{column_target{*table, c}};
      }
   }
   return std::nullopt;
}

lang::span declared_at(const target& t)
{
   if (const auto* e = std::get_if<lang::entity_ref>(&t)) {
      return std::visit([](const auto* x) { return x->where; }, *e);
   }
   if (const auto* c = std::get_if<column_target>(&t)) {
      return c->owner->columns[c->index].where;
   }
   const auto* m = std::get<const lang::module_info*>(t);
   return m->syntax && m->syntax->head ? m->syntax->head->where : lang::span{};
}

lang::span name_span(lang::span declaration, std::string_view name)
{
   const std::string_view text = declaration.text();
   for (std::size_t at = text.find(name); at != std::string_view::npos;
        at = text.find(name, at + 1)) {
      const bool starts = at == 0 || !name_char(text[at - 1]);
      const bool ends = at + name.size() == text.size() || !name_char(text[at + name.size()]);
      if (starts && ends && !name.empty()) {
         const auto begin = declaration.begin + static_cast<std::uint32_t>(at);
         return {declaration.file, begin, begin + static_cast<std::uint32_t>(name.size())};
      }
   }
   return declaration;
}

std::string target_name(const target& t)
{
   if (const auto* e = std::get_if<lang::entity_ref>(&t)) {
      return std::visit(
          [](const auto* x) { return lang::display_name(x->owner, declared_name(*x)); }, *e);
   }
   if (const auto* c = std::get_if<column_target>(&t)) {
      return lang::display_name(c->owner->owner, c->owner->name) + "." +
             c->owner->columns[c->index].name;
   }
   return std::get<const lang::module_info*>(t)->name;
}

} // namespace ind::rt::lsp
