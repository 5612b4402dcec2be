// What the language server knows of one open document: its text as the editor holds it (not the
// file on disk), and what `ind check`'s passes make of it (load, resolve, check), with the names
// of the program looked up by the words written in the text.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/loader.hpp"
#include "lang/program.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace ind::rt::lsp {

// One run of the front half of the pipeline over a document's text. The modules it uses
// (`pakai`) are read from disk, from the document's folder and then the standard library.
struct analysis
{
   lang::source_manager sources;
   lang::diagnostic_sink sink;
   lang::module_set modules;
   std::unique_ptr<lang::program> program; // null when a module could not be read or parsed
   // Every file read and parsed without error: the program then holds every name of the text.
   bool parsed = false;
   const lang::source_file* main = nullptr;

   analysis();
};

// Load, resolve and check `text` as if it were the file at `path`.
std::unique_ptr<analysis> analyze(const std::string& path, std::string text,
                                  const lang::load_options& options);

// A column of a table, as `tabel.kolom` names it.
struct column_target
{
   const lang::table* owner;
   std::size_t index;
   bool operator==(const column_target&) const = default;
};

// What a word of the text stands for: an entity, a column, or a module used with `pakai`.
using target = std::variant<lang::entity_ref, column_target, const lang::module_info*>;

// A name as written in the text: `ipasn.kategori`, split at its dots, and the part the cursor is
// on.
struct word
{
   std::size_t begin = 0; // byte offsets in the file
   std::size_t end = 0;
   std::vector<std::string> parts;
   std::vector<std::size_t> part_begins;
   std::size_t cursor_part = 0;
};

// The name (letters, digits, '_' and dots between them) around byte `offset`, if any.
std::optional<word> word_at(std::string_view text, std::size_t offset);

// Every name written in `file` outside comments and strings, in order.
std::vector<word> words_in(const lang::source_file& file);

// The names of a program, by the qualified name a file of each module writes for them.
class name_index
{
 public:
   explicit name_index(const lang::program& p);

   // What parts[0..last] of `w` stand for, read in the module that owns `file` ("" for the main
   // file): its own names bare, others qualified with their module's name.
   std::optional<target> lookup(const word& w, std::size_t last,
                                const lang::source_file* file) const;
   // The module a source file holds; nullptr for one the program did not read.
   const lang::module_info* module_of(const lang::source_file* file) const;

   const lang::program& program() const { return m_program; }
   const std::map<std::string, lang::entity_ref>& names() const { return m_names; }

 private:
   const lang::program& m_program;
   std::map<std::string, lang::entity_ref> m_names; // display name -> first version
   std::map<std::string, const lang::module_info*> m_modules;
};

// The name an entity is declared with: an indicator's id, every other entity's name.
template <typename T> const std::string& declared_name(const T& x)
{
   if constexpr (requires { x.id; }) {
      return x.id;
   } else {
      return x.name;
   }
}

// The place where an entity, column or module is declared.
lang::span declared_at(const target& t);
// The span of the declared name within a declaration, or the declaration's when not found.
lang::span name_span(lang::span declaration, std::string_view name);
// The name as a file of the main module writes it.
std::string target_name(const target& t);

// An open document.
struct document
{
   std::string path;
   std::string text;
   long long version = 0;
   bool dirty = true;       // changed since it was last analysed
   bool unpublished = true; // analysed since its diagnostics were last published
   std::shared_ptr<analysis> current;
   // The last analysis that produced a program, for names while the text does not parse.
   std::shared_ptr<analysis> last_good;
   std::unique_ptr<name_index> index; // over last_good's program
   std::set<std::string> published;   // URIs given diagnostics at the last publication
};

} // namespace ind::rt::lsp
