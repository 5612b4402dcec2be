// Replays the seed corpus through the fuzz targets, and with it a fixed set of mutations of every
// seed (bytes flipped or replaced, the text cut short, a stretch repeated or removed), so that the
// normal and the sanitizer builds check in every test run what the fuzzers check at length.
//
//    ind_fuzz_replay CORPUS [MUTATIONS_PER_SEED]
//
// CORPUS holds ind/ (rule text), csv/ (data) and xlsx/ (workbook parts, and workbook files). The mutations are the same on every run. An
// input costs about as much as it is long (a rule file more than a CSV file: it loads the stdlib
// modules it uses and evaluates a report; a CSV file read as a roster with several threads more
// than either), so a long seed gets fewer mutations, at least two.
#include "tests/fuzz/targets.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Bytes that mean something to one reader or the other.
using namespace std::string_view_literals;
constexpr std::string_view telling = "\0\"\\;,.\t\n\r(){}[]%~-+*/=<>#\x80\xC3\xE2\xFF"sv;

std::string mutated(const std::string& seed, std::mt19937& random)
{
   std::string out = seed;
   const auto pick = [&](std::size_t n) {
      return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
   };
   switch (pick(6)) {
   case 0: // flip one bit of a few bytes
      for (std::size_t k = 0, n = 1 + pick(4); k < n && !out.empty(); ++k) {
         out[pick(out.size())] ^= static_cast<char>(1u << pick(8));
      }
      break;
   case 1: // replace a byte by one that means something
      if (!out.empty()) {
         out[pick(out.size())] = telling[pick(telling.size())];
      }
      break;
   case 2: // insert one that means something
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(pick(out.size() + 1)),
                 telling[pick(telling.size())]);
      break;
   case 3: // cut short
      out.resize(pick(out.size() + 1));
      break;
   case 4: { // repeat a stretch, a few times
      const std::size_t from = pick(out.size() + 1);
      const std::size_t length = std::min(out.size() - from, 1 + pick(64));
      const std::string stretch = out.substr(from, length);
      for (std::size_t k = 0, n = 1 + pick(8); k < n; ++k) {
         out.insert(from, stretch);
      }
      break;
   }
   default: { // remove a stretch
      const std::size_t from = pick(out.size() + 1);
      out.erase(from, std::min(out.size() - from, 1 + pick(256)));
      break;
   }
   }
   return out;
}

std::vector<fs::path> files_in(const fs::path& folder)
{
   std::vector<fs::path> files;
   for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.is_regular_file()) {
         files.push_back(entry.path());
      }
   }
   std::sort(files.begin(), files.end());
   return files;
}

} // namespace

int main(int argc, char** argv)
{
   if (argc < 2) {
      std::cerr << "pemakaian: ind_fuzz_replay CORPUS [FOLDER...]\n"
                   "  FOLDER: berkas .ind lain yang juga menjadi benih (stdlib/, rules/)\n";
      return 2;
   }
   const fs::path corpus = argv[1];
   // The library and the agency rule files are seeds where they are, so that the replay follows
   // them as they change instead of a copy that falls behind.
   std::vector<fs::path> rule_seeds;
   for (int i = 2; i < argc; ++i) {
      for (const fs::path& path : files_in(argv[i])) {
         if (path.extension() == ".ind") {
            rule_seeds.push_back(path);
         }
      }
   }
   constexpr std::size_t per_seed = 32;
   const auto started = std::chrono::steady_clock::now();
   std::size_t inputs = 0;
   // The length up to which a seed gets every mutation.
   for (const auto& [folder, target, cheap] :
        {std::tuple{"ind", &ind::fuzz::rule_file, std::size_t{768}},
         std::tuple{"csv", &ind::fuzz::csv_file, std::size_t{1536}},
         std::tuple{"xlsx", &ind::fuzz::workbook_file, std::size_t{1536}},
         // A roster run is six engine runs with files written: each seed and two mutations.
         std::tuple{"csv", &ind::fuzz::roster_file, std::size_t{1}},
         std::tuple{"lsp", &ind::fuzz::lsp_session, std::size_t{512}}}) {
      std::vector<fs::path> seeds = files_in(corpus / folder);
      if (seeds.empty()) {
         std::cerr << "tidak ada benih di " << (corpus / folder).string() << '\n';
         return 2;
      }
      if (target == &ind::fuzz::rule_file) {
         seeds.insert(seeds.end(), rule_seeds.begin(), rule_seeds.end());
      }
      std::mt19937 random(20240101);
      for (const fs::path& path : seeds) {
         std::ifstream in(path, std::ios::binary);
         const std::string seed{std::istreambuf_iterator<char>(in), {}};
         target(seed);
         ++inputs;
         const std::size_t mutations =
            std::clamp<std::size_t>(per_seed * cheap / std::max(seed.size(), cheap), 2, per_seed);
         for (std::size_t k = 0; k < mutations; ++k) {
            target(mutated(seed, random));
            ++inputs;
         }
      }
   }
   const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
   std::cout << inputs << " masukan, " << static_cast<int>(seconds * 1000) << " ms\n";
   return 0;
}
