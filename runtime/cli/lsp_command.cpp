// ind lsp: the language server (runtime/lsp) with the standard library the command line names.
#include "runtime/cli/commands.hpp"
#include "runtime/cli/session.hpp"
#include "runtime/lsp/server.hpp"

#include <iostream>

#include <unistd.h>

namespace ind::cli {

int run_lsp(const common_options& common)
{
   const session s(common);
   return rt::lsp::serve(STDIN_FILENO, std::cout, s.load_options());
}

} // namespace ind::cli
