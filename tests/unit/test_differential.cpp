// The two ways ind computes a formula must agree: the evaluator on exact decimals, and the roster's
// row program on 64-bit scaled integers (falling back to the evaluator for a row it cannot hold).
// Every builtin of lang::builtins and every operator is run both ways over a table of boundary
// values: ties at ,5, scales 18 and 19, the extremes of the fast type, zero divisors, empty
// cells, period steps at the limit, `pilih` keys written at different scales, negative values and
// values repeated at another scale (2,5 and 2,50) for the aggregates that count or sort them.
// A figure that differs is named with its formula.
//
// Two levels: the shared operations (runtime/operations.hpp) on `fixed` against `decimal`, and
// whole rule files evaluated with the table held in memory against the same table streamed
// through the roster engine.
#include "support.hpp"

#include "lang/builtins.hpp"
#include "runtime/operations.hpp"
#include "runtime/roster/row_program.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace ind;
using core::decimal;
using rt::fixed;
namespace ops = rt::ops;

namespace {

// Boundary numbers as canonical text; each is read both as a decimal and, when it fits, a fixed.
const std::vector<std::string> boundary = {
   "0", "1", "-1", "2", "3", "7", "100", "0.5", "-0.5", "2.5", "-2.5", "3.5", "0.125", "-0.125",
   "0.135", "1.005", "0.000000000000000001", "-0.000000000000000001", "1.000000000000000005",
   "0.333333333333333333", "999999999999999999", "-999999999999999999",
   "99999999999999999.9", "9223372036854775807", "-9223372036854775807", "-9223372036854775808",
   "922337203685477580.7", "0.000000000000000002", "100000", "100001", "-100000", "-100001",
   "2.50"};

std::optional<fixed> as_fixed(const std::string& text)
{
   const auto d = decimal::parse(text);
   if (!d) {
      return std::nullopt;
   }
   std::deque<std::string> texts;
   const auto c = rt::roster::to_cell(rt::value(*d), texts);
   if (!c || c->t != rt::roster::tag::number) {
      return std::nullopt;
   }
   return c->n;
}

// The fast type's numbers, with the exact value of each; INT64 extremes are built directly (they
// have 19 digits, which to_cell does not read).
std::vector<std::pair<fixed, decimal>> numbers()
{
   std::vector<std::pair<fixed, decimal>> out;
   for (const std::string& t : boundary) {
      if (const auto f = as_fixed(t)) {
         out.emplace_back(*f, *decimal::parse(t));
      }
   }
   for (const fixed f : {fixed{std::numeric_limits<std::int64_t>::max(), 0},
                         fixed{std::numeric_limits<std::int64_t>::min(), 0},
                         fixed{std::numeric_limits<std::int64_t>::max(), 18},
                         fixed{std::numeric_limits<std::int64_t>::min(), 18},
                         fixed{5, 18}, fixed{-15, 1}, fixed{25, 1}}) {
      out.emplace_back(f, rt::agg::to_decimal(f));
   }
   return out;
}

// The fast result, when the fast type gave one, equals the exact one.
void same(ops::status fast, const fixed& fast_value, ops::status exact, const decimal& exact_value,
          const std::string& what)
{
   CAPTURE(what);
   if (fast == ops::status::exact_path) {
      CHECK(exact == ops::status::ok); // a zero divisor is the fast path's to say
      return;
   }
   REQUIRE(fast == exact);
   if (fast == ops::status::ok) {
      CHECK(rt::agg::to_decimal(fast_value).to_string(40) == exact_value.to_string(40));
   }
}

} // namespace

