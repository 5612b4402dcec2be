// libFuzzer target: XLSX packages built from the input's parts, and the input as a workbook
// file, through the workbook reader and the sheet's CSV text.
#include "tests/fuzz/targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
   ind::fuzz::workbook_file({reinterpret_cast<const char*>(data), size});
   return 0;
}
