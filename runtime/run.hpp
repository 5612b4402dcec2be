// A run: a resolved program evaluated against its data. One function wires the pieces every
// command, the audit's replay, explain, the tests and the fuzz targets need, in one order, so
// that none of them can forget a piece (an evaluator without the roster engine cannot compute
// an aggregate over a streamed table).
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/loader.hpp"
#include "lang/program.hpp"
#include "lang/source.hpp"
#include "runtime/core.hpp"
#include "runtime/data/dataset.hpp"
#include "runtime/evaluator.hpp"
#include "runtime/provenance.hpp"
#include "runtime/roster/engine.hpp"

#include <filesystem>
#include <memory>

namespace ind::rt {

// An evaluator and the roster engine that computes its aggregates over streamed tables, each
// holding the other; moved only as a whole.
struct evaluation
{
   std::unique_ptr<evaluator> eval;
   std::unique_ptr<roster::engine> engine;
};

// A fresh evaluator over `data` with an engine of its own. Nothing is computed yet.
evaluation wire(const lang::program& p, const dataset& data, lang::diagnostic_sink& sink,
                roster::engine_options streaming = {});

struct run_options
{
   load_options load;
   roster::engine_options streaming;
};

// The program's data, read once, and the evaluation over it. Never moved: the evaluator and
// the engine refer to the data.
struct run
{
   const lang::program& program;
   dataset data;
   evaluation main;

   explicit run(const lang::program& p) : program(p) {}
   run(const run&) = delete;
   run& operator=(const run&) = delete;

   evaluator& eval() const { return *main.eval; }
   roster::engine& engine() const { return *main.engine; }

   // Another evaluator over the same data that asks this run's engine for its roster
   // aggregates, which are then read only once: for a derivation recorded afresh (explain).
   std::unique_ptr<evaluator> sharing_engine(lang::diagnostic_sink& sink) const;
};

// Reads the data of `p` from `folder` (rows without a period column belong to `data_period`)
// and wires an evaluator and engine over it. Nothing is computed yet, so a caller may still
// refuse the run once it knows every file read; errors reading the data are in `sink`.
std::unique_ptr<run> start_run(const lang::program& p, const std::filesystem::path& folder,
                               const period& data_period, const run_options& options,
                               lang::source_manager& sources, lang::diagnostic_sink& sink);

// The provenance stamp of a run whose report is built: the rule file and its modules (each as
// `modules` parsed it), every data file read whole through `sources`, and every streamed table
// as the roster engine read it, each with the SHA-256 of those bytes.
provenance stamp(const stamp_mode& mode, const lang::module_set& modules,
                 const lang::source_manager& sources, const run& r);

} // namespace ind::rt
