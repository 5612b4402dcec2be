// Runtime values. A value is a number, a truth value, a text, a period, or "not available":
// a missing value carries the reason and the place that caused it, so that a figure that
// cannot be computed is reported as such, with its cause, and never as zero. An aggregate with
// `menurut` gives a grouped value: one result per group of rows.
#pragma once

#include "lang/diagnostic.hpp"
#include "runtime/core.hpp"

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace ind::rt {

struct missing
{
   enum class kind : unsigned char
   {
      no_data_for_period, // the data holds no rows for the period asked
      empty_cell,         // a cell written as "-", "n/a" or left empty
      division_by_zero,
      no_target,          // no target written for the period
      unclassified,       // a value in no band (a gap) or in two (an overlap)
      no_match,           // a lookup or a choice found nothing
      not_computed,       // a figure the rules do not define (no budget, no scale)
      incomplete,         // a sum that lacks one of its parts (a budget line without realisasi)
   };
   kind why = kind::not_computed;
   std::string reason; // Indonesian, complete sentence fragment: "pagu 0 pada kode A"
   lang::place at;
};

// A division whose divisor is 0, `what` saying which ("pagu 0", "x bernilai 0").
inline missing division_by_zero(lang::span where, const std::string& what)
{
   return missing{missing::kind::division_by_zero, "pembagian dengan nol (" + what + ")", where};
}

struct grouped;

class value
{
 public:
   value() : m_data(missing{}) {}
   value(missing m) : m_data(std::move(m)) {}             // NOLINT: implicit by design
   value(decimal d) : m_data(std::move(d)) {}             // NOLINT
   value(bool b) : m_data(b) {}                           // NOLINT
   value(std::string s) : m_data(std::move(s)) {}         // NOLINT
   value(period p) : m_data(p) {}                         // NOLINT
   value(std::shared_ptr<const grouped> g) : m_data(std::move(g)) {} // NOLINT

   bool is_missing() const { return std::holds_alternative<missing>(m_data); }
   bool is_number() const { return std::holds_alternative<decimal>(m_data); }
   bool is_bool() const { return std::holds_alternative<bool>(m_data); }
   bool is_text() const { return std::holds_alternative<std::string>(m_data); }
   bool is_period() const { return std::holds_alternative<period>(m_data); }
   bool is_grouped() const { return std::holds_alternative<std::shared_ptr<const grouped>>(m_data); }

   const missing& as_missing() const { return std::get<missing>(m_data); }
   const decimal& as_number() const { return std::get<decimal>(m_data); }
   bool as_bool() const { return std::get<bool>(m_data); }
   const std::string& as_text() const { return std::get<std::string>(m_data); }
   const period& as_period() const { return std::get<period>(m_data); }
   const grouped& as_grouped() const { return *std::get<std::shared_ptr<const grouped>>(m_data); }

   friend bool operator==(const value& a, const value& b);

   // Short human text for traces and messages: "77,315", "benar", "\"PNS\"", "2024",
   // "tidak tersedia".
   std::string describe() const;

 private:
   std::variant<missing, decimal, bool, std::string, period, std::shared_ptr<const grouped>> m_data;
};

// `v` rounded half-up to `places` decimals: a number, or each group's number of a grouped value;
// anything else unchanged.
value round_value(const value& v, int places);

// The result of an aggregate per group: the groups in the order of their keys (numbers by value,
// texts by their bytes, the bands of a `kelas` key in the order of the scale).
struct grouped
{
   struct group
   {
      std::vector<value> key; // one value per `menurut` key
      value result;           // the aggregate over the group's rows; may be missing
      std::uint64_t rows = 0; // rows of the group that passed the filter
   };
   std::vector<std::string> key_names; // the key's column name, or its formula as written
   std::vector<group> groups;

   friend bool operator==(const grouped& a, const grouped& b);
};

// The first missing value among the arguments, if any: a figure built from a value that is not
// available is not available either, for the same reason.
inline const value* first_missing(std::initializer_list<const value*> values)
{
   for (const value* v : values) {
      if (v->is_missing()) {
         return v;
      }
   }
   return nullptr;
}

} // namespace ind::rt
