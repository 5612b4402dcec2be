#include "runtime/lsp/assist.hpp"

#include "lang/builtins.hpp"
#include "lang/keywords.hpp"
#include "lang/print.hpp"

#include <set>
#include <vector>

namespace ind::rt::lsp {

namespace {

json position_json(const position& p)
{
   return {{"line", p.line}, {"character", p.character}};
}

json range_json(const position& from, const position& to)
{
   return {{"start", position_json(from)}, {"end", position_json(to)}};
}

} // namespace

// ---------------------------------------------------------------- formatting

json formatting(const document& d)
{
   if (!d.current || !d.current->main) {
      return nullptr;
   }
   const lang::source_file& file = *d.current->main;
   const std::optional<std::string> formatted = lang::format_source(file);
   if (!formatted) {
      return nullptr;
   }
   const std::string_view before = file.text();
   const std::string_view after = *formatted;
   if (before == after) {
      return json::array();
   }
   // Only the lines that change are replaced, so that the editor keeps the cursor and the folds
   // of the rest: the common head and tail, cut back to whole lines.
   std::size_t head = 0;
   while (head < before.size() && head < after.size() && before[head] == after[head]) {
      ++head;
   }
   while (head > 0 && before[head - 1] != '\n') {
      --head;
   }
   std::size_t tail = 0;
   while (tail < before.size() - head && tail < after.size() - head &&
          before[before.size() - 1 - tail] == after[after.size() - 1 - tail]) {
      ++tail;
   }
   // The kept tail starts right after a '\n' that both texts share.
   while (tail > 0 && before[before.size() - tail] != '\n') {
      --tail;
   }
   tail = tail > 0 ? tail - 1 : 0;
   const std::size_t end = before.size() - tail;
   const std::string replacement(after.substr(head, after.size() - tail - head));
   return json::array({{{"range", range_json(position_of(file, head), position_of(file, end))},
                        {"newText", replacement}}});
}

// ---------------------------------------------------------------- labels in pilih

namespace {

bool name_char(char c)
{
   return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// An open `{` before the cursor, and where the subject of the `pilih` it belongs to starts
// (npos when the block is no pilih's).
struct open_block
{
   std::size_t brace;
   std::size_t subject;
};

// The blocks open at `end`, outermost first, read as the grammar reads the text: comments and
// strings hide their braces; a `pilih` claims the next `{`.
std::vector<open_block> blocks_open_at(std::string_view text, std::size_t end)
{
   const std::string_view pilih = lang::spelling(lang::keyword::pilih);
   std::vector<open_block> open;
   std::size_t subject = std::string_view::npos;
   for (std::size_t i = 0; i < end; ++i) {
      const char c = text[i];
      if (c == '/' && i + 1 < end && text[i + 1] == '/') {
         while (i < end && text[i] != '\n') {
            ++i;
         }
      } else if (c == '"') {
         for (++i; i < end && text[i] != '"' && text[i] != '\n'; ++i) {
            i += text[i] == '\\' ? 1 : 0;
         }
      } else if (name_char(c)) {
         const std::size_t begin = i;
         while (i < end && name_char(text[i])) {
            ++i;
         }
         if (text.substr(begin, i - begin) == pilih && (begin == 0 || text[begin - 1] != '.')) {
            subject = i;
         }
         --i;
      } else if (c == '{') {
         open.push_back({i, subject});
         subject = std::string_view::npos;
      } else if (c == '}' && !open.empty()) {
         open.pop_back();
      }
   }
   return open;
}

// The scale whose `kelas` gives the value of `e`: a `kelas(skala; x)` call, or a value, tetapan
// or rule whose formula is one.
const lang::scale* classifying_scale(const lang::ir::expr& e, int depth = 0)
{
   if (depth > 16) {
      return nullptr;
   }
   if (const auto* call = std::get_if<lang::ir::function_call>(&e.node)) {
      return call->fn == lang::ir::function::classify ? call->scale_arg : nullptr;
   }
   if (const auto* v = std::get_if<lang::ir::value_ref>(&e.node)) {
      return v->target && v->target->value ? classifying_scale(*v->target->value, depth + 1)
                                           : nullptr;
   }
   if (const auto* k = std::get_if<lang::ir::constant_ref>(&e.node)) {
      return k->target && k->target->value ? classifying_scale(*k->target->value, depth + 1)
                                           : nullptr;
   }
   if (const auto* r = std::get_if<lang::ir::rule_call>(&e.node)) {
      return r->callee && r->callee->body ? classifying_scale(*r->callee->body, depth + 1)
                                          : nullptr;
   }
   return nullptr;
}

const lang::scale* classifying_scale(const lang::entity_ref& e)
{
   if (const auto* s = std::get_if<const lang::scale*>(&e)) {
      return *s;
   }
   if (const auto* v = std::get_if<const lang::named_value*>(&e)) {
      return (*v)->value ? classifying_scale(*(*v)->value) : nullptr;
   }
   if (const auto* k = std::get_if<const lang::constant*>(&e)) {
      return (*k)->value ? classifying_scale(*(*k)->value) : nullptr;
   }
   if (const auto* r = std::get_if<const lang::rule*>(&e)) {
      return (*r)->body ? classifying_scale(*(*r)->body) : nullptr;
   }
   return nullptr;
}

// What the subject of a pilih (the text from after `pilih` to its `{`) says of its labels: the
// scales whose labels it takes, empty when it is known to be something else, nullopt when it
// names nothing the program knows.
std::optional<std::vector<const lang::scale*>>
subject_scales(const document& d, std::string_view text, std::size_t begin, std::size_t end)
{
   while (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\n' ||
                          text[begin] == '\r')) {
      ++begin;
   }
   const std::optional<word> head = begin < end ? word_at(text, begin) : std::nullopt;
   if (!head || head->begin != begin) {
      return std::vector<const lang::scale*>{}; // a number, a string, a parenthesis: no label
   }
   std::size_t after = head->end;
   const auto lookup = [&](const word& w) -> std::optional<lang::entity_ref> {
      const std::optional<target> found = d.index->lookup(w, w.parts.size() - 1, d.last_good->main);
      const auto* e = found ? std::get_if<lang::entity_ref>(&*found) : nullptr;
      return e ? std::optional<lang::entity_ref>(*e) : std::nullopt;
   };
   // kelas(skala; x): the scale named first.
   if (head->parts.size() == 1 &&
       head->parts[0] == lang::builtin_of(lang::ir::function::classify).name && after < end &&
       text[after] == '(') {
      std::size_t arg = after + 1;
      while (arg < end && text[arg] == ' ') {
         ++arg;
      }
      const std::optional<word> named = arg < end ? word_at(text, arg) : std::nullopt;
      const std::optional<lang::entity_ref> e = named ? lookup(*named) : std::nullopt;
      const auto* s = e ? std::get_if<const lang::scale*>(&*e) : nullptr;
      if (!s) {
         return std::nullopt;
      }
      return std::vector<const lang::scale*>{*s};
   }
   const std::optional<lang::entity_ref> e = lookup(*head);
   if (!e) {
      return std::nullopt;
   }
   const lang::scale* s = classifying_scale(*e);
   return s ? std::vector<const lang::scale*>{s} : std::vector<const lang::scale*>{};
}

} // namespace

std::optional<json> choice_labels(const document& d, const position& at)
{
   if (!d.current || !d.current->main || !d.index) {
      return std::nullopt;
   }
   const lang::source_file& file = *d.current->main;
   const std::string_view text = file.text();
   const std::size_t cursor = offset_of(file, at);
   const std::vector<open_block> open = blocks_open_at(text, cursor);
   if (open.empty() || open.back().subject == std::string_view::npos) {
      return std::nullopt;
   }
   // A key starts an arm: only blanks, a key being typed ("Sang) or keys and commas before it on
   // its line, since the block's `{`.
   std::size_t line_start = cursor;
   while (line_start > open.back().brace + 1 && text[line_start - 1] != '\n') {
      --line_start;
   }
   std::size_t quote = std::string_view::npos;
   bool in_string = false;
   for (std::size_t i = line_start; i < cursor; ++i) {
      if (text[i] == '"') {
         in_string = !in_string;
         quote = in_string ? i : std::string_view::npos;
      } else if (!in_string && text[i] == ':') {
         return std::nullopt; // at the value of an arm
      }
   }
   const std::optional<std::vector<const lang::scale*>> known =
       subject_scales(d, text, open.back().subject, open.back().brace);
   std::vector<const lang::scale*> scales;
   if (known) {
      scales = *known;
   } else {
      for (const auto& [name, entity] : d.index->names()) {
         if (const auto* s = std::get_if<const lang::scale*>(&entity)) {
            scales.push_back(*s);
         }
      }
   }
   // The typed part of the key is replaced, its closing quote too when the editor added one.
   const std::size_t from = in_string ? quote : cursor;
   std::size_t to = cursor;
   if (in_string && to < text.size() && text[to] == '"') {
      ++to;
   }
   const json range = range_json(position_of(file, from), position_of(file, to));
   json items = json::array();
   std::set<std::string> seen;
   for (const lang::scale* s : scales) {
      const std::string owner = lang::display_name(s->owner, s->name);
      for (const lang::band& b : s->bands) {
         if (!seen.insert(b.label).second) {
            continue;
         }
         std::string quoted = "\"";
         quoted.append(b.label).append("\"");
         std::string detail = "skala ";
         detail.append(owner);
         if (!s->title.empty()) {
            detail.append(": ").append(s->title);
         }
         items.push_back({{"label", quoted},
                          {"kind", 20}, // EnumMember
                          {"detail", detail},
                          {"filterText", quoted},
                          {"sortText", std::to_string(items.size() + 1000)},
                          {"textEdit", {{"range", range}, {"newText", quoted}}}});
      }
   }
   if (!in_string) {
      items.push_back({{"label", std::string(lang::spelling(lang::keyword::lainnya))},
                       {"kind", 14},
                       {"sortText", "1"}});
   }
   return items;
}

} // namespace ind::rt::lsp
