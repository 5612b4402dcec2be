// What an aggregate keeps of the rows it has seen, shared by both ways of computing aggregates:
// the evaluator walking the rows of a table held in memory, and the roster engine streaming a
// file (runtime/roster/engine.hpp). Both feed rows into an aggregate_state and ask it for the
// value at the end, so that empty groups, empty tables, missing values and lookups come out the
// same whichever engine read the rows.
//
// Memory is bounded by what the aggregate needs, never by the number of rows: a count, an exact
// sum, the two extremes, the set of different values for hitung_unik, one row for ambil, and one
// such state per group of `menurut`. The exception is the aggregates that keep every value they are
// given (kept::values in lang/builtins.hpp: median, modus), in a kept_values store. Two states of
// the same aggregate over consecutive parts of a table merge exactly (sums of exact decimals are
// exact in any order), which is how the engine uses several cores.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"
#include "core/scaled.hpp"
#include "runtime/aggregate/kept_values.hpp"
#include "runtime/value.hpp"

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ind::rt::agg {

// The kernel's types, under the names the aggregation code and its tests use.
using rt::fixed;
using rt::i128;

decimal to_decimal(fixed x);
// An exact decimal from a 128-bit coefficient and its scale.
decimal to_decimal(i128 coef, std::int32_t scale);

// An exact sum: a 128-bit scaled integer while it fits, a decimal beyond.
class exact_sum
{
 public:
   void add(fixed x);
   void add(const decimal& x);
   void merge(const exact_sum& other);
   decimal total() const;

 private:
   i128 m_coef = 0;
   std::int32_t m_scale = 0;
   decimal m_rest; // what did not fit, and every addend that was not a `fixed`
};

// Canonical bytes of a value for grouping and counting different values: equal values give
// equal bytes (77,30 and 77,3 alike), values of different kinds never do.
void append_key(std::string& out, const value& v);
void append_key_text(std::string& out, std::string_view text);
void append_key_number(std::string& out, fixed x);
void append_key_bool(std::string& out, bool b);
void append_key_period(std::string& out, const period& p);

// FNV-1a: keys of groups and distinct values are a few bytes long, and hashed once per row.
struct string_hash
{
   using is_transparent = void;
   std::size_t operator()(std::string_view s) const noexcept
   {
      std::uint64_t h = 14695981039346656037ull;
      for (const char c : s) {
         h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      }
      return static_cast<std::size_t>(h ^ (h >> 29));
   }
};

// The rows one aggregate has counted so far, for one group (or the whole table).
class accumulator
{
 public:
   explicit accumulator(lang::ir::aggregate_kind kind) : m_kind(kind) {}

   // A row that passed the filter; then, for the kinds that take a value, one of the add().
   void match() { ++m_matched; }
   void add(fixed x);
   void add(const decimal& x);
   // hitung_unik: the key bytes of the row's value (see append_key).
   void add_distinct(std::string_view key);
   // ambil: the value of a matching row, or (value not at hand) where to find it again.
   void add_lookup(std::optional<value> v, std::uint64_t ordinal);

   // `later` counted rows that come after this one's.
   void merge(const accumulator& later);

   std::uint64_t matched() const { return m_matched; }

 private:
   friend class aggregate_state;

   void keep_extreme(const decimal& x);

   lang::ir::aggregate_kind m_kind;
   std::uint64_t m_matched = 0;
   exact_sum m_sum;
   // Extremes: a fixed while every value was one, a decimal once any was not.
   bool m_has_best = false;
   fixed m_best_fixed;
   std::optional<decimal> m_best;
   std::unordered_set<std::string, string_hash, std::equal_to<>> m_distinct;
   kept_values m_kept; // kept::values: every value
   std::optional<value> m_first;                // ambil: the first matching row's value
   std::uint64_t m_first_at = 0;
};

// One aggregate over the rows of one table in one period: the rows seen, the first row that made
// it not available, and one accumulator per group (a single one without `menurut`).
class aggregate_state
{
 public:
   static constexpr std::uint64_t nowhere = std::numeric_limits<std::uint64_t>::max();

   explicit aggregate_state(const lang::ir::aggregate& a);

   void count_row() { ++m_rows; }
   // The accumulator of the one group, without `menurut`.
   accumulator& single() { return m_groups.front().acc; }
   // The accumulator of the group with these key bytes; `key_values` gives its key when the
   // group is new.
   accumulator& group(std::string_view key, const std::function<std::vector<value>()>& key_values);

   // A value the aggregate needs is missing at row `ordinal` (rows are numbered in file order):
   // the aggregate is not available. `why` is the missing value when the caller has it; otherwise
   // finish() asks for it again.
   void fail(std::uint64_t ordinal, std::optional<value> why = std::nullopt);
   bool failed() const { return m_failed_at != nowhere; }

   // `later` saw the rows that follow this state's rows.
   void merge(aggregate_state&& later);

   // At most `limit` groups are kept: the rows of any other group are counted nowhere, and
   // group_beyond() says where the first of them was. Keeps the memory of a scan bounded.
   void limit_groups(std::size_t limit) { m_group_limit = limit; }
   // Groups made (or refused) since the last call began at row `ordinal`.
   void started_groups(std::uint64_t ordinal)
   {
      for (; m_stamped < m_groups.size(); ++m_stamped) {
         m_groups[m_stamped].first = ordinal;
      }
      if (m_refused) {
         m_full_at = std::min(m_full_at, ordinal);
         m_refused = false;
      }
   }
   // With more groups than limit_groups() allows: the row, in file order, that began the first
   // group too many, the same however the rows were split into parts that each had that limit
   // (rows the aggregate no longer reads, after the first that lacked a value, do not count).
   std::optional<std::uint64_t> group_beyond() const;

   std::uint64_t rows() const { return m_rows; }

   // The aggregate's value. `row_outcome(ordinal)` evaluates the aggregate's key, filter and
   // value on that one row again and gives the first missing one (or the value): the engine
   // keeps row numbers, not reasons, for the rare rows that lack something.
   value finish(const lang::ir::expr& e, const period& when, lang::diagnostic_sink& sink,
                const std::function<value(std::uint64_t)>& row_outcome) const;

 private:
   struct slot
   {
      std::vector<value> key;
      accumulator acc;
      std::uint64_t first = nowhere; // the row that began the group
   };

   value result(const accumulator& acc, const lang::ir::expr& e, lang::diagnostic_sink& sink,
                const std::function<value(std::uint64_t)>& row_outcome) const;
   value grouped_result(const lang::ir::expr& e, const period& when, lang::diagnostic_sink& sink,
                        const std::function<value(std::uint64_t)>& row_outcome) const;

   const lang::ir::aggregate* m_aggregate;
   std::uint64_t m_rows = 0;
   std::uint64_t m_failed_at = nowhere;
   std::optional<value> m_failure;
   std::vector<slot> m_groups;
   std::size_t m_stamped = 0; // groups whose first row is known
   std::size_t m_group_limit = std::numeric_limits<std::size_t>::max();
   bool m_refused = false;            // a group was refused since started_groups()
   std::uint64_t m_full_at = nowhere; // the first row whose group was refused
   std::optional<accumulator> m_refused_rows; // where their rows go
   std::unordered_map<std::string, std::size_t, string_hash, std::equal_to<>> m_index;
   // Rows of a roster come in runs of the same group often enough to remember the last one.
   std::string m_last_key;
   std::size_t m_last = 0;
   bool m_has_last = false;
};

// Why an aggregate over `t` has no rows: none for period `when`, or (no period given: the table
// has no period column and every row belongs to the period evaluated) none at all. A run without
// a period evaluates an internal one, which must not show.
missing no_rows(const lang::table& t, const std::optional<period>& when);

// The names under which a grouped value shows its keys: a column's name, the scale's name for
// kelas(skala; x), or the key as written.
std::vector<std::string> key_names(const lang::ir::aggregate& a);

} // namespace ind::rt::agg
