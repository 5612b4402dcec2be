// The word lists of the VS Code grammar (editors/vscode/syntaxes/ind.tmLanguage.json), made from
// the language's own tables: the keywords of lang/keywords.hpp and the builtins of
// lang/builtins.hpp. The grammar holds them as generated entries of its `repository`; nothing
// else in it spells a keyword or a builtin.
//
//     ind_grammar_tables GRAMMAR           exit 1, naming the entries, when they differ
//     ind_grammar_tables GRAMMAR --write   rewrite them (after a keyword or builtin is added)
//
// The ctest `editor/grammar-tables` runs the first form.
#include "lang/builtins.hpp"
#include "lang/keywords.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using json = nlohmann::ordered_json;
using ind::lang::keyword;
using ind::lang::keyword_group;

// How a word is shown, by the place it is written. A word of several groups takes the scope of
// the group listed first in `order` below. A new group fails to compile (-Wswitch) until it has
// its scope here.
const char* scope_of(keyword_group g)
{
   switch (g) {
   case keyword_group::header:
   case keyword_group::declaration:
      return "storage.type.declaration.ind";
   case keyword_group::expression:
      return "keyword.control.ind";
   case keyword_group::indicator_field:
   case keyword_group::table_item:
   case keyword_group::budget_item:
   case keyword_group::renja_item:
   case keyword_group::meta:
   case keyword_group::clause:
   case keyword_group::effective:
      return "keyword.other.ind";
   case keyword_group::column_type:
      return "support.type.ind";
   case keyword_group::level:
   case keyword_group::direction:
   case keyword_group::status:
   case keyword_group::number_style:
   case keyword_group::accumulation:
      return "constant.language.ind";
   }
   return "keyword.other.ind";
}

constexpr keyword_group order[] = {
    keyword_group::header,     keyword_group::declaration,
    keyword_group::expression, keyword_group::indicator_field,
    keyword_group::table_item, keyword_group::budget_item,
    keyword_group::meta,       keyword_group::clause,
    keyword_group::effective,  keyword_group::column_type,
    keyword_group::level,      keyword_group::direction,
    keyword_group::status,     keyword_group::number_style,
    keyword_group::accumulation, keyword_group::renja_item,
};

// The declarations that name what they declare right after their keyword.
constexpr keyword naming[] = {keyword::modul, keyword::tabel, keyword::tetapan, keyword::aturan,
                              keyword::nilai, keyword::bobot, keyword::skala,   keyword::indikator};

std::string alternation(const std::vector<std::string_view>& words)
{
   std::string out;
   for (std::string_view w : words) {
      if (!out.empty()) {
         out += '|';
      }
      out.append(w);
   }
   return out;
}

// The generated entries of the grammar's repository.
json generated()
{
   // Scopes in the order of their first group, each with its words in table order.
   std::vector<std::pair<std::string, std::vector<std::string_view>>> by_scope;
   for (keyword_group g : order) {
      const std::string scope = scope_of(g);
      bool known = false;
      for (const auto& entry : by_scope) {
         known = known || entry.first == scope;
      }
      if (!known) {
         by_scope.push_back({scope, {}});
      }
   }
   // A declaration word that is also an indicator's field (`anggaran`, `target`, `capaian`) is a
   // declaration only where a declaration starts, at the start of an unindented line.
   std::vector<std::string_view> starting_only;
   for (const auto& k : ind::lang::keywords) {
      const bool both = k.groups.has(keyword_group::declaration) &&
                        k.groups.has(keyword_group::indicator_field);
      if (both) {
         starting_only.push_back(k.spelling);
      }
      for (keyword_group g : order) {
         if (both && g == keyword_group::declaration) {
            continue;
         }
         if (k.groups.has(g)) {
            for (auto& [scope, words] : by_scope) {
               if (scope == scope_of(g)) {
                  words.push_back(k.spelling);
               }
            }
            break;
         }
      }
   }
   json keywords = json::array();
   keywords.push_back({{"name", scope_of(keyword_group::declaration)},
                       {"match", "^(?:" + alternation(starting_only) + ")\\b(?!\\.[a-z_])"}});
   for (const auto& [scope, words] : by_scope) {
      keywords.push_back(
          {{"name", scope}, {"match", "\\b(?:" + alternation(words) + ")\\b(?!\\.[a-z_])"}});
   }

   std::vector<std::string_view> builtin_names;
   for (const auto& b : ind::lang::builtins) {
      builtin_names.push_back(b.name);
   }
   std::vector<std::string_view> declaring;
   for (keyword k : naming) {
      declaring.push_back(ind::lang::spelling(k));
   }

   json out;
   out["keywords"] = {{"comment", "generated by ind_grammar_tables from lang/keywords.hpp"},
                      {"patterns", keywords}};
   out["builtins"] = {{"comment", "generated by ind_grammar_tables from lang/builtins.hpp"},
                      {"match", "\\b(" + alternation(builtin_names) + ")\\s*(?=\\()"},
                      {"captures", {{"1", {{"name", "support.function.builtin.ind"}}}}}};
   out["declarations"] = {
       {"comment", "generated by ind_grammar_tables: a declaration and the name it declares"},
       {"match", "\\b(" + alternation(declaring) + ")\\s+([a-z_][a-z0-9_]*)\\b(?!\\.)"},
       {"captures",
        {{"1", {{"name", "storage.type.declaration.ind"}}},
         {"2", {{"name", "entity.name.type.ind"}}}}}};
   out["columns"] = {
       {"comment", "generated by ind_grammar_tables: a column and its name"},
       {"match",
        "\\b(" + std::string(ind::lang::spelling(keyword::kolom)) + ")\\s+([a-z_][a-z0-9_]*)\\b"},
       {"captures",
        {{"1", {{"name", "keyword.other.ind"}}}, {"2", {{"name", "variable.other.member.ind"}}}}}};
   return out;
}

} // namespace

int main(int argc, char** argv)
{
   if (argc < 2 || argc > 3 || (argc == 3 && std::string(argv[2]) != "--write")) {
      std::cerr << "usage: ind_grammar_tables GRAMMAR [--write]\n";
      return 2;
   }
   const std::string path = argv[1];
   std::ifstream in(path);
   json grammar = json::parse(in, nullptr, false);
   if (!in || grammar.is_discarded() || !grammar.contains("repository")) {
      std::cerr << path << ": not a TextMate grammar in JSON\n";
      return 2;
   }
   const json want = generated();
   std::vector<std::string> stale;
   for (const auto& [key, entry] : want.items()) {
      if (!grammar["repository"].contains(key) || grammar["repository"][key] != entry) {
         stale.push_back(key);
         grammar["repository"][key] = entry;
      }
   }
   if (argc == 3) {
      std::ofstream(path) << grammar.dump(2) << "\n";
      std::cout << path << ": " << stale.size() << " entries rewritten\n";
      return 0;
   }
   if (!stale.empty()) {
      std::cerr << path << ": the word lists differ from lang/keywords.hpp and lang/builtins.hpp:";
      for (const std::string& key : stale) {
         std::cerr << " repository." << key;
      }
      std::cerr << "\nrewrite them with: ind_grammar_tables " << path << " --write\n";
      return 1;
   }
   std::cout << path << ": keywords (" << ind::lang::keywords.size() << "), builtins ("
             << ind::lang::builtins.size() << ") as in the language's tables\n";
   return 0;
}
