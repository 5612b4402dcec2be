// The `ind` subcommands. Each returns the process exit code: 0 ok, 1 findings, 2 usage or input
// error (see README).
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/limits.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ind::cli {

enum exit_code : int
{
   ok = 0,
   findings = 1,
   input_error = 2,
};

struct common_options
{
   std::vector<std::filesystem::path> stdlib_dirs; // empty: the default
   lang::render_options diagnostics;
   std::size_t max_diagnostics = lang::limits::max_diagnostics; // of each severity; 0: all
};

struct check_options
{
   std::vector<std::string> files; // files, or folders whose .ind files are all checked
   bool warnings = true;
};

// How rows of data are read (see runtime/roster/engine.hpp): --rows, --on-error, --threads.
struct scan_options
{
   std::optional<std::string> rows; // write every row of the one table, with derived columns
   std::string on_error = "stop";   // stop | skip
   unsigned threads = 0;            // 0: one per core
   std::string locale = "id";       // of the --rows file
};

struct eval_options
{
   std::string file;
   std::string data;
   std::optional<std::string> period;
   std::string format = "table";
   std::string locale = "id";
   std::optional<std::string> out;
   std::optional<bool> bom; // of CSV; unset: on for --locale id written with --out
   bool reproducible = false; // the stamp leaves out the time and the commit
   scan_options scan;
};

struct test_options
{
   std::vector<std::string> paths; // files, or folders whose .ind files are all tested
};

struct fmt_options
{
   std::vector<std::string> paths; // files, or folders searched for .ind files at any depth
   bool check = false;             // list the files that would change, write nothing
   bool diff = false;              // show the changes as a unified diff, write nothing
};

struct explain_options
{
   std::string file;
   std::string data;
   std::string id;
   std::optional<std::string> period;
   std::string format = "text";
   std::string locale = "id";
   bool reproducible = false; // as eval's
};

struct audit_options
{
   std::string file;
   std::string data;
   std::optional<std::string> period;
   std::string format = "text";
   std::string locale = "id";
   std::optional<std::string> out;
   std::optional<bool> bom; // as eval's
   bool reproducible = false; // as eval's
   bool all = false; // list the figures that match too
};

struct template_options
{
   std::string file;
   std::string period;
   std::string out;    // a folder (one CSV file per data file) or a workbook FILE.xlsx
   std::string format; // csv | xlsx; empty: xlsx when --out ends in .xlsx, csv otherwise
};

// The names --format accepts, from the table of report formats (runtime/report/formats.hpp):
// eval writes every report format; audit shows its findings as text or json, or writes the
// report with every finding marked in the formats that can mark them.
std::vector<std::string> eval_formats();
std::vector<std::string> audit_formats();
// "a, b, c": a list of names as usage errors and --help show it.
std::string name_list(const std::vector<std::string>& names);

// The rule files named on a command line, each folder replaced by its .ind files in name order
// (with `recursive`, also those of its subfolders, at any depth).
std::vector<std::string> rule_files(const std::vector<std::string>& paths, bool recursive = false);

int run_check(const check_options& options, const common_options& common);
int run_audit(const audit_options& options, const common_options& common);
int run_explain(const explain_options& options, const common_options& common);
int run_test(const test_options& options, const common_options& common);
int run_fmt(const fmt_options& options, const common_options& common);
int run_eval(const eval_options& options, const common_options& common);
int run_template(const template_options& options, const common_options& common);
// The language server on standard input and output, until the editor says `exit`.
int run_lsp(const common_options& common);

} // namespace ind::cli
