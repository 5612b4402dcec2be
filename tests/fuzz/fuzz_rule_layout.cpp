// libFuzzer target: rule text through `ind fmt`'s printer (tests/fuzz/README.md).
#include "tests/fuzz/targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
   ind::fuzz::rule_layout({reinterpret_cast<const char*>(data), size});
   return 0;
}
