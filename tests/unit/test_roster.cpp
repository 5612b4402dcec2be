// Aggregates over rows: grouping (menurut), distinct counts (hitung_unik), derived columns, and
// the accumulators shared by the evaluator and the roster engine, including the merge of two
// partial scans of one table.
#include "support.hpp"

#include "runtime/report/render.hpp"
#include "runtime/aggregate/accumulate.hpp"
#include "runtime/roster/engine.hpp"
#include "runtime/roster/group_memo.hpp"
#include "runtime/roster/source.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace ind;
using test::data_folder;
using test::text;
using files = std::map<std::string, std::string>;

namespace {

const char* roster_rules = R"(instansi "Uji"
tabel roster "roster.csv" {
  kolom jenis teks
  kolom unit teks
  kolom jp bulat
  kolom skor desimal
  kolom porsi = min(jp; 20) / 20 bulat 2
  kolom tinggi = skor > 80
}
skala kategori "Kategori" {
  (95..100] "Sangat Tinggi"  (80..95] "Tinggi"  (60..80] "Sedang"  [0..60] "Rendah"
}
nilai rata_jenis "Rata-rata per jenis" = rata(roster.skor menurut roster.jenis) bulat 2
nilai hitung_unit "Pegawai per jenis dan unit" = hitung(roster menurut jenis, unit)
nilai tinggi_per_jenis "Skor di atas 80 per jenis" = hitung(roster dengan tinggi menurut jenis)
nilai per_kategori "Pegawai per kategori" = hitung(roster menurut kelas(kategori; roster.skor))
nilai unit_berbeda "Unit kerja" = hitung_unik(roster.unit)
nilai unit_per_jenis "Unit kerja per jenis" = hitung_unik(roster.unit menurut roster.jenis)
nilai porsi "Jumlah porsi JP" = jumlah(roster.porsi)
nilai terendah "Skor terendah PPPK" = min(roster.skor dengan jenis = "PPPK")
)";

const files roster_data = {
   {"roster.csv", "jenis;unit;jp;skor\n"
                  "PNS;UK1;8;90,5\n"
                  "PPPK;UK2;20;61\n"
                  "PNS;UK1;40;70,25\n"
                  "PNS;UK3;3;80\n"
                  "PPPK;UK2;0;59,5\n"},
};

const rt::grouped& groups_of(const test::evaluated& e, const std::string& id)
{
   const lang::named_value* v = e.rules->program->find_value(id);
   REQUIRE(v);
   const rt::figure_value f = e.eval->named(*v, e.doc.when);
   REQUIRE(f.shown.is_grouped());
   return f.shown.as_grouped();
}

// "PNS=80.25 (3)" for each group.
std::vector<std::string> listed(const rt::grouped& g)
{
   std::vector<std::string> out;
   for (const auto& group : g.groups) {
      std::string key;
      for (const rt::value& k : group.key) {
         key += (key.empty() ? "" : "/") + (k.is_text() ? k.as_text() : k.describe());
      }
      const std::string result =
         group.result.is_number() ? group.result.as_number().to_string() : "-";
      out.push_back(key + "=" + result + " (" + std::to_string(group.rows) + ")");
   }
   return out;
}

std::string value_of(const test::evaluated& e, const std::string& id)
{
   for (const auto& v : e.doc.values) {
      if (v.id == id) {
         return text(v.figure);
      }
   }
   return "?";
}

} // namespace

TEST_CASE("grouping: one result per group, in key order, rounded per group")
{
   data_folder folder(roster_data);
   auto e = test::evaluate(roster_rules, folder.path(), core::period::of_year(2024));
   REQUIRE_FALSE(e->rules->sink.has_errors());
   const rt::grouped& means = groups_of(*e, "rata_jenis");
   CHECK(means.key_names == std::vector<std::string>{"jenis"});
   // PNS: (90,5 + 70,25 + 80) / 3 = 80,25; PPPK: (61 + 59,5) / 2 = 60,25
   CHECK(listed(means) == std::vector<std::string>{"PNS=80.25 (3)", "PPPK=60.25 (2)"});
   CHECK(listed(groups_of(*e, "hitung_unit")) ==
         std::vector<std::string>{"PNS/UK1=2 (2)", "PNS/UK3=1 (1)", "PPPK/UK2=2 (2)"});
   // A group keeps its place when no row passes the filter: PPPK has no score above 80.
   CHECK(listed(groups_of(*e, "tinggi_per_jenis")) ==
         std::vector<std::string>{"PNS=1 (1)", "PPPK=0 (0)"});
}

TEST_CASE("grouping: a kelas key lists every band of the scale, in the scale's order")
{
   data_folder folder(roster_data);
   auto e = test::evaluate(roster_rules, folder.path(), core::period::of_year(2024));
   const rt::grouped& bands = groups_of(*e, "per_kategori");
   CHECK(bands.key_names == std::vector<std::string>{"kategori"});
   CHECK(listed(bands) == std::vector<std::string>{"Sangat Tinggi=0 (0)", "Tinggi=1 (1)",
                                                   "Sedang=3 (3)", "Rendah=1 (1)"});
}

