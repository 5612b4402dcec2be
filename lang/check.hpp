// check: program -> findings. What can be known about a rule file without its data: scales with
// gaps or overlaps, weights that do not add up, targets of zero or missing for Renstra years,
// indicators whose capaian formula is not stated, levels that contradict their parents, and
// declarations nothing uses. Errors make the file unusable; warnings are findings to fix.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"

namespace ind::lang {

void check(const program& p, diagnostic_sink& sink);

} // namespace ind::lang
