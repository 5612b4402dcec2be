// The generic walk over the resolved program's expressions, beside the representation it walks,
// so that passes and the runtime visit expressions without depending on the checker.
#pragma once

#include "lang/program.hpp"

#include <functional>

namespace ind::lang {

// Visits every expression node below `e` (e included).
void walk(const ir::expr& e, const std::function<void(const ir::expr&)>& visit);

} // namespace ind::lang