TEST_CASE("hitung_unik counts different values, per group too")
{
   data_folder folder(roster_data);
   auto e = test::evaluate(roster_rules, folder.path(), core::period::of_year(2024));
   CHECK(value_of(*e, "unit_berbeda") == "3");
   CHECK(listed(groups_of(*e, "unit_per_jenis")) ==
         std::vector<std::string>{"PNS=2 (3)", "PPPK=1 (2)"});
}

TEST_CASE("derived columns are computed per row with their rounding")
{
   data_folder folder(roster_data);
   auto e = test::evaluate(roster_rules, folder.path(), core::period::of_year(2024));
   // 8/20 + 20/20 + 20/20 + 3/20 + 0 = 0,4 + 1 + 1 + 0,15 + 0
   CHECK(value_of(*e, "porsi") == "2.55");
   CHECK(value_of(*e, "terendah") == "59.5");
}

TEST_CASE("grouping: a missing value makes the whole grouped value not available")
{
   files data = roster_data;
   data["roster.csv"] = "jenis;unit;jp;skor\nPNS;UK1;8;90,5\nPPPK;UK2;20;-\n";
   data_folder folder(data);
   auto e = test::evaluate(roster_rules, folder.path(), core::period::of_year(2024));
   const lang::named_value* v = e->rules->program->find_value("rata_jenis");
   const rt::value shown = e->eval->named(*v, e->doc.when).shown;
   REQUIRE(shown.is_missing());
   CHECK(shown.as_missing().reason == "sel kolom skor kosong (\"-\")");
}

TEST_CASE("accumulators: two partial scans merge into the scan of the whole")
{
   auto c = test::compile(roster_rules);
   REQUIRE(c->program);
   const lang::named_value* v = c->program->find_value("rata_jenis");
   const auto& a = std::get<lang::ir::aggregate>(v->value->node);
   const auto add = [](rt::agg::aggregate_state& s, const std::string& jenis, rt::agg::fixed x) {
      std::string key;
      rt::agg::append_key_text(key, jenis);
      s.count_row();
      auto& acc = s.group(key, [&] { return std::vector<rt::value>{rt::value(jenis)}; });
      acc.match();
      acc.add(x);
   };
   rt::agg::aggregate_state whole(a);
   rt::agg::aggregate_state first(a);
   rt::agg::aggregate_state second(a);
   const std::vector<std::pair<std::string, rt::agg::fixed>> rows = {
      {"PNS", {905, 1}}, {"PPPK", {61, 0}}, {"PNS", {7025, 2}}, {"PNS", {80, 0}}, {"PPPK", {595, 1}}};
   for (std::size_t i = 0; i < rows.size(); ++i) {
      add(whole, rows[i].first, rows[i].second);
      add(i < 2 ? first : second, rows[i].first, rows[i].second);
   }
   first.merge(std::move(second));
   lang::diagnostic_sink sink;
   const auto none = [](std::uint64_t) { return rt::value{}; };
   const rt::value merged = first.finish(*v->value, core::period::of_year(2024), sink, none);
   const rt::value direct = whole.finish(*v->value, core::period::of_year(2024), sink, none);
   CHECK(merged == direct);
   CHECK(listed(merged.as_grouped()) ==
         std::vector<std::string>{"PNS=80.25 (3)", "PPPK=60.25 (2)"});
   CHECK(first.rows() == 5);
}

