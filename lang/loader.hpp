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

// The stdlib folders to use when none is given: $IND_STDLIB if set, else the folder the build
// was configured with.
std::vector<std::filesystem::path> default_stdlib_dirs();

struct loaded_module
{
   std::string name; // "" for the file named on the command line
   ast::module syntax;
};

// The main file first, then the modules it uses, each after the modules it uses itself.
struct module_set
{
   std::vector<std::unique_ptr<loaded_module>> modules;
   bool complete = false; // every file was read and parsed without error
};

module_set load(source_manager& sources, const std::string& path, const load_options& options,
                diagnostic_sink& sink);

// As load(), for rule text that is not read from disk (unit tests).
module_set load_text(source_manager& sources, const std::string& name, std::string text,
                     const load_options& options, diagnostic_sink& sink);

} // namespace ind::lang