TEST_SUITE("differential")
{

TEST_CASE("differential: each operator and numeric builtin on fixed and on decimal")
{
   using bop = lang::ast::binary_op;
   const auto all = numbers();
   REQUIRE(all.size() > 30);
   std::size_t compared = 0;
   for (const auto& [fa, da] : all) {
      for (const auto& [fb, db] : all) {
         const std::string pair = da.to_string(40) + " ; " + db.to_string(40);
         for (const bop op : {bop::add, bop::subtract, bop::multiply, bop::divide}) {
            fixed f;
            decimal d;
            const ops::status fs = ops::arithmetic(op, fa, fb, f);
            const ops::status ds = ops::arithmetic(op, da, db, d);
            same(fs, f, ds, d, "operator " + std::to_string(static_cast<int>(op)) + ": " + pair);
            ++compared;
         }
         for (const bop op : {bop::equal, bop::not_equal, bop::less, bop::less_equal, bop::greater,
                              bop::greater_equal}) {
            CHECK(ops::holds(op, rt::scaled::compare(fa, fb)) ==
                  ops::holds(op, ops::num::compare(da, db)));
         }
         fixed f;
         decimal d;
         same(ops::percent(fa, fb, f), f, ops::percent(da, db, d), d, "persen " + pair);
         const std::array<fixed, 3> fl{fa, fb, fa};
         const std::array<decimal, 3> dl{da, db, da};
         for (std::size_t n : {1u, 2u, 3u}) {
            const auto fat = [&](std::size_t k) -> const fixed& { return fl[k]; };
            const auto dat = [&](std::size_t k) -> const decimal& { return dl[k]; };
            same(ops::sum<fixed>(n, fat, f), f, ops::sum<decimal>(n, dat, d), d, "jumlah " + pair);
            same(ops::mean<fixed>(n, fat, f), f, ops::mean<decimal>(n, dat, d), d, "rata " + pair);
            for (const bool least : {true, false}) {
               same(ops::status::ok, ops::extreme<fixed>(least, n, fat), ops::status::ok,
                    ops::extreme<decimal>(least, n, dat), "min/maks " + pair);
            }
         }
         for (const auto& [fc, dc] : all) {
            same(ops::status::ok, ops::clamp(fa, fb, fc), ops::status::ok, ops::clamp(da, db, dc),
                 "batas " + pair + " ; " + dc.to_string(40));
         }
         for (const bop op : {bop::add, bop::subtract}) {
            int fsteps = 0;
            int dsteps = 0;
            const auto fstep = ops::period_step(op, fb, fsteps);
            CHECK(fstep == ops::period_step(op, db, dsteps));
            CHECK(fsteps == dsteps);
         }
      }
      fixed f;
      decimal d;
      same(ops::absolute(fa, f), f, ops::absolute(da, d), d, "mutlak " + da.to_string(40));
      same(ops::negate(fa, f), f, ops::negate(da, d), d, "negasi " + da.to_string(40));
      for (const lang::builtin& b : lang::builtins) {
         if (b.over_values != lang::ir::function::round &&
             b.over_values != lang::ir::function::round_even &&
             b.over_values != lang::ir::function::truncate) {
            continue;
         }
         for (int places = 0; places <= rt::scaled::max_fixed_scale; ++places) {
            const core::rounding mode = ops::rounding_of(*b.over_values);
            same(ops::status::ok, ops::round(fa, places, mode), ops::status::ok,
                 ops::round(da, places, mode),
                 std::string(b.name) + "(" + da.to_string(40) + "; " + std::to_string(places) +
                    ")");
         }
      }
   }
   CHECK(compared == all.size() * all.size() * 4);
}

} // TEST_SUITE

// ---------------------------------------------------------------- whole formulas, held, streamed