TEST_CASE("accumulators: the row that begins one group too many, however the rows were parted")
{
   auto c = test::compile(roster_rules);
   REQUIRE(c->program);
   const lang::named_value* v = c->program->find_value("rata_jenis");
   const auto& a = std::get<lang::ir::aggregate>(v->value->node);
   const auto add = [](rt::agg::aggregate_state& s, const std::string& jenis, std::uint64_t row) {
      std::string key;
      rt::agg::append_key_text(key, jenis);
      s.count_row();
      auto& acc = s.group(key, [&] { return std::vector<rt::value>{rt::value(jenis)}; });
      acc.match();
      acc.add(rt::agg::fixed{1, 0});
      s.started_groups(row);
   };
   // Rows (at offsets 10, 20, ...) of groups a b a c b d e d: with at most 3 groups, d begins the
   // fourth, at row 60, whatever part reads it.
   const std::vector<std::string> keys = {"a", "b", "a", "c", "b", "d", "e", "d"};
   for (std::size_t cut = 0; cut <= keys.size(); ++cut) {
      CAPTURE(cut);
      rt::agg::aggregate_state first(a);
      rt::agg::aggregate_state second(a);
      first.limit_groups(3);
      second.limit_groups(3);
      for (std::size_t i = 0; i < keys.size(); ++i) {
         add(i < cut ? first : second, keys[i], 10 * (i + 1));
      }
      first.merge(std::move(second));
      CHECK(first.group_beyond() == std::optional<std::uint64_t>(60));
      rt::agg::aggregate_state roomy(a);
      rt::agg::aggregate_state rest(a);
      roomy.limit_groups(5);
      rest.limit_groups(5);
      for (std::size_t i = 0; i < keys.size(); ++i) {
         add(i < cut ? roomy : rest, keys[i], 10 * (i + 1));
      }
      roomy.merge(std::move(rest));
      CHECK(roomy.group_beyond() == std::nullopt);
   }
   // Rows after the first that lacks a value are not read: their groups do not count.
   rt::agg::aggregate_state failed(a);
   failed.limit_groups(2);
   for (std::size_t i = 0; i < 5; ++i) {
      add(failed, keys[i], 10 * (i + 1));
   }
   failed.fail(50);
   CHECK(failed.group_beyond() == std::optional<std::uint64_t>(40));
   rt::agg::aggregate_state early(a);
   early.limit_groups(2);
   for (std::size_t i = 0; i < 5; ++i) {
      add(early, keys[i], 10 * (i + 1));
   }
   early.fail(30);
   CHECK(early.group_beyond() == std::nullopt);
}

TEST_CASE("roster splitter: a row longer than the limit is refused without reading past it")
{
   rt::roster::record row;
   rt::roster::split_error error;
   const std::string ok = "aaaa;bb\n";
   rt::roster::splitter at_limit(ok, ';', 7);
   CHECK(at_limit.split(0, row, error));
   std::string long_row(20, 'x');
   long_row += '\n';
   rt::roster::splitter plain(long_row, ';', 8);
   CHECK_FALSE(plain.split(0, row, error));
   CHECK(error.code == "E-DATA-BATAS");
   std::string open_quote = "a;\"b\n";
   open_quote.append(40, 'c');
   open_quote += '\n';
   rt::roster::splitter quoted(open_quote, ';', 8);
   CHECK_FALSE(quoted.split(0, row, error));
   CHECK(error.code == "E-DATA-BATAS");
   rt::roster::splitter roomy(open_quote, ';', 1024);
   CHECK_FALSE(roomy.split(0, row, error));
   CHECK(error.code == "E-DATA-CSV");
   const std::string closed = "a;\"b\nc\"\nd;e\n";
   rt::roster::splitter within(closed, ';', 8);
   REQUIRE(within.split(0, row, error));
   CHECK(row.end == 8);
}

TEST_CASE("roster source: a record starts after the first line feed outside quotes")
{
   const std::string csv = "h\n\"x\ny\";1\nz;\"\"\"q\n\";2\nw;3\n";
   data_folder folder(files{{"r.csv", csv}});
   rt::roster::mapped_file file;
   std::string error;
   REQUIRE(file.open(folder.path() / "r.csv", error));
   CHECK(file.record_start(0, false) == 2);
   CHECK(file.record_start(2, false) == csv.find(";1\n") + 3);
   // From inside the quotes of "x\ny": the line feed after them.
   CHECK(file.record_start(4, true) == csv.find(";1\n") + 3);
   const std::size_t third = csv.find("z;");
   CHECK(file.record_start(third, false) == csv.find(";2\n") + 3);
}

TEST_CASE("median: the middle value, the exact mean of the two middle ones, across parts and "
          "beyond 64 bits")
{
   auto c = test::compile(R"(instansi "Uji"
tabel t "t.csv" {
  kolom skor desimal
}
nilai m "Median" = median(t.skor)
)");
   REQUIRE(c->program);
   REQUIRE_FALSE(c->sink.has_errors());
   const lang::named_value* v = c->program->find_value("m");
   const auto& a = std::get<lang::ir::aggregate>(v->value->node);
   lang::diagnostic_sink sink;
   const auto none = [](std::uint64_t) { return rt::value{}; };
   const auto median = [&](const rt::agg::aggregate_state& s) {
      return s.finish(*v->value, core::period::of_year(2024), sink, none);
   };
   rt::agg::aggregate_state empty(a);
   empty.count_row();
   CHECK(median(empty).is_missing());

   // 1; 0,5; 0,333... ; 7 in two parts: the middle two are 0,5 and 1, whose exact mean is 0,75.
   rt::agg::aggregate_state first(a);
   rt::agg::aggregate_state second(a);
   for (auto* s : {&first, &first, &second, &second}) {
      s->count_row();
      s->single().match();
   }
   first.single().add(rt::agg::fixed{1, 0});
   first.single().add(rt::agg::fixed{5, 1});
   second.single().add(*core::decimal::divide(core::decimal(1), core::decimal(3)));
   second.single().add(rt::agg::fixed{7, 0});
   first.merge(std::move(second));
   CHECK(median(first).as_number().to_string() == "0.75");

   // An odd count, with a value beyond 64 bits in the middle.
   rt::agg::aggregate_state odd(a);
   for (const char* x : {"1", "92233720368547758070.5", "99999999999999999999999"}) {
      odd.count_row();
      odd.single().match();
      odd.single().add(core::decimal::parse(x).value());
   }
   CHECK(median(odd).as_number().to_string() == "92233720368547758070.5");
}

