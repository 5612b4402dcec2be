// resolve: module_set -> program. Binds every name, types every expression, turns literals into
// exact decimals and reports unknown names (with a suggestion), duplicate definitions, cycles,
// misused functions and type errors. Entities are resolved on first use, so a cycle between
// indicators, values or constants is found wherever it starts and reported once, with its path.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/loader.hpp"
#include "lang/program.hpp"

#include <memory>

namespace ind::lang {

// Never returns null; when `sink` has errors afterwards the program must not be evaluated.
std::unique_ptr<program> resolve(const module_set& modules, diagnostic_sink& sink);

// Names of the built-in functions, for suggestions and for refusing them as rule names.
const std::vector<std::string>& builtin_function_names();

} // namespace ind::lang
