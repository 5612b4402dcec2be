// The help of `ind` in the users' language, and everything written from the same description of
// the commands: `ind --help`, `ind help [PERINTAH]`, the man page and the shell completions.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ind::cli {

// CLI11's help with every label and placeholder in Indonesian, and each command's examples
// (command_examples) below its options.
class help_formatter : public CLI::Formatter
{
 public:
   help_formatter();
   std::string make_option_opts(const CLI::Option* option) const override;
   std::string make_footer(const CLI::App* app) const override;
};

// What a line of an example does, and the command line itself.
struct example
{
   const char* what;
   const char* command;
};

// The examples of one command ("" for `ind` itself), in the order the help shows them.
std::vector<example> command_examples(const std::string& command);

// The hint of an unknown or missing command: every command, in the order --help lists them.
std::string command_hint(const CLI::App& app);

// The values an option accepts where they are a fixed list (--format, --color): the shell
// completions offer them after the option.
using value_choices = std::map<const CLI::Option*, std::vector<std::string>>;

struct help_options
{
   std::string command;    // `ind help eval`: the command to describe; "": `ind` itself
   bool man = false;       // --man: the man page, in roff
   std::string completion; // --completion bash|zsh: the completion script
};

// `ind help`: prints what help_options asks for about `app`, the whole command line. Returns the
// exit code (2 for a command it does not know).
int run_help(const CLI::App& app, const help_options& options, const value_choices& choices);

// `ind --version`: the version of ind, the commit it was built from and the standard library in
// use with its version. `stdlib_dirs` are those named with --stdlib (empty: the default).
std::string version_text(const std::vector<std::filesystem::path>& stdlib_dirs);

} // namespace ind::cli