TEST_CASE("modus: the most frequent value, the least of those as frequent, equal across scales "
          "and parts")
{
   auto c = test::compile(R"(instansi "Uji"
tabel t "t.csv" {
  kolom skor desimal
}
nilai m "Modus" = modus(t.skor)
)");
   REQUIRE(c->program);
   REQUIRE_FALSE(c->sink.has_errors());
   const lang::named_value* v = c->program->find_value("m");
   const auto& a = std::get<lang::ir::aggregate>(v->value->node);
   lang::diagnostic_sink sink;
   const auto none = [](std::uint64_t) { return rt::value{}; };
   const auto modus = [&](const rt::agg::aggregate_state& s) {
      return s.finish(*v->value, core::period::of_year(2024), sink, none);
   };
   // Values fed to a state, fast ones as {coef, scale}, exact ones as text.
   using item = std::variant<rt::agg::fixed, const char*>;
   const auto state = [&](std::initializer_list<item> values) {
      rt::agg::aggregate_state s(a);
      for (const item& x : values) {
         s.count_row();
         s.single().match();
         if (const auto* f = std::get_if<rt::agg::fixed>(&x)) {
            s.single().add(*f);
         }
         else {
            s.single().add(core::decimal::parse(std::get<const char*>(x)).value());
         }
      }
      return s;
   };
   rt::agg::aggregate_state empty(a);
   empty.count_row();
   CHECK(modus(empty).is_missing());

   // 2,5 written three ways, fast and exact, in two parts, against 7 twice: 2,5.
   rt::agg::aggregate_state first = state({rt::agg::fixed{25, 1}, rt::agg::fixed{7, 0}});
   first.merge(state({"2.5000", rt::agg::fixed{250, 2}, rt::agg::fixed{7, 0}}));
   CHECK(modus(first).as_number().to_string() == "2.5");
   // As often: -3 twice, 2,5 twice, 7 twice: the least, -3, in any order of parts.
   rt::agg::aggregate_state tie = state({rt::agg::fixed{7, 0}, rt::agg::fixed{25, 1}});
   tie.merge(state({rt::agg::fixed{-30, 1}, rt::agg::fixed{7, 0}, "-3", "2.50"}));
   CHECK(modus(tie).as_number().to_string() == "-3");
   // Beyond 64 bits, and a value without a finite decimal expansion.
   rt::agg::aggregate_state big = state({"99999999999999999999999", "1", "99999999999999999999999.0"});
   CHECK(modus(big).as_number().to_string() == "99999999999999999999999");
   rt::agg::aggregate_state third = state({rt::agg::fixed{1, 0}});
   for (int i = 0; i < 2; ++i) {
      third.count_row();
      third.single().match();
      third.single().add(*core::decimal::divide(core::decimal(1), core::decimal(3)));
   }
   CHECK(modus(third).as_number().to_string(5) == "0.33333...");
}

TEST_CASE("kept values: sorted numerically across scales, as integers or exactly")
{
   const auto listed = [](const rt::agg::sorted_values& v) {
      std::string out;
      for (std::size_t i = 0; i < v.size(); ++i) {
         if (i > 0) {
            out += ' ';
         }
         out += v.at(i).to_string(40);
      }
      return out;
   };
   // Fast values only: 2,50 and 2,5 are one number, -3 sorts before -0,000000000000000001, and
   // the extremes of the fast type at scales 0 and 18 fit the common scale.
   rt::agg::kept_values fast;
   for (const rt::agg::fixed x :
        {rt::agg::fixed{250, 2}, rt::agg::fixed{-3, 0}, rt::agg::fixed{25, 1},
         rt::agg::fixed{std::numeric_limits<std::int64_t>::max(), 0},
         rt::agg::fixed{-1, 18}, rt::agg::fixed{std::numeric_limits<std::int64_t>::min(), 18}}) {
      fast.add(x);
   }
   const rt::agg::sorted_values a = fast.sorted();
   CHECK(listed(a) == "-9.223372036854775808 -3 -0.000000000000000001 2.5 2.5 "
                      "9223372036854775807");
   CHECK(a.same(3, 4));
   CHECK_FALSE(a.same(2, 3));
   // Only a part in order, as the median asks: the same values at those positions.
   const rt::agg::sorted_values part = fast.sorted(1, 3);
   CHECK(part.at(1).to_string(40) == "-3");
   CHECK(part.at(2).to_string(40) == "-0.000000000000000001");

   // One exact value (a third) among them: every value is compared exactly, in the same order.
   rt::agg::kept_values later;
   later.add(*core::decimal::divide(core::decimal(1), core::decimal(3)));
   later.add(core::decimal::parse("2.500").value());
   fast.merge(later);
   CHECK(fast.size() == 8);
   const rt::agg::sorted_values b = fast.sorted();
   CHECK(listed(b).starts_with("-9.223372036854775808 -3 -0.000000000000000001 0.3333"));
   CHECK(b.at(4).to_string() == "2.5");
   const rt::agg::sorted_values exact_part = fast.sorted(3, 4);
   CHECK(exact_part.at(3).to_string(4) == "0.3333...");
   CHECK((b.same(4, 5) && b.same(5, 6)));
   CHECK_FALSE(b.same(6, 7));
}

