#include "runtime/output_file.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using ind::rt::output_file;

namespace {

// A fresh folder of the test's own, removed at the end.
struct scratch
{
   fs::path dir;
   scratch()
   {
      std::string pattern = (fs::temp_directory_path() / "ind-unit-output-XXXXXX").string();
      dir = ::mkdtemp(pattern.data());
   }
   ~scratch() { fs::remove_all(dir); }
};

void put(const fs::path& p, const std::string& text)
{
   std::ofstream(p, std::ios::binary) << text;
}

std::string get(const fs::path& p)
{
   std::ifstream in(p, std::ios::binary);
   std::ostringstream text;
   text << in.rdbuf();
   return text.str();
}

std::size_t entries(const fs::path& dir)
{
   std::size_t n = 0;
   for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) {
      ++n;
   }
   return n;
}

} // namespace

TEST_CASE("output_file: the target is replaced only by commit, and no temporary stays")
{
   const scratch s;
   const fs::path target = s.dir / "laporan.txt";
   put(target, "lama");
   std::string error;
   {
      output_file file;
      REQUIRE(file.open(target, error));
      CHECK(file.temporary().parent_path() == s.dir);
      CHECK(file.temporary().filename().string().rfind(".laporan.txt.ind-tmp-", 0) == 0);
      put(file.temporary(), "baru");
      CHECK(get(target) == "lama");
   } // not committed: the temporary goes, the target stays
   CHECK(get(target) == "lama");
   CHECK(entries(s.dir) == 1);
   output_file file;
   REQUIRE(file.open(target, error));
   put(file.temporary(), "baru");
   REQUIRE(file.commit(error));
   CHECK(get(target) == "baru");
   CHECK(entries(s.dir) == 1);
}

TEST_CASE("output_file: temporaries are unique and never an existing file or link")
{
   const scratch s;
   std::string error;
   const fs::path a = ind::rt::create_temporary(s.dir, "x.csv", error);
   const fs::path b = ind::rt::create_temporary(s.dir, "x.csv", error);
   REQUIRE(!a.empty());
   REQUIRE(!b.empty());
   CHECK(a != b);
   CHECK(fs::is_regular_file(fs::symlink_status(a)));
   CHECK(ind::rt::create_temporary(s.dir / "tidak-ada", "x.csv", error).empty());
   CHECK(!error.empty());
   // A name too long for a file name still makes one.
   CHECK(!ind::rt::create_temporary(s.dir, std::string(250, 'n'), error).empty());
}

TEST_CASE("output_file: same_file_as_any compares files, not spellings")
{
   const scratch s;
   fs::create_directory(s.dir / "data");
   put(s.dir / "data" / "skor.csv", "a");
   fs::create_directory_symlink(s.dir / "data", s.dir / "tautan");
   const std::vector<fs::path> inputs{s.dir / "data" / "skor.csv"};
   CHECK(ind::rt::same_file_as_any(s.dir / "data" / "." / "skor.csv", inputs));
   CHECK(ind::rt::same_file_as_any(s.dir / "data" / ".." / "data" / "skor.csv", inputs));
   CHECK(ind::rt::same_file_as_any(s.dir / "tautan" / "skor.csv", inputs));
   CHECK_FALSE(ind::rt::same_file_as_any(s.dir / "data" / "lain.csv", inputs));
   put(s.dir / "lain.csv", "a");
   CHECK_FALSE(ind::rt::same_file_as_any(s.dir / "lain.csv", inputs));
}
