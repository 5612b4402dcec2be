// ind eval and ind audit over a folder of rule files and a folder of data folders
// (runtime/cli/batch_command).
#pragma once

#include "runtime/cli/commands.hpp"

namespace ind::cli {

// Every rule file of options.file (a folder) over each period folder of options.data/<name>/:
// one long table of every agency's figures and of the syarat their data does not satisfy; a run
// that fails is reported and the others go on (exit 2 when any failed, else 1 when a syarat is a
// finding).
int run_batch(const eval_options& options, const common_options& common);

// The same pairs audited: one long table of every printed figure against the recomputed one;
// exit 1 when any does not match or a syarat is a finding, 2 when a run failed.
int run_batch_audit(const audit_options& options, const common_options& common);

} // namespace ind::cli