TEST_CASE("accumulators: exact sums and extremes beyond 64 bits and across scales")
{
   rt::agg::exact_sum sum;
   for (int i = 0; i < 4; ++i) {
      sum.add(rt::agg::fixed{9'000'000'000'000'000'000, 0});
   }
   sum.add(rt::agg::fixed{5, 3});
   sum.add(core::decimal::parse("0.0000000000000000000001").value());
   CHECK(sum.total().to_string() == "36000000000000000000.0050000000000000000001");
   rt::agg::exact_sum other;
   other.add(rt::agg::fixed{-1, 1});
   sum.merge(other);
   CHECK(sum.total().to_string() == "35999999999999999999.9050000000000000000001");
   CHECK(rt::agg::to_decimal(rt::agg::i128{-123456789} * 1'000'000'000'000, 14).to_string() ==
         "-1234567.89");
}

TEST_CASE("accumulators: equal values give equal keys whatever their scale")
{
   std::string a;
   std::string b;
   rt::agg::append_key_number(a, {7730, 2});
   rt::agg::append_key(b, rt::value(core::decimal::parse("77.3").value()));
   CHECK(a == b);
   std::string t;
   rt::agg::append_key_text(t, "77.3");
   CHECK(t != a);
}

// ---------------------------------------------------------------- the roster engine

using test::engine_run;
using test::run_through;

TEST_CASE("roster engine: every example gives the same report streamed as held")
{
   const std::filesystem::path root = IND_SOURCE_DIR;
   struct example
   {
      const char* rules;
      const char* folder;
      int year;
   };
   for (const example& ex : {example{"kab-pasuruan.ind", "kab-pasuruan/2024", 2024},
                             example{"kab-pasuruan.ind", "kab-pasuruan/2024", 2023},
                             example{"kab-way-kanan.ind", "kab-way-kanan/2023", 2023},
                             example{"kota-blitar.ind", "kota-blitar/2023", 2023}}) {
      CAPTURE(ex.rules);
      CAPTURE(ex.year);
      const auto rules = root / "rules" / ex.rules;
      const auto folder = root / "examples" / ex.folder;
      const core::period when = core::period::of_year(ex.year);
      const engine_run held = run_through(rules, folder, when, false);
      const engine_run streamed = run_through(rules, folder, when, true);
      CHECK(held.json == streamed.json);
      CHECK(held.diagnostics == streamed.diagnostics);
   }
}

TEST_CASE("roster engine: the benchmark rules give the same figures streamed, held, on 1 or 2 "
          "threads, and as sqlite3 computes them")
{
   const std::filesystem::path root = IND_SOURCE_DIR;
   const auto rules = root / "examples" / "bench" / "ipasn-roster.ind";
   const auto folder = root / "examples" / "bench";
   const core::period latest = core::period::of_year(2999);
   const engine_run held = run_through(rules, folder, latest, false);
   const engine_run one = run_through(rules, folder, latest, true, 1);
   const engine_run two = run_through(rules, folder, latest, true, 2);
   CHECK(held.json == one.json);
   CHECK(one.json == two.json);
   // sqlite3 on examples/bench/roster.csv (bench/peer_sqlite.sh): all 200 at 62.76, PNS 116 at
   // 62.8, PPPK 84 at 62.7; 59 unit kerja; 2 above 90, 13 in (80, 90], 79 at or below 60.
   for (const char* figure : {"\"nilai\": \"62.76\"", "\"nilai\": \"62.80\"", "\"nilai\": \"62.70\"",
                              "\"nilai\": \"59\"", "\"nilai\": \"13\"", "\"nilai\": \"79\""}) {
      CHECK(one.json.find(figure) != std::string::npos);
   }
}

