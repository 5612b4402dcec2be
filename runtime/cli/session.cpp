#include "runtime/cli/session.hpp"

#include "lang/check.hpp"
#include "lang/resolve.hpp"

#include <iostream>

namespace ind::cli {

lang::load_options session::load_options() const
{
   return {common.stdlib_dirs.empty() ? lang::default_stdlib_dirs() : common.stdlib_dirs};
}

void session::report(bool warnings)
{
   lang::render_options options = common.diagnostics;
   options.show_warnings = warnings;
   lang::render(std::cerr, sink, options);
}

compiled compile(session& s, const std::string& path)
{
   compiled out;
   out.modules = lang::load(s.sources, path, s.load_options(), s.sink);
   if (!out.modules.complete) {
      return out;
   }
   out.program = lang::resolve(out.modules, s.sink);
   if (!s.sink.has_errors()) {
      lang::check(*out.program, s.sink);
   }
   return out;
}

} // namespace ind::cli