namespace {

// Row formulas over the columns x, y (numbers) and n (a period step) of the boundary table, per
// builtin that has a form over values; the others are aggregates (below) or read other figures
// (tepat, realisasi, target), which the row program leaves to the evaluator by the table's word.
const std::map<std::string_view, std::vector<std::string>> value_cases = {
   {"jumlah", {"jumlah(x; y)", "jumlah(x; y; 0,5)"}},
   {"rata", {"rata(x; y)", "rata(x; y; 1)"}},
   {"min", {"min(x; y)", "min(x; y; 0)"}},
   {"maks", {"maks(x; y)", "maks(x; y; 0)"}},
   {"bulat", {"bulat(x; 2)", "bulat(x; 0)", "bulat(x / y; 1)", "bulat(y; 18)"}},
   {"bulat_genap", {"bulat_genap(x; 2)", "bulat_genap(x; 0)", "bulat_genap(y; 1)"}},
   {"potong", {"potong(x; 2)", "potong(x; 0)", "potong(y; 1)"}},
   {"mutlak", {"mutlak(x)", "mutlak(y)"}},
   {"batas", {"batas(x; -1; y)", "batas(y; 0; 2,5)"}},
   {"persen", {"persen(x; y)", "persen(y; x)"}},
   {"tersedia", {"tersedia(x)", "tersedia(y / x)"}},
   {"jika_kosong", {"jika_kosong(x; y)", "jika_kosong(x / y; -1)"}},
   {"kelas", {"kelas(s; x)", "kelas(s; y)"}},
};

// Every operator, by its enumerator: a new one does not compile until it has a case here.
std::vector<std::string> operator_cases(lang::ast::binary_op op)
{
   using bop = lang::ast::binary_op;
   switch (op) {
   case bop::add:
      return {"x + y", "periode + n"};
   case bop::subtract:
      return {"x - y", "periode - n"};
   case bop::multiply:
      return {"x * y", "x * x"};
   case bop::divide:
      return {"x / y", "y / x", "x / 3"};
   case bop::equal:
      return {"x = y", "x = 2,5"};
   case bop::not_equal:
      return {"x != y"};
   case bop::less:
      return {"x < y"};
   case bop::less_equal:
      return {"x <= y"};
   case bop::greater:
      return {"x > y"};
   case bop::greater_equal:
      return {"x >= y"};
   case bop::logical_and:
      return {"x > 0 dan y > 0"};
   case bop::logical_or:
      return {"x > 0 atau y > 0"};
   }
   return {};
}

const std::vector<std::string> form_cases = {
   "-x",
   "tidak (x > y)",
   "jika x > y maka x lain y",
   // Keys written at other scales than the cells they match (2,50 and 2,5; 100,000 and 100).
   "pilih x { 2,50: \"dua setengah\"  0,000000000000000001: \"kecil\"  100,000: \"seratus\"  "
   "lainnya: \"lain\" }",
   "pilih x { -2,50: y / x  2,5: x * 2  lainnya: y }",
};

const char* boundary_rows =
   "id;k;x;y;n\n"
   "r01;a;2,5;0;1\n"
   "r02;a;-2,5;2;-1\n"
   "r03;b;0,125;0,5;100000\n"
   "r04;b;1,005;-0,5;100001\n"
   "r05;c;0,000000000000000001;3;-100000\n"
   "r06;c;0,0000000000000000001;7;-100001\n"
   "r07;d;999999999999999999;999999999999999999;1,5\n"
   "r08;d;-999999999999999999;0,000000000000000001;0\n"
   "r09;e;9223372036854775807;-1;2\n"
   "r10;e;;1;\n"
   "r11;f;2,50;2,5;3\n"
   "r12;f;100;;-3\n"
   "r13;g;0,135;0,000000000000000002;7\n"
   "r14;g;1,000000000000000005;0,333333333333333333;0\n"
   "r15;h;3,5;0,125;0\n"
   "r16;h;0;0;0\n"
   "r17;h;-0,000000000000000001;-999999999999999999;0\n"
   "r18;a;100,000;-2,50;-100000\n"
   // Group f repeats each of 2,5, 100 and -7 at another scale, and y repeats -0,5 and 3: the
   // most frequent values tie, and only numeric equality makes them so. Group h repeats 3,5,
   // beside 0 and -0,000000000000000001, which an equality blind to the last digit would join.
   "r19;f;2,5;-0,5;0\n"
   "r20;f;100,0;-0,50;0\n"
   "r21;f;-7;3;0\n"
   "r22;f;-7,00;3,0;0\n"
   "r23;h;3,50;0,1250;0\n";

struct generated
{
   std::string rules;
   std::vector<std::string> formulas; // of the derived columns c0, c1, ...
   // Each figure's formula by its id: v<i> takes the derived column c of table b<i> row by
   // row, a<j> is an aggregate.
   std::map<std::string, std::string> formula_of;
};

generated boundary_rules()
{
   generated g;
   for (const lang::builtin& b : lang::builtins) {
      if (!b.over_values || b.reads_figures || !value_cases.contains(b.name)) {
         continue;
      }
      for (const std::string& f : value_cases.at(b.name)) {
         g.formulas.push_back(f);
      }
   }
   for (int op = 0; op <= static_cast<int>(lang::ast::binary_op::logical_or); ++op) {
      for (const std::string& f : operator_cases(static_cast<lang::ast::binary_op>(op))) {
         g.formulas.push_back(f);
      }
   }
   g.formulas.insert(g.formulas.end(), form_cases.begin(), form_cases.end());

   // One table per formula, all reading the same file: the row program gives a row up to the
   // evaluator as a whole, so a formula that needs the exact path must not take the others along.
   std::string& r = g.rules;
   r = "instansi \"Uji dua jalur\"\n"
       "skala s \"S\" {\n  (~..0) \"negatif\"  [0..2,5) \"rendah\"  [2,5..100] \"tinggi\"  "
       "(100..~) \"besar\"\n}\n";
   for (std::size_t i = 0; i < g.formulas.size(); ++i) {
      const std::string t = "b" + std::to_string(i);
      r += "tabel " + t + " \"b.csv\" {\n  kolom id teks\n  kolom k teks\n  kolom x desimal\n"
           "  kolom y desimal\n  kolom n desimal\n  kolom c = " + g.formulas[i] + "\n}\n";
      r += "nilai v" + std::to_string(i) + " \"" + t + "\" = ambil(" + t + ".c menurut " + t +
           ".id)\n";
      g.formula_of["v" + std::to_string(i)] = "kolom c = " + g.formulas[i];
   }
   // The same rows without a derived column: a row of b0, b1, b2 whose formula needs the exact
   // path gives every value of the row to the evaluator; here only the cells beyond the fast type
   // do, so that the aggregates meet the fast type's own code.
   r += "tabel ag \"b.csv\" {\n  kolom id teks\n  kolom k teks\n  kolom x desimal\n"
        "  kolom y desimal\n  kolom n desimal\n}\n";
   // Each aggregate over the table: over a column with empty cells (which make it not
   // available), filtered, grouped, and over the rows where every value is there.
   int n = 0;
   for (const lang::builtin& b : lang::builtins) {
      if (!b.over_table) {
         continue;
      }
      const std::string name(b.name);
      const bool whole_table = b.over_table == lang::ir::aggregate_kind::count;
      for (const char* of : {"b0.x", "b1.y", "b2.c", "ag.x", "ag.y"}) {
         const std::string column(of);
         const std::string t = column.substr(0, 2);
         const std::string arg = whole_table ? t : column;
         for (const std::string& tail :
              {" menurut " + t + ".k", " dengan tersedia(" + t + ".y) menurut " + t + ".k",
               " dengan " + t + ".y > 0 menurut kelas(s; " + t + ".y)",
               " dengan tersedia(" + column + ") menurut " + t + ".k",
               " dengan tersedia(" + column + ")"}) {
            const std::string group = name == "ambil" ? " menurut " + t + ".id" : tail;
            const std::string formula = name + "(" + arg + group + ")";
            const std::string id = "a" + std::to_string(n++);
            g.formula_of[id] = formula;
            r += "nilai " + id + " \"" + name + "\" = " + formula + "\n";
         }
      }
   }
   return g;
}

} // namespace