TEST_CASE("roster engine: a part boundary inside a quoted line break is scanned again")
{
   // A cell holding a line break must not make a part start inside a row (the file is smaller
   // than a part: tests/roster/differential.py cuts large files).
   std::string csv = "nama;nilai\n";
   for (int i = 0; i < 40000; ++i) {
      const std::string n = std::to_string(i);
      if (i % 997 == 0) {
         csv.append("\"baris\nkedua ").append(n).append("\"");
      }
      else {
         csv.append("p").append(n);
      }
      csv.append(";").append(std::to_string(i % 7)).append("\n");
   }
   data_folder folder(files{{"t.csv", csv}});
   const std::string rules_text = R"(instansi "Uji"
tabel t "t.csv" { kolom nama teks  kolom nilai bulat }
nilai jumlah "Jumlah" = jumlah(t.nilai)
nilai banyak "Banyak" = hitung(t)
nilai unik "Nama berbeda" = hitung_unik(t.nama)
)";
   std::ofstream(folder.path() / "uji.ind") << rules_text;
   const core::period when = core::period::of_year(2999);
   const engine_run held = run_through(folder.path() / "uji.ind", folder.path(), when, false);
   for (unsigned threads : {1u, 2u, 3u, 7u}) {
      CAPTURE(threads);
      const engine_run streamed =
         run_through(folder.path() / "uji.ind", folder.path(), when, true, threads);
      CHECK(streamed.json == held.json);
   }
   CHECK(held.json.find("\"nilai\": \"40000\"") != std::string::npos);
}

TEST_CASE("roster engine: median and modus are the same held and streamed in 1 to 3 parts")
{
   // 2,5 written as 2,5 and 2,50, and -1 as -1 and -1,0, each 2 rows in 5: modus -1 (the least of
   // the two), median 2,5. The file (about 2.4 MB) is cut into parts of at least 1 MiB.
   std::string csv = "k;nilai\n";
   const std::array<const char*, 5> cycle{"2,5", "2,50", "-1", "-1,0", "3"};
   const int rows = 200000;
   for (int i = 0; i < rows; ++i) {
      csv.append(i % 3 == 0 ? "a" : "b").append(";").append(cycle[static_cast<std::size_t>(i % 5)]);
      csv.append("\n");
   }
   data_folder folder(files{{"t.csv", csv}});
   std::ofstream(folder.path() / "uji.ind") << R"(instansi "Uji"
tabel t "t.csv" { kolom k teks  kolom nilai desimal  kolom dua = nilai * 2 }
nilai mo "Modus" = modus(t.nilai)
nilai me "Median" = median(t.nilai)
nilai mo_dua "Modus dua kali" = modus(t.dua dengan k = "a")
nilai mo_k "Modus per k" = modus(t.nilai menurut t.k)
nilai me_k "Median per k" = median(t.dua menurut t.k)
)";
   const core::period when = core::period::of_year(2999);
   const engine_run held = run_through(folder.path() / "uji.ind", folder.path(), when, false);
   for (unsigned threads : {1u, 2u, 3u}) {
      CAPTURE(threads);
      const engine_run streamed =
         run_through(folder.path() / "uji.ind", folder.path(), when, true, threads);
      CHECK(streamed.json == held.json);
   }
   const auto figure = [&](const std::string& id) {
      const std::size_t at = held.json.find("\"nilai\": ", held.json.find("\"id\": \"" + id + "\""));
      return held.json.substr(at + 9, held.json.find_first_of(",\n", at) - at - 9);
   };
   CHECK(figure("mo") == "\"-1\"");
   CHECK(figure("me") == "\"2.5\"");
   CHECK(figure("mo_dua") == "\"-2\"");
}

TEST_CASE("roster engine: a bad cell stops with its place, or its row is skipped and listed")
{
   data_folder folder(files{{"t.csv", "jenis;nilai\nPNS;1\nPNS;2,5x\nPPPK;3\nPPPK;abc\nPNS;-\n"}});
   std::ofstream(folder.path() / "uji.ind") << R"(instansi "Uji"
tabel t "t.csv" { kolom jenis teks  kolom nilai desimal }
nilai jumlah "Jumlah" = jumlah(t.nilai dengan jenis = "PPPK")
nilai banyak "Banyak" = hitung(t menurut t.jenis)
)";
   const auto rules = folder.path() / "uji.ind";
   const core::period when = core::period::of_year(2999);
   const std::string file = (folder.path() / "t.csv").string();
   const engine_run stopped = run_through(rules, folder.path(), when, true);
   REQUIRE_FALSE(stopped.diagnostics.empty());
   CHECK(stopped.diagnostics.front() ==
         file + ":3:5 E-DATA-NILAI '2,5x' pada kolom nilai bukan angka desimal");
   const engine_run skipped = run_through(rules, folder.path(), when, true, 2, rt::on_error::skip);
   CHECK(skipped.diagnostics ==
         std::vector<std::string>{
            file + ":3:5 W-DATA-LEWAT '2,5x' pada kolom nilai bukan angka desimal; baris dilewati",
            file + ":5:6 W-DATA-LEWAT 'abc' pada kolom nilai bukan angka desimal; baris dilewati",
            rules.string() + ":2:1 W-DATA-LEWAT 2 baris tabel t dilewati karena ada sel yang tidak terbaca "
            "(--on-error skip)"});
   // Held, the loader skips the same rows with the same words.
   const engine_run held = run_through(rules, folder.path(), when, false, 2, rt::on_error::skip);
   CHECK(held.json == skipped.json);
   CHECK(skipped.json.find("\"nilai\": \"3\"") != std::string::npos);
}

