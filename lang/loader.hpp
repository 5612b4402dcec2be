// load: a rule file path -> the syntax of that file and of every module it uses (`pakai`).
#pragma once

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace ind::lang {

struct load_options
{
   // Where `pakai x` looks for x.ind after the importing file's own folder.
   std::vector<std::filesystem::path> stdlib_dirs;
};

// The standard library `ind` uses when --stdlib names none, and why that one. In order:
// $IND_STDLIB if set; the source tree's stdlib/ when `ind` runs from its build folder; otherwise
// ../share/ind/stdlib beside the folder of the running executable (/proc/self/exe), which is
// where `cmake --install` and the Debian package put it.
struct stdlib_choice
{
   std::filesystem::path dir;
   std::string reason; // for `ind --version`: "IND_STDLIB", "pohon sumber", "terpasang"
};
stdlib_choice default_stdlib();
std::vector<std::filesystem::path> default_stdlib_dirs(); // {default_stdlib().dir}

// The version a standard library folder declares in its VERSION file (one whole number, e.g.
// "1"), or "" when the folder has no readable VERSION file holding one.
std::string stdlib_version(const std::filesystem::path& dir);

// Whether version `have` is at least `want`; both are whole numbers written in digits.
bool version_at_least(const std::string& have, const std::string& want);

struct loaded_module
{
   std::string name; // "" for the file named on the command line
   ast::module syntax;
   // Of a module read from a standard library folder: that library's version (its VERSION
   // file, "" without one). Empty for the main file and an agency's own module.
   std::string stdlib_version;
};

// The main file first, then the modules it uses, each after the modules it uses itself.
struct module_set
{
   std::vector<std::unique_ptr<loaded_module>> modules;
   bool complete = false; // every file was read and parsed without error
};

module_set load(source_manager& sources, const std::string& path, const load_options& options,
                diagnostic_sink& sink);

// As load(), for rule text that is not read from disk: the language server's unsaved buffer, named
// by the path of its file so that `pakai` looks beside it, and the unit tests.
module_set load_text(source_manager& sources, const std::string& name, std::string text,
                     const load_options& options, diagnostic_sink& sink);

} // namespace ind::lang
