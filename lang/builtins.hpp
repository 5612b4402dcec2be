// The built-in functions of the language, in one table: what a call is named, how many arguments
// it takes, its form over the rows of a table, the type and unit of its result, and whether a
// percentage stays one through it. Resolution, the unit check, the report model and the row
// compiler all read this table; nothing else recognises a builtin by its name.
//
// What a builtin computes is defined once, for both numeric representations, in
// runtime/operations.hpp (values) and runtime/aggregate/accumulate.cpp (rows of a table).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace ind::lang::ir {

// Functions over values.
enum class function : unsigned char
{
   sum,          // jumlah(a; b; ...)
   mean,         // rata(a; b; ...)
   min,          // min(a; b; ...)
   max,          // maks(a; b; ...)
   round,        // bulat(x; n): half-up
   round_even,   // bulat_genap(x; n)
   truncate,     // potong(x; n)
   abs,          // mutlak(x)
   clamp,        // batas(x; bawah; atas)
   percent,      // persen(a; b) = a / b * 100
   available,    // tersedia(x)
   if_missing,   // jika_kosong(x; pengganti)
   exact,        // tepat(x): a rounded figure before its rounding
   realisasi_at,   // realisasi(indikator; periode), realisasi(indikator): of the period evaluated
   target_at,      // target(indikator; periode), target(indikator), target(indikator; periode; versi)
   achievement_at, // capaian(indikator; periode), capaian(indikator): as the indicator's own
   // realisasi_tw(indikator; periode): the period's own realisasi, not the one to date that
   // `realisasi` reads for an indicator with `kumulatif`; capaian_tw: that against the period's
   // own written target
   own_realisasi_at,
   own_achievement_at,
   classify,     // kelas(skala; x): the label of the band x falls in
};

// Functions over the rows of a table.
enum class aggregate_kind : unsigned char
{
   sum,            // jumlah(t.kolom)
   mean,           // rata(t.kolom)
   min,            // min(t.kolom)
   max,            // maks(t.kolom)
   count,          // hitung(t)
   lookup,         // ambil(t.kolom dengan ...): the one matching row
   count_distinct, // hitung_unik(t.kolom): how many different values
   median,         // median(t.kolom): the middle value, or the mean of the two middle ones
   modus,          // modus(t.kolom): the most frequent value, the least of those as frequent
};
// The last enumerator, for the check at the end of this file that every kind has its row.
inline constexpr aggregate_kind last_aggregate_kind = aggregate_kind::modus;

} // namespace ind::lang::ir