TEST_CASE("roster engine: an empty cell makes the figure not available, with the cell's place")
{
   data_folder folder(files{{"t.csv", "jenis;nilai\nPNS;1\nPPPK;2\nPNS;-\nPNS;4\n"}});
   std::ofstream(folder.path() / "uji.ind") << R"(instansi "Uji"
tabel t "t.csv" { kolom jenis teks  kolom nilai desimal }
nilai rata "Rata-rata" = rata(t.nilai)
nilai pppk "PPPK" = jumlah(t.nilai dengan jenis = "PPPK")
)";
   const core::period when = core::period::of_year(2999);
   const auto rules = folder.path() / "uji.ind";
   const engine_run held = run_through(rules, folder.path(), when, false);
   const engine_run streamed = run_through(rules, folder.path(), when, true);
   CHECK(held.json == streamed.json);
   CHECK(streamed.json.find("sel kolom nilai kosong (\\\"-\\\")") != std::string::npos);
   CHECK(streamed.json.find("\"nilai\": \"2\"") != std::string::npos);
}

TEST_CASE("roster engine: cells read exactly as the loader reads them")
{
   // The engine reads plain cells itself and hands the others to the loader's reader; the two
   // must agree on every value, every missing marker and every error.
   const std::vector<std::string> cells = {
      "007", "12,5", "12.5", "1.234", "1.234.567", "-3", "+4", " 5 ", "Rp 1.000", "12%", "n/a",
      "-", "", "123456789012345678", "1234567890123456789", ",5", "5,", "0,000000000000000001",
      "99999999999999999,9", "1.234,56", "١٢", "\xC2\xA0" "8", "1,2,3", "0", "00,50"};
   std::string csv = "x;y;z\n";
   for (const std::string& c : cells) {
      csv += c + ";" + c + ";" + c + "\n";
   }
   data_folder folder(files{{"t.csv", csv}});
   std::ofstream(folder.path() / "uji.ind") << R"(instansi "Uji"
tabel t "t.csv" { kolom x desimal  kolom y bulat  kolom z desimal titik }
nilai jx "x" = jumlah(t.x dengan tersedia(x))
nilai jy "y" = jumlah(t.y dengan tersedia(y))
nilai jz "z" = jumlah(t.z dengan tersedia(z))
nilai mx "x terbesar" = maks(t.x dengan tersedia(x))
nilai ux "x berbeda" = hitung_unik(t.x dengan tersedia(x))
nilai n "baris" = hitung(t)
)";
   const auto rules = folder.path() / "uji.ind";
   const core::period when = core::period::of_year(2999);
   const engine_run held = run_through(rules, folder.path(), when, false, 1, rt::on_error::skip);
   const engine_run streamed = run_through(rules, folder.path(), when, true, 1, rt::on_error::skip);
   CHECK(held.json == streamed.json);
   CHECK(held.diagnostics == streamed.diagnostics);
}

