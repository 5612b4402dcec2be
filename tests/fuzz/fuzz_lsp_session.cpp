// libFuzzer target: messages to the language server, one per line (tests/fuzz/README.md).
#include "tests/fuzz/targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
   ind::fuzz::lsp_session({reinterpret_cast<const char*>(data), size});
   return 0;
}
