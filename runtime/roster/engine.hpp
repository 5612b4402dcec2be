// The roster engine: aggregates over streamed tables (rosters of thousands to millions of rows,
// runtime/data/dataset.hpp) in one pass over the file, in memory that does not grow with it.
//
// When the evaluator first needs an aggregate over a roster for a period, the engine plans one
// scan of the file for that period holding that aggregate and every other aggregate over the same
// roster that depends only on the row and the period (the figures of the report), so that a
// report reads its roster once. Derived columns, filters, keys and values are compiled into one
// row program (row_program.hpp). Each row is split and every stored cell read and checked, as the
// loader checks a held table's, whether or not a formula uses it and whatever the row's period;
// then the program is run and every aggregate fed. The file is cut at row boundaries into one
// part per thread; the parts' aggregates merge exactly in file order. Only the aggregates are
// kept: a count, an exact sum, the extremes, the groups, the distinct values.
//
// A row the program cannot compute exactly (a number beyond 64 bits, a decimal that does not
// end) is computed by the evaluator; so is the reason a value is missing, for the one row an
// aggregate reports. A cell that does not read stops the run with its file, line, column and
// text, or, with on_error::skip, leaves its row out, counted and listed.
#pragma once

#include "lang/diagnostic.hpp"
#include "lang/program.hpp"
#include "runtime/data/dataset.hpp"
#include "runtime/evaluator.hpp"
#include "runtime/core.hpp"
#include "runtime/output_file.hpp"
#include "runtime/aggregate/accumulate.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ind::rt::roster {

// --rows: every row of one table, with its derived columns, written to a CSV file.
struct rows_request
{
   const lang::table* table = nullptr;
   period when; // the rows of this period
   std::filesystem::path path;
   locale loc = locale::id; // ';' and decimal comma, or ',' and decimal point
};

struct engine_options
{
   unsigned threads = 0;  // 0: one per core
   bool progress = false; // a progress line on standard error (only when it is a terminal)
   std::optional<rows_request> rows;
   // The smallest part a thread reads; 0: 1 MiB. Tests set it small to cut small files.
   std::size_t part_bytes = 0;
};

class engine final : public table_scanner
{
 public:
   engine(const lang::program& p, const dataset& data, evaluator& eval,
          lang::diagnostic_sink& sink, engine_options options);
   ~engine() override;

   std::optional<value> aggregate(const lang::ir::expr& e, const lang::ir::aggregate& a,
                                  const evaluator::env& scope) override;
   std::optional<std::uint64_t> row_count(const lang::table& t, const period& when) override;

   // Reads every streamed table no figure has read yet, checking each stored cell, so that a
   // bad cell in a table the report does not use is reported as it is for a held table (which
   // the loader reads whole). Called once the report is built, also after an error.
   void read_unread(const period& when);
   // Ends the run: the rows asked for with --rows are written (a scan of its own if no other
   // scan of that period wrote them) and the file put in place. false after an error.
   bool finish(const period& when);
   // The SHA-256 of a streamed table's file as the engine read it; nullptr when it was not read.
   const std::string* digest(const lang::table& t) const
   {
      const auto it = m_digests.find(&t);
      return it == m_digests.end() ? nullptr : &it->second;
   }

   struct plan;
   struct outcome;

 private:
   outcome scan(plan& p);
   void compile(plan& p);
   void plan_siblings(plan& p);
   bool closed(const lang::ir::aggregate& a) const;
   bool simple(const lang::ir::aggregate& a) const;
   void report(const lang::table& t, outcome& o);
   value row_outcome(const plan& p, std::size_t target, std::uint64_t ordinal);

   struct done
   {
      const lang::ir::expr* e = nullptr;
      std::shared_ptr<plan> from;
      std::size_t target = 0;
      std::optional<value> result;
   };

   const lang::program& m_program;
   const dataset& m_data;
   evaluator& m_eval;
   lang::diagnostic_sink& m_sink;
   engine_options m_options;
   // Aggregates that depend only on the row and the period, scanned once per period.
   std::map<std::pair<const lang::ir::aggregate*, period>, done> m_done;
   std::map<std::pair<const lang::table*, period>, std::uint64_t> m_rows;
   std::set<const lang::table*> m_unreadable;      // a scan stopped at a cell that did not read
   std::set<const lang::table*> m_reported;        // its skipped rows already listed
   std::set<std::pair<const lang::table*, period>> m_planning; // scans being planned
   bool m_rows_written = false;
   std::map<const lang::table*, std::string> m_digests; // of each streamed table read
   output_file m_rows_output; // --rows, until finish() puts it in place
};

} // namespace ind::rt::roster
