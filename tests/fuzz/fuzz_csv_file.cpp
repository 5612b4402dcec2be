// libFuzzer target: CSV text through the CSV reader, the roster splitter and cell parsing, then
// as a roster read by the engine with several threads.
#include "tests/fuzz/targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
   ind::fuzz::csv_file({reinterpret_cast<const char*>(data), size});
   ind::fuzz::roster_file({reinterpret_cast<const char*>(data), size});
   return 0;
}
