// The runtime computes with the exact numbers, periods, number formats and blank space of core/
// by their plain names: `decimal`, `period`, `locale`, `trim` in namespace ind::rt are those of
// ind::core. The language layer below names them core::decimal, core::period.
#pragma once

#include "core/decimal.hpp"
#include "core/number_format.hpp"
#include "core/period.hpp"
#include "core/text.hpp"

namespace ind::rt {
using namespace ind::core;
} // namespace ind::rt
