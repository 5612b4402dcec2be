// build_report: program + evaluator + period -> the figures of an LKjIP, ready to print. Every
// renderer (table, JSON, CSV, Markdown) prints this one model, so all formats agree figure for
// figure. Figures that cannot be computed carry the reason instead of a number.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"
#include "runtime/evaluator.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ind::rt::report {

// A number as it is printed: the value (already rounded as its rule says) and how many decimals
// to show; or no value and the reason.
struct number
{
   std::optional<decimal> value;
   int places = 0;
   std::string note;

   bool available() const { return value.has_value(); }
};

struct label
{
   std::optional<std::string> text;
   std::string note;
};

struct dated_number
{
   period when;
   number figure;
};

struct indicator_row
{
   std::string id;
   std::string name;
   std::string level; // tujuan, sasaran, ...
   std::string parent;
   std::string unit;
   std::string direction; // naik / turun
   number target;
   number realisasi;
   bool realisasi_from_data = false;
   number achievement;
   label achievement_band; // predikat
   label value_band;       // kategori
   bool has_budget = false;
   number budget_ceiling;
   number budget_realised;
   number absorption;
   number efficiency;
   label efficiency_band;
   std::vector<dated_number> targets; // every period with a target (Renstra and PK)
   std::vector<dated_number> history; // realisasi of the five years before, where known
};

struct value_row
{
   std::string id;
   std::string name;
   number figure;
};

struct budget_row
{
   std::string code;
   std::string name;
   std::size_t depth = 0; // 0 for programs, 1 for their kegiatan, ...
   number ceiling;
   number realised;
   number absorption;
   label band;
};

struct document
{
   std::string agency;
   period when;
   std::optional<int> renstra_from;
   std::optional<int> renstra_to;
   std::vector<indicator_row> indicators;
   std::vector<value_row> values;
   std::vector<budget_row> budget;
   std::optional<budget_row> budget_total;
};

document build(const lang::program& p, evaluator& eval, const period& when,
               lang::diagnostic_sink& sink);

} // namespace ind::rt::report