TEST_CASE("roster engine: every stored cell is checked, in unused columns and other periods' rows")
{
   // jp is used by no rule; the rows of 2023 are not counted. Their cells are checked all the same,
   // streamed as held.
   const std::string header = "tahun;jenis;skor;jp\n";
   data_folder folder(files{{"t.csv", header + "2024;PNS;70,5;12\n2024;PNS;80;1x\n2023;PPPK;65;abc\n"
                                               "2024;PPPK;60,25;8\n2023;PNS;x9;4\n2024;PNS;75;20\n"}});
   data_folder one_bad(files{{"t.csv", header + "2024;PNS;70,5;12\n2023;PPPK;65;abc\n2024;PNS;75;20\n"}});
   const std::string rules_text = R"(instansi "Uji"
tabel t "t.csv" { kolom tahun periode  kolom jenis teks  kolom skor desimal  kolom jp bulat }
nilai banyak "Banyak" = hitung(t)
nilai skor "Skor" = jumlah(t.skor)
)";
   std::ofstream(folder.path() / "uji.ind") << rules_text;
   std::ofstream(one_bad.path() / "uji.ind") << rules_text;
   const core::period when = core::period::of_year(2024);
   const std::string file = (folder.path() / "t.csv").string();
   const std::string one_bad_file = (one_bad.path() / "t.csv").string();
   for (unsigned threads = 1; threads <= 4; ++threads) {
      CAPTURE(threads);
      const engine_run stopped = run_through(one_bad.path() / "uji.ind", one_bad.path(), when, true,
                                             threads);
      CHECK(stopped.diagnostics ==
            std::vector<std::string>{one_bad_file +
                                     ":3:14 E-DATA-NILAI 'abc' pada kolom jp bukan angka bulat"});
      const engine_run stopped_held =
         run_through(one_bad.path() / "uji.ind", one_bad.path(), when, false, threads);
      CHECK(stopped_held.diagnostics == stopped.diagnostics);

      const auto rules = folder.path() / "uji.ind";
      const engine_run skipped = run_through(rules, folder.path(), when, true, threads,
                                             rt::on_error::skip);
      const engine_run held = run_through(rules, folder.path(), when, false, threads,
                                          rt::on_error::skip);
      CHECK(skipped.diagnostics ==
            std::vector<std::string>{
               file + ":3:13 W-DATA-LEWAT '1x' pada kolom jp bukan angka bulat; baris dilewati",
               file + ":4:14 W-DATA-LEWAT 'abc' pada kolom jp bukan angka bulat; baris dilewati",
               file + ":6:10 W-DATA-LEWAT 'x9' pada kolom skor bukan angka desimal; baris dilewati",
               rules.string() + ":2:1 W-DATA-LEWAT 3 baris tabel t dilewati karena ada sel yang "
                                "tidak terbaca (--on-error skip)"});
      CHECK(held.diagnostics == skipped.diagnostics);
      CHECK(held.json == skipped.json);
      CHECK(skipped.json.find("\"nilai\": \"3\"") != std::string::npos);
      CHECK(skipped.json.find("\"nilai\": \"205.75\"") != std::string::npos);
   }
}

TEST_CASE("group memo: the last four groups by key, emptied when a group is made or refused")
{
   rt::agg::accumulator one(lang::ir::aggregate_kind::count);
   rt::agg::accumulator two(lang::ir::aggregate_kind::count);
   rt::agg::accumulator three(lang::ir::aggregate_kind::count);
   rt::roster::group_memo memo;
   CHECK(memo.find("PNS") == nullptr);
   memo.remember("PNS", &one, true);
   memo.remember("PPPK", &two, false);
   CHECK(memo.find("PNS") == &one);
   CHECK(memo.find("PPPK") == &two);
   CHECK(memo.find("PN") == nullptr);
   // Five keys in turn: the oldest is forgotten.
   for (const char* key : {"a", "b", "c"}) {
      memo.remember(key, &three, false);
   }
   CHECK(memo.find("PNS") == nullptr);
   CHECK(memo.find("PPPK") == &two);
   // A new group may have moved the others: only it is kept.
   memo.remember("d", &one, true);
   CHECK(memo.find("PPPK") == nullptr);
   CHECK(memo.find("d") == &one);
   memo.turn_off();
   CHECK(memo.off());
   CHECK(memo.find("d") == nullptr);
}

TEST_CASE("roster engine: rows with bytes beyond ASCII are trimmed and read as the loader reads them")
{
   // A no-break space around a number or a text is blank space; a bad number beside text beyond
   // ASCII is found in a column no rule uses too. Rows of plain ASCII around them take the fast path.
   const std::string nbsp = "\xC2\xA0";
   data_folder folder(files{{"t.csv", "nama;catatan;nilai;jp\nA;x;1;1\nB;" + nbsp + "\xC3\xA9;" +
                                         nbsp + "2" + nbsp + ";2\nC;\xC3\xA9t\xC3\xA9;4;4x\nD;\xC3\xA9;8;3\n"}});
   std::ofstream(folder.path() / "uji.ind") << R"(instansi "Uji"
tabel t "t.csv" { kolom nama teks  kolom catatan teks  kolom nilai desimal  kolom jp bulat }
nilai jumlah "Jumlah" = jumlah(t.nilai)
nilai unik "Catatan berbeda" = hitung_unik(t.catatan)
)";
   const auto rules = folder.path() / "uji.ind";
   const core::period when = core::period::of_year(2999);
   for (unsigned threads = 1; threads <= 2; ++threads) {
      CAPTURE(threads);
      const engine_run streamed = run_through(rules, folder.path(), when, true, threads,
                                              rt::on_error::skip);
      const engine_run held = run_through(rules, folder.path(), when, false, threads,
                                          rt::on_error::skip);
      CHECK(streamed.json == held.json);
      CHECK(streamed.diagnostics == held.diagnostics);
      CHECK(streamed.json.find("\"nilai\": \"11\"") != std::string::npos);
      CHECK(streamed.json.find("\"nilai\": \"2\"") != std::string::npos); // x and é: the blank trimmed
      REQUIRE(streamed.diagnostics.size() == 2);
      CHECK(streamed.diagnostics.front().find(":4:9 W-DATA-LEWAT '4x'") != std::string::npos);
   }
}
