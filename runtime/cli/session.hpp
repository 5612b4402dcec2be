// What every subcommand shares: the files read in one run, the diagnostics collected, and the
// front half of the pipeline (load, resolve, check).
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/limits.hpp"
#include "lang/loader.hpp"
#include "lang/program.hpp"
#include "runtime/cli/commands.hpp"
#include "runtime/provenance.hpp"
#include "runtime/report/model.hpp"
#include "runtime/run.hpp"

#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <string>

namespace ind::cli {

struct session
{
   lang::source_manager sources;
   lang::diagnostic_sink sink;
   const common_options& common;
   std::ostream* diagnostics_out = &std::cerr; // a batch run collects each run's on its own

   explicit session(const common_options& c) : sink(c.max_diagnostics), common(c) {}

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

// A rule file evaluated against a data folder for one period.
struct evaluation
{
   compiled rules;
   core::period when;
   std::unique_ptr<rt::run> run; // the data and the evaluator and roster engine over it
   rt::report::document document;
};

// Whether the data gave findings of their own, which make eval and audit exit 1: a syarat not
// satisfied or that cannot be evaluated, a quarter's realisasi to date or a year's realisasi that
// contradicts its quarters (W-KUMULATIF-BEDA, W-KUMULATIF-TAHUN), a budget line's realisasi that is not the sum of its quarters
// (W-ANGGARAN-KUMULATIF), a Renja roll-up that does not add up or a cell of a quarter not reached.
bool has_data_findings(const evaluation& e);

// The period to evaluate: --period if given, else the data folder's name. Reports a usage error
// and returns nullopt when neither gives one.
std::optional<core::period> evaluation_period(const std::optional<std::string>& period,
                                            const std::string& data);

// The period of a run that is given none: an example without `periode` (ind test), or a rule file
// whose figures do not depend on the period evaluated without one. It is the latest year the
// program names (lang::program::latest_year); a program that names no year has no version and no
// target that depends on the period, and is evaluated in a period of no consequence, the last
// year a period may have, which ind test does not let `periode` read.
core::period undated_period(const lang::program& p);

// Compile, load the data and build the report document; nullptr after reporting the errors.
// Warnings are reported too. Figures computed here are memoised in `eval`.
// `data` is a folder, or one CSV file read by the rule file's only table (a roster).
// `out` (--out) and scan.rows are refused, before anything is computed or written, when they
// would replace a file the run reads (the rule file, a module it uses, a data file, the
// printed-figures file) or each other.
// With `stamp`, the document carries the provenance of the run (report::document::origin).
std::unique_ptr<evaluation> evaluate(session& s, const std::string& rules, const std::string& data,
                                     const std::optional<std::string>& period,
                                     const scan_options& scan = {},
                                     const std::optional<std::string>& out = std::nullopt,
                                     const std::optional<rt::stamp_mode>& stamp = std::nullopt);

// How eval and audit stamp their outputs, from --reproducible and $SOURCE_DATE_EPOCH; nullopt
// after reporting (E-WAKTU) a SOURCE_DATE_EPOCH that is not a whole number of seconds.
std::optional<rt::stamp_mode> stamp_mode(bool reproducible);

// Prints or writes the report in a format (table, json, csv, md, html, xlsx); an exit code.
// `bom`: --bom or --tanpa-bom as given; unset, CSV written to a file with --locale id opens
// with a byte-order mark.
int write_report(const rt::report::document& doc, const std::string& format,
                 const std::string& locale, const std::optional<std::string>& out,
                 std::optional<bool> bom);

// Checks --format, --locale and --out before anything is computed; false after a usage error.
bool valid_output(const std::vector<std::string>& formats, const std::string& format,
                  const std::string& locale, const std::optional<std::string>& out,
                  const std::string& rules, const std::string& data);

// Whether `--out` would write in `folder` (a file in it, or its CSV tables when `--out` is a
// folder), however either is spelled.
bool writes_into_folder(const std::string& out, const std::filesystem::path& folder);
// The usage error for an --out that would replace a file the run reads.
void refuse_out();

// Writes through a temporary file (runtime/output_file.hpp), so an interrupted run never leaves
// a half-written file where a good one was. `write` fills the temporary file (a workbook, which
// libxlsxwriter writes only to a file).
bool replace_atomically(const std::filesystem::path& target,
                        const std::function<bool(const std::filesystem::path&, std::string&)>& write,
                        std::string& error);

// Writes `content` to `target` through a temporary file renamed into place (a FIFO or a device
// is written to directly), so an interrupted run never leaves a half-written file where a good
// one was.
bool write_atomically(const std::filesystem::path& target, const std::string& content,
                      std::string& error);

// A one-line usage problem on standard error (code E-PERINTAH).
void usage_error(const std::string& message, const std::string& hint = {});

} // namespace ind::cli