namespace ind::lang {

// The type of a call's result.
enum class result_rule : unsigned char
{
   number,
   text,       // kelas()
   boolean,    // tersedia()
   either_arg, // jika_kosong(): the type of whichever argument has one
   row_value,  // ambil(): the type of the column taken
};

// The unit (rupiah, percent, ...) of a call's result, from its arguments' units; over a table the
// argument is the column.
enum class unit_rule : unsigned char
{
   common,  // all arguments in one unit (a warning otherwise), the result in it
   first,   // the first argument's unit
   percent, // always a percentage
   none,    // no unit: a count, a label, a truth value
};

// What an aggregate keeps of the rows it counts (runtime/aggregate/accumulate.hpp); both engines
// feed a row's value into the accumulator by this word, never by the aggregate's name.
enum class kept : unsigned char
{
   count,    // the number of matching rows only: hitung; every builtin that is no aggregate
   sum,      // an exact running sum (and the count): jumlah, rata
   extreme,  // the least or the greatest number so far: min, maks
   values,   // every number, sorted when the result is asked for: median, modus
   distinct, // the set of different values, of any type: hitung_unik
   first,    // the first matching row's value, of any type: ambil
};

struct builtin
{
   std::string_view name;
   // The function over values; none for a builtin that only exists over a table.
   std::optional<ir::function> over_values;
   // The aggregate a call with one argument naming a table or a column means.
   std::optional<ir::aggregate_kind> over_table;
   // Over a table: what the aggregate keeps of each matching row's value.
   kept keeps = kept::count;
   int min_args = 1;
   int max_args = 1; // -1: any number
   result_rule result = result_rule::number;
   unit_rule unit = unit_rule::first;
   // Applied to a percentage, the result is still one (bulat(persen(a; b); 2)): the report model
   // shows such a figure as a percentage.
   bool keeps_percent = false;
   // It reads other figures or periods than the row's: the row program leaves it to the
   // evaluator.
   bool reads_figures = false;
   // Over a table: the label of the total the report can show under the column; empty: none.
   std::string_view column_total;
};

using ir::aggregate_kind;
using ir::function;

// clang-format off
inline constexpr std::array builtins{
   //      name           values                    table                           keeps           args     result                   unit               keeps%  figures column total
   builtin{"jumlah",      function::sum,            aggregate_kind::sum,            kept::sum,      1, -1, result_rule::number,     unit_rule::common,  false, false, "Jumlah"},
   builtin{"rata",        function::mean,           aggregate_kind::mean,           kept::sum,      1, -1, result_rule::number,     unit_rule::common,  false, false, "Rata-rata"},
   builtin{"min",         function::min,            aggregate_kind::min,            kept::extreme,  1, -1, result_rule::number,     unit_rule::common,  false, false, "Terkecil"},
   builtin{"maks",        function::max,            aggregate_kind::max,            kept::extreme,  1, -1, result_rule::number,     unit_rule::common,  false, false, "Terbesar"},
   builtin{"hitung",      std::nullopt,             aggregate_kind::count,          kept::count,    1, 1,  result_rule::number,     unit_rule::none,    false, false, ""},
   builtin{"hitung_unik", std::nullopt,             aggregate_kind::count_distinct, kept::distinct, 1, 1,  result_rule::number,     unit_rule::first,   false, false, ""},
   builtin{"ambil",       std::nullopt,             aggregate_kind::lookup,         kept::first,    1, 1,  result_rule::row_value,  unit_rule::first,   false, false, ""},
   builtin{"median",      std::nullopt,             aggregate_kind::median,         kept::values,   1, 1,  result_rule::number,     unit_rule::common,  false, false, "Median"},
   builtin{"modus",       std::nullopt,             aggregate_kind::modus,          kept::values,   1, 1,  result_rule::number,     unit_rule::common,  false, false, "Modus"},
   builtin{"bulat",       function::round,          std::nullopt,                   kept::count,    2, 2,  result_rule::number,     unit_rule::first,   true,  false, ""},
   builtin{"bulat_genap", function::round_even,     std::nullopt,                   kept::count,    2, 2,  result_rule::number,     unit_rule::first,   true,  false, ""},
   builtin{"potong",      function::truncate,       std::nullopt,                   kept::count,    2, 2,  result_rule::number,     unit_rule::first,   true,  false, ""},
   builtin{"mutlak",      function::abs,            std::nullopt,                   kept::count,    1, 1,  result_rule::number,     unit_rule::first,   true,  false, ""},
   builtin{"batas",       function::clamp,          std::nullopt,                   kept::count,    3, 3,  result_rule::number,     unit_rule::common,  false, false, ""},
   builtin{"persen",      function::percent,        std::nullopt,                   kept::count,    2, 2,  result_rule::number,     unit_rule::percent, false, false, ""},
   builtin{"tersedia",    function::available,      std::nullopt,                   kept::count,    1, 1,  result_rule::boolean,    unit_rule::none,    false, false, ""},
   builtin{"jika_kosong", function::if_missing,     std::nullopt,                   kept::count,    2, 2,  result_rule::either_arg, unit_rule::first,   false, false, ""},
   builtin{"tepat",       function::exact,          std::nullopt,                   kept::count,    1, 1,  result_rule::number,     unit_rule::first,   true,  true,  ""},
   builtin{"realisasi",   function::realisasi_at,   std::nullopt,                   kept::count,    1, 2,  result_rule::number,     unit_rule::first,   false, true,  ""},
   builtin{"target",      function::target_at,      std::nullopt,                   kept::count,    1, 3,  result_rule::number,     unit_rule::first,   false, true,  ""},
   builtin{"capaian",     function::achievement_at, std::nullopt,                   kept::count,    1, 2,  result_rule::number,     unit_rule::percent, false, true,  ""},
   builtin{"realisasi_tw", function::own_realisasi_at, std::nullopt,                kept::count,    1, 2,  result_rule::number,     unit_rule::first,   false, true,  ""},
   builtin{"capaian_tw",  function::own_achievement_at, std::nullopt,              kept::count,    1, 2,  result_rule::number,     unit_rule::percent, false, true,  ""},
   builtin{"kelas",       function::classify,       std::nullopt,                   kept::count,    2, 2,  result_rule::text,       unit_rule::none,    false, false, ""},
};
// clang-format on

constexpr const builtin* find_builtin(std::string_view name)
{
   for (const builtin& b : builtins) {
      if (b.name == name) {
         return &b;
      }
   }
   return nullptr;
}

// The table's row of a function over values, and of an aggregate: every enumerator has one.
constexpr const builtin& builtin_of(ir::function fn)
{
   for (const builtin& b : builtins) {
      if (b.over_values == fn) {
         return b;
      }
   }
   return builtins.front(); // unreachable: checked below
}

constexpr const builtin& builtin_of(ir::aggregate_kind kind)
{
   for (const builtin& b : builtins) {
      if (b.over_table == kind) {
         return b;
      }
   }
   return builtins.front(); // unreachable: checked below
}

// What an aggregate keeps of its rows: its row's `keeps`, read from an array by kind, since both
// engines ask for every row they feed.
inline constexpr auto kept_by_kind = [] {
   std::array<kept, static_cast<std::size_t>(ir::last_aggregate_kind) + 1> out{};
   for (const builtin& b : builtins) {
      if (b.over_table) {
         out[static_cast<std::size_t>(*b.over_table)] = b.keeps;
      }
   }
   return out;
}();

constexpr kept keeps_of(ir::aggregate_kind kind)
{
   return kept_by_kind[static_cast<std::size_t>(kind)];
}

namespace detail {
constexpr bool every_function_has_a_row()
{
   for (int f = 0; f <= static_cast<int>(ir::function::classify); ++f) {
      if (builtin_of(static_cast<ir::function>(f)).over_values != static_cast<ir::function>(f)) {
         return false;
      }
   }
   for (int k = 0; k <= static_cast<int>(ir::last_aggregate_kind); ++k) {
      const auto kind = static_cast<ir::aggregate_kind>(k);
      if (builtin_of(kind).over_table != kind) {
         return false;
      }
   }
   return true;
}
} // namespace detail
static_assert(detail::every_function_has_a_row(),
              "every ir::function and ir::aggregate_kind needs its row in lang::builtins");

} // namespace ind::lang