TEST_SUITE("differential")
{

TEST_CASE("differential: every builtin and operator gives the same figures held and streamed")
{
   // The table lists every builtin over values that is not left to the evaluator.
   for (const lang::builtin& b : lang::builtins) {
      CAPTURE(b.name);
      CHECK((!b.over_values || b.reads_figures || value_cases.contains(b.name)));
   }
   const generated g = boundary_rules();
   test::data_folder folder({{"uji.ind", g.rules}, {"b.csv", boundary_rows}});
   const core::period when = core::period::of_year(2024);

   // The row program compiles every formula: otherwise the evaluator would be compared with
   // itself.
   auto e = test::evaluate(g.rules, folder.path(), when);
   REQUIRE(e->rules->program);
   CHECK(e->rules->places() == std::vector<std::string>{});
   REQUIRE_FALSE(e->rules->sink.has_errors());
   for (const auto& t : e->rules->program->tables) {
      rt::roster::compiler compiler(*e->eval, *t, when);
      for (std::size_t c = 0; c < t->columns.size(); ++c) {
         if (t->columns[c].derived()) {
            CAPTURE(t->name);
            CHECK(compiler.derive(c));
         }
      }
   }

   const test::engine_run held = test::run_through(folder.path() / "uji.ind", folder.path(), when,
                                                   false, 1, rt::on_error::skip);
   for (const unsigned threads : {1u, 2u}) {
      CAPTURE(threads);
      const test::engine_run streamed = test::run_through(
         folder.path() / "uji.ind", folder.path(), when, true, threads, rt::on_error::skip);
      CHECK(held.diagnostics == streamed.diagnostics);
      // Line by line, so that a failure names the figure.
      std::istringstream a(held.json);
      std::istringstream b(streamed.json);
      std::string la;
      std::string lb;
      std::string figure; // the figure being compared: its id and formula
      while (std::getline(a, la)) {
         if (la.starts_with("      \"id\": \"")) {
            const std::string id = la.substr(13, la.find('"', 13) - 13);
            figure = id + ": " + (g.formula_of.contains(id) ? g.formula_of.at(id) : "?");
         }
         CAPTURE(figure);
         REQUIRE(std::getline(b, lb));
         CHECK(la == lb);
      }
      CHECK_FALSE(std::getline(b, lb));
   }
   // Both really computed: figures known by hand (2,5 rounded half-up and to even).
   const auto figure = [&](const std::string& formula, const std::string& row) {
      const auto at = std::find(g.formulas.begin(), g.formulas.end(), formula);
      REQUIRE(at != g.formulas.end());
      const std::string id = "\"id\": \"v" + std::to_string(at - g.formulas.begin()) + "\"";
      const std::size_t group = held.json.find("\"id\": \"" + row + "\"", held.json.find(id));
      const std::size_t value = held.json.find("\"nilai\": ", group);
      return held.json.substr(value + 9, held.json.find('\n', value) - value - 9);
   };
   CHECK(figure("bulat(x; 0)", "r01") == "\"3\",");
   CHECK(figure("bulat_genap(x; 0)", "r01") == "\"2\",");
   CHECK(figure("x / y", "r01") == "null,");
   // An aggregate's figure, of the group whose key is written `key` (empty: the only figure).
   const auto aggregate = [&](const std::string& formula, const std::string& key) {
      const auto at = std::find_if(g.formula_of.begin(), g.formula_of.end(),
                                   [&](const auto& f) { return f.second == formula; });
      REQUIRE(at != g.formula_of.end());
      const std::size_t group = held.json.find(key, held.json.find("\"id\": \"" + at->first + "\""));
      const std::size_t value = held.json.find("\"nilai\": ", group);
      return held.json.substr(value + 9, held.json.find_first_of(",\n", value) - value - 9);
   };
   // Group f holds 2,5, 100 and -7 twice each (2,50, 100,0, -7,00): modus the least, -7; median
   // the mean of 2,5 and 2,50. Its y: -0,5 and 3 twice each, beside 2,5 once.
   CHECK(aggregate("modus(b0.x dengan tersedia(b0.x) menurut b0.k)", "\"k\": \"f\"") ==
         "\"-7\"");
   CHECK(aggregate("median(b0.x dengan tersedia(b0.x) menurut b0.k)", "\"k\": \"f\"") ==
         "\"2.5\"");
   CHECK(aggregate("modus(b1.y dengan tersedia(b1.y) menurut b1.k)", "\"k\": \"f\"") ==
         "\"-0.5\"");
   CHECK(aggregate("modus(ag.x dengan tersedia(ag.x) menurut ag.k)", "\"k\": \"h\"") ==
         "\"3.5\"");
   // The whole column: 2,5 and 100 three times each, at three scales: 2,5.
   CHECK(aggregate("modus(b0.x dengan tersedia(b0.x))", "") == "\"2.5\"");
   CHECK(aggregate("hitung_unik(b0.x dengan tersedia(b0.x))", "") == "\"16\"");
}

} // TEST_SUITE
