#include "lang/loader.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using namespace ind::lang;

namespace {

// A fresh folder of the test's own, removed at the end.
struct scratch
{
   fs::path dir;
   scratch()
   {
      std::string pattern = (fs::temp_directory_path() / "ind-unit-loader-XXXXXX").string();
      dir = ::mkdtemp(pattern.data());
   }
   ~scratch() { fs::remove_all(dir); }
};

void put(const fs::path& p, const std::string& text)
{
   std::ofstream(p, std::ios::binary) << text;
}

const char* module_text = "modul kecil \"Modul uji\"\n\ntetapan satu \"Satu\" = 1\n";

// The codes of the errors loading `text` reports, with the standard library in `stdlib`.
std::string load_errors(const std::string& text, const fs::path& stdlib)
{
   source_manager sources;
   diagnostic_sink sink;
   load_text(sources, "uji.ind", text, load_options{{stdlib}}, sink);
   std::string codes;
   for (const diagnostic& d : sink.sorted()) {
      codes += (codes.empty() ? "" : " ") + d.code;
   }
   return codes;
}

} // namespace

TEST_CASE("loader: version_at_least compares whole numbers, not text")
{
   CHECK(version_at_least("1", "1"));
   CHECK(version_at_least("2", "1"));
   CHECK_FALSE(version_at_least("1", "2"));
   CHECK(version_at_least("10", "9"));
   CHECK_FALSE(version_at_least("9", "10"));
   CHECK(version_at_least("01", "1"));
   CHECK(version_at_least("1", "0001"));
   CHECK_FALSE(version_at_least("0", "1"));
   CHECK(version_at_least("123456789", "123456788"));
}

TEST_CASE("loader: stdlib_version reads one whole number from VERSION")
{
   scratch s;
   CHECK(stdlib_version(s.dir).empty()); // no VERSION file
   put(s.dir / "VERSION", "1\n");
   CHECK(stdlib_version(s.dir) == "1");
   put(s.dir / "VERSION", "12\r\n");
   CHECK(stdlib_version(s.dir) == "12");
   put(s.dir / "VERSION", "satu\n");
   CHECK(stdlib_version(s.dir).empty());
   put(s.dir / "VERSION", "");
   CHECK(stdlib_version(s.dir).empty());
   put(s.dir / "VERSION", "1.2\n");
   CHECK(stdlib_version(s.dir).empty());
   CHECK(stdlib_version(s.dir / "tidak_ada").empty());
}

TEST_CASE("loader: IND_STDLIB overrides the stdlib beside the program")
{
   const char* before = std::getenv("IND_STDLIB");
   const std::string saved = before ? before : "";
   ::setenv("IND_STDLIB", "/folder/lain", 1);
   CHECK(default_stdlib().dir == fs::path("/folder/lain"));
   CHECK(default_stdlib().reason == "IND_STDLIB");
   ::unsetenv("IND_STDLIB");
   // The unit tests run from the build folder: the source tree's stdlib, which has a version.
   CHECK(default_stdlib().reason == "pohon sumber");
   CHECK(default_stdlib().dir == fs::path(IND_SOURCE_DIR) / "stdlib");
   CHECK(stdlib_version(default_stdlib().dir) == "1");
   CHECK(default_stdlib_dirs() == std::vector<fs::path>{default_stdlib().dir});
   if (before) {
      ::setenv("IND_STDLIB", saved.c_str(), 1);
   }
}

TEST_CASE("loader: pakai ... versi N needs a stdlib of version N or later")
{
   scratch s;
   put(s.dir / "kecil.ind", module_text);
   put(s.dir / "VERSION", "3\n");
   const std::string head = "instansi \"Uji\"\n\n";
   CHECK(load_errors(head + "pakai kecil versi 3\n", s.dir) == "");
   CHECK(load_errors(head + "pakai kecil versi 2\n", s.dir) == "");
   CHECK(load_errors(head + "pakai kecil versi 03\n", s.dir) == "");
   CHECK(load_errors(head + "pakai kecil versi 4\n", s.dir) == "E-VERSI");
   CHECK(load_errors(head + "pakai kecil versi 99999999999999999999\n", s.dir) == "E-VERSI");
   CHECK(load_errors(head + "pakai kecil versi\n", s.dir) == "E-SINTAKS");
   fs::remove(s.dir / "VERSION");
   CHECK(load_errors(head + "pakai kecil versi 1\n", s.dir) == "E-VERSI");
   CHECK(load_errors(head + "pakai kecil\n", s.dir) == ""); // no requirement, no VERSION needed
}
