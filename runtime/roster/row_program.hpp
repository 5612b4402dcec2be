// Row formulas compiled for the roster engine: the derived columns, filters, keys and values of
// the aggregates over one table, as one list of instructions over typed slots, run once per row.
//
// The slots hold what a row's formulas need without allocating: numbers as 64-bit scaled
// integers (`fixed`), texts as views into the row or into the program, truth values and periods.
// What does not depend on the row (literals, tetapan, other figures, whole aggregates of other
// tables) is computed once by the evaluator when the program is compiled. Rules (`aturan`) are
// inlined, their arguments computed once each, as the evaluator does.
//
// The program gives exactly what the evaluator gives, or gives up on the row: a number that does
// not fit 64 bits or whose decimal expansion does not end (1/3), an operation on a value of an
// unexpected kind. The engine then evaluates that row with the evaluator itself. A missing value
// is only marked missing here; its reason is computed again by the evaluator when the aggregate
// reports it.
#pragma once

#include "lang/program.hpp"
#include "runtime/evaluator.hpp"
#include "runtime/aggregate/accumulate.hpp"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ind::rt::roster {

enum class tag : std::uint8_t
{
   missing,
   number,
   boolean,
   text,
   period,
};

// One value of a row: 24 bytes, so that slots stay in cache and copy cheaply. Only the member
// named by the tag is meaningful.
struct cell
{
   tag t = tag::missing;
   bool b = false;
   union
   {
      fixed n;
      std::string_view text;
      core::period p;
   };

   cell() : n{} {}
};

// The cell as a runtime value (a missing cell becomes a missing value without a reason).
value to_value(const cell& c);
// The value as a cell, its text kept in `texts`; nullopt for a number that does not fit a fixed.
std::optional<cell> to_cell(const value& v, std::deque<std::string>& texts);

enum class op : std::uint8_t
{
   move,
   negate,
   logical_not,
   add,
   subtract,
   multiply,
   divide,
   equal,
   not_equal,
   less,
   less_equal,
   greater,
   greater_equal,
   jump,          // to imm
   and_left,      // a missing or false: dst = a, jump to imm
   or_left,       // a missing or true: dst = a, jump to imm
   both,          // dan whose right side needs no code: a missing or false: a; else b
   either,        // atau whose right side needs no code: a missing or true: a; else b
   branch,        // a missing: dst = a, jump to imm2; a false: jump to imm
   present,       // a not missing: dst = a, jump to imm (jika_kosong)
   available,     // dst = a is not missing
   choose,        // pilih: table imm; a missing: dst = a, jump to the table's end
   pick,          // pilih whose choices need no code: dst = the chosen slot of table imm
   select,        // jika whose branches need no code: a missing: dst = a; else b or c
   sum_of,        // list imm, c items
   mean_of,
   min_of,
   max_of,
   min_two,       // min(a; b) and maks(a; b): the common case without a list
   max_two,
   round,         // places imm, mode c
   absolute,
   clamp,         // a between b and c
   percent,       // a * 100 / b
   classify,      // scale table imm
};

struct instr
{
   op code;
   std::uint16_t dst = 0;
   std::uint16_t a = 0;
   std::uint16_t b = 0;
   std::uint16_t c = 0;
   std::int32_t imm = 0;
   std::int32_t imm2 = 0;
};

class row_program
{
 public:
   // Runs the program over `slots` (a copy of initial(), with the row's stored columns filled
   // in). false: the row needs the evaluator (see above).
   bool run(cell* slots) const;

   const std::vector<cell>& initial() const { return m_initial; }

 private:
   friend class compiler;

   struct choice_table
   {
      // A text key of at most eight bytes, its bytes in one integer: compared in one step.
      struct short_key
      {
         std::uint64_t bytes = 0;
         std::uint32_t size = 0;
         std::int32_t arm = 0;
      };
      std::vector<std::string_view> text_keys;
      std::vector<std::int32_t> text_arms;
      std::vector<short_key> short_keys; // the text keys of at most eight bytes, in order
      std::vector<fixed> number_keys;
      std::vector<std::int32_t> number_arms;
      std::int32_t otherwise = -1; // pc (or slot, for pick), or -1: no match is missing
      std::int32_t end = 0;

      void add_text(std::string_view key, std::int32_t arm);
      // The arm of the first key equal to `a` (a text or a number), or `otherwise`.
      std::int32_t arm(const cell& a) const;
   };
   struct band_table
   {
      struct band
      {
         std::optional<fixed> lower;
         bool lower_closed = false;
         std::optional<fixed> upper;
         bool upper_closed = false;
         std::string_view label;
      };
      std::vector<band> bands;
   };

   // The instructions over a list (sum_of ... max_of) and a scale (classify), which read the
   // program's tables.
   bool list_step(const instr& i, cell* s) const;
   void classify_step(const cell& a, std::int32_t scale, cell& dst) const;

   std::vector<instr> m_code;
   std::vector<cell> m_initial;
   std::vector<choice_table> m_choices;
   std::vector<band_table> m_scales;
   std::vector<std::vector<std::uint16_t>> m_lists;
   std::deque<std::string> m_texts; // texts of constants computed at compile time
};

// Compiles the formulas over one table for one period into one program. Slot i < columns is
// column i of the table; the stored ones are filled by the engine for each row, the derived ones
// are computed first, in declaration order.
class compiler
{
 public:
   // `args` and `subject`: where the aggregates sit inside a rule or an indicator's figure, what
   // their parameters and context names mean (evaluated once, like any value not of the row).
   compiler(evaluator& eval, const lang::table& t, const period& when,
            const std::vector<value>* args = nullptr, const lang::indicator* subject = nullptr);

   // The derived columns the given formulas need, transitively, in declaration order.
   static std::vector<std::size_t> needed_columns(const lang::table& t,
                                                  const std::vector<const lang::ir::expr*>& uses);

   // Emits the computation of derived column c (call in declaration order, before any formula
   // that uses it). false: it cannot be compiled.
   bool derive(std::size_t column);
   // The slot that holds e's value for the row; nullopt when e cannot be compiled (the engine
   // then evaluates it with the evaluator, row by row).
   std::optional<std::uint16_t> compile(const lang::ir::expr& e);

   row_program finish();

 private:
   struct frame
   {
      std::vector<std::uint16_t> params;
      std::vector<bool> from_row; // whether each parameter depends on the row
      std::vector<value> known;   // the parameters that do not (for the evaluator)
   };

   bool depends_on_row(const lang::ir::expr& e, const frame* f) const;
   // Compiles to a slot without any instruction: a value not of the row, a column, a parameter.
   bool needs_no_code(const lang::ir::expr& e, const frame* f) const;
   std::optional<std::uint16_t> expr(const lang::ir::expr& e, const frame* f);
   std::optional<std::uint16_t> constant(const value& v);
   std::optional<std::uint16_t> function(const lang::ir::function_call& fn, const frame* f);
   std::uint16_t slot();
   std::int32_t emit(const instr& i);
   std::int32_t pc() const { return static_cast<std::int32_t>(m_program.m_code.size()); }

   evaluator& m_eval;
   const lang::table& m_table;
   period m_when;
   const std::vector<value>* m_args;
   const lang::indicator* m_subject;
   std::size_t m_depth = 0;
   bool m_full = false; // more slots than an instruction can name
   row_program m_program;
};

} // namespace ind::rt::roster
