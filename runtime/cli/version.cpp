#include "runtime/cli/help.hpp"

#include "lang/loader.hpp"
#include "runtime/provenance.hpp"

#include <fmt/format.h>

namespace ind::cli {

std::string version_text(const std::vector<std::filesystem::path>& stdlib_dirs)
{
   const std::string commit = rt::ind_commit();
   std::string text =
       fmt::format("ind {}{}\n", rt::ind_version(),
                   commit.empty() ? std::string{} : fmt::format(" (commit {})", commit));
   const lang::stdlib_choice choice = stdlib_dirs.empty()
                                          ? lang::default_stdlib()
                                          : lang::stdlib_choice{stdlib_dirs.front(), "--stdlib"};
   const std::string version = lang::stdlib_version(choice.dir);
   if (version.empty()) {
      text += fmt::format("pustaka standar: {} ({}), tanpa versi: folder ini tidak berisi berkas "
                          "VERSION\n",
                          choice.dir.string(), choice.reason);
   } else {
      text += fmt::format("pustaka standar versi {}: {} ({})\n", version, choice.dir.string(),
                          choice.reason);
   }
   return text;
}

} // namespace ind::cli
