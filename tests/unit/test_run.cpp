// The run builder (runtime/run.hpp) and figures taken as given (evaluator::give): what every
// command, the audit's replay and `ind test` rely on.
#include "support.hpp"

#include <doctest/doctest.h>

namespace ind {

namespace {

const char* const roster_rules = R"(instansi "Uji"
tabel pegawai "pegawai.csv" "Pegawai" {
  kolom nama teks
  kolom skor desimal
}
nilai total_skor "Jumlah skor" = jumlah(pegawai.skor)
nilai rata_skor "Rata-rata skor" = total_skor / hitung(pegawai) bulat 2
)";

std::string shown(rt::evaluator& eval, const lang::program& p, const char* name,
                  const core::period& when)
{
   return eval.named(*p.find_value(name), when).shown.describe();
}

} // namespace

TEST_CASE("run: the data streamed is read by the engine start_run wires, and by every evaluator "
          "wire() gives over it")
{
   const auto rules = test::compile(roster_rules);
   REQUIRE(rules->program);
   REQUIRE_FALSE(rules->sink.has_errors());
   const lang::program& p = *rules->program;
   const test::data_folder folder(std::map<std::string, std::string>{
       {"pegawai.csv", "nama;skor\nAni;80\nBudi;75,5\nCitra;90\nDedi;74,5\n"}});
   const core::period when = core::period::of_year(2024);
   lang::source_manager sources;
   lang::diagnostic_sink sink;
   rt::run_options options;
   options.load.streamed.insert(p.tables.front().get());
   const auto run = rt::start_run(p, folder.path(), when, options, sources, sink);
   REQUIRE_FALSE(sink.has_errors());
   REQUIRE(run->data.sources.at(p.tables.front().get()).streamed);
   CHECK(shown(run->eval(), p, "total_skor", when) == "320");
   CHECK(shown(run->eval(), p, "rata_skor", when) == "80");

   SUBCASE("a replay takes a figure as given; what follows from it changes, the run does not")
   {
      lang::diagnostic_sink quiet;
      const rt::evaluation replay = rt::wire(p, run->data, quiet);
      replay.eval->give(rt::given::named_figure{p.find_value("total_skor"), when},
                        core::decimal(330));
      CHECK(shown(*replay.eval, p, "rata_skor", when) == "82,5");
      CHECK(shown(run->eval(), p, "rata_skor", when) == "80");
      CHECK_FALSE(quiet.has_errors());
   }
   SUBCASE("an example's andaikan: the entity wherever it is referred to")
   {
      lang::diagnostic_sink quiet;
      const rt::evaluation replay = rt::wire(p, run->data, quiet);
      replay.eval->give(rt::given::reference{p.find_value("total_skor")}, core::decimal(400));
      CHECK(shown(*replay.eval, p, "rata_skor", when) == "100");
   }
   SUBCASE("an evaluator sharing the run's engine computes the same figures afresh")
   {
      lang::diagnostic_sink quiet;
      const auto fresh = run->sharing_engine(quiet);
      CHECK(shown(*fresh, p, "rata_skor", when) == "80");
   }
}

} // namespace ind

namespace ind {

TEST_CASE("run: the stamp lists the rule file, its modules and every data file, each with the "
          "SHA-256 of the bytes read, a streamed table's from the engine's mapping")
{
   const auto rules = test::compile(R"(instansi "Uji"
pakai capaian
tabel pegawai "pegawai.csv" { kolom nama teks  kolom skor desimal }
tabel unit "unit.csv" { kolom kode teks }
nilai total_skor "Jumlah skor" = jumlah(pegawai.skor)
nilai units "Unit" = hitung(unit)
)");
   REQUIRE(rules->program);
   REQUIRE_FALSE(rules->sink.has_errors());
   const lang::program& p = *rules->program;
   const std::string roster = "nama;skor\nAni;80\nBudi;75,5\n";
   const std::string units = "kode\nA\nB\nC\n";
   const test::data_folder folder(
       std::map<std::string, std::string>{{"pegawai.csv", roster}, {"unit.csv", units}});
   const core::period when = core::period::of_year(2024);
   lang::diagnostic_sink sink;
   rt::run_options options;
   options.load.streamed.insert(p.tables.front().get());
   const auto run = rt::start_run(p, folder.path(), when, options, rules->sources, sink);
   REQUIRE_FALSE(sink.has_errors());
   CHECK(shown(run->eval(), p, "total_skor", when) == "155,5");
   CHECK(shown(run->eval(), p, "units", when) == "3");

   const rt::provenance stamp =
       rt::stamp({true, rt::stamp_clock::source_date_epoch, 0}, rules->modules, rules->sources, *run);
   CHECK(stamp.commit.empty());
   CHECK(stamp.time == "1970-01-01T00:00:00Z");
   REQUIRE(stamp.files.size() == 4);
   CHECK(stamp.files[0].what == rt::input_file::kind::rules);
   CHECK(stamp.files[0].path == "uji.ind");
   CHECK(stamp.files[1].what == rt::input_file::kind::module);
   CHECK(stamp.files[1].path == IND_SOURCE_DIR "/stdlib/capaian.ind");
   CHECK(stamp.files[1].stdlib_version == lang::stdlib_version(IND_SOURCE_DIR "/stdlib"));
   CHECK(stamp.files[2].what == rt::input_file::kind::data); // held: read whole by the loader
   CHECK(stamp.files[2].path == (folder.path() / "unit.csv").string());
   CHECK(stamp.files[2].sha256 == rt::sha256_hex(units));
   CHECK(stamp.files[3].path == (folder.path() / "pegawai.csv").string()); // streamed
   CHECK(stamp.files[3].sha256 == rt::sha256_hex(roster));
}

} // namespace ind
