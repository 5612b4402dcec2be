// What every subcommand shares: the files read in one run, the diagnostics collected, and the
// front half of the pipeline (load, resolve, check).
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/limits.hpp"
#include "lang/loader.hpp"
#include "lang/program.hpp"
#include "runtime/cli/commands.hpp"

#include <memory>
#include <string>

namespace ind::cli {

struct session
{
   lang::source_manager sources;
   lang::diagnostic_sink sink{lang::limits::max_diagnostics};
   const common_options& common;

   explicit session(const common_options& c) : common(c) {}

   lang::load_options load_options() const;
   // Prints the collected diagnostics on standard error.
   void report(bool warnings = true);
};

struct compiled
{
   lang::module_set modules;
   std::unique_ptr<lang::program> program;
};

// Parse, resolve and check one rule file; the program is usable when the sink has no errors.
compiled compile(session& s, const std::string& path);

} // namespace ind::cli
