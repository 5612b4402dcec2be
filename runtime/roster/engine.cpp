#include "runtime/roster/engine.hpp"

#include "lang/walk.hpp"
#include "lang/limits.hpp"
#include "runtime/roster/group_memo.hpp"
#include "runtime/roster/row_program.hpp"
#include "runtime/roster/source.hpp"
#include "runtime/provenance.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <functional>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

namespace ind::rt::roster {

namespace ir = lang::ir;
namespace fs = std::filesystem;

// ---------------------------------------------------------------- plans and outcomes

struct engine::plan
{
   struct target
   {
      const ir::expr* e = nullptr;
      const ir::aggregate* a = nullptr;
      bool slow = false; // not compiled: every row by the evaluator
      std::vector<std::uint16_t> keys;
      std::optional<std::uint16_t> filter;
      std::optional<std::uint16_t> value;
   };

   const lang::table* table = nullptr;
   period when;
   const std::vector<rt::value>* args = nullptr;
   const lang::indicator* subject = nullptr;
   std::vector<target> targets;
   row_program program;
   bool all_slow = false; // a derived column the rows need does not compile
   // Every stored column, in declaration order: each cell of every row is read and checked, as
   // the loader does for a held table, whether or not a formula uses it.
   struct column_read
   {
      std::size_t column = 0;
      std::size_t field = 0;                 // its field in the file's records
      const lang::column* decl = nullptr;
      bool used = false; // the program reads it: a cell it cannot hold sends the row to the evaluator
   };
   std::vector<column_read> read;
   bool write_rows = false;
   std::vector<agg::aggregate_state> states; // after the scan, one per target
};

// A row that was left out (or stopped the scan): where, and why.
struct problem
{
   std::size_t offset = 0; // of the cell, or of the row
   std::size_t width = 1;  // characters of the cell
   std::string code;
   std::string message;
   std::string hint;
};

struct engine::outcome
{
   bool ok = true;           // false: the scan stopped (a cell that did not read, a CSV error)
   std::uint64_t rows = 0;   // rows of the period read
   std::uint64_t skipped = 0;
   std::vector<problem> problems; // the first rows left out, in file order
   std::optional<problem> fatal;  // what stopped the scan
};

namespace {

// Minimum bytes per part of a file scanned by several threads.
constexpr std::size_t min_part_bytes = 1024 * 1024;
// Pages of the file given back after every this many bytes read.
constexpr std::size_t release_every = 4 * 1024 * 1024;

enum class reading : unsigned char
{
   ok,
   bad,        // the cell does not read (read_cell says why)
   evaluator,  // it reads, but the row program cannot hold it: the row goes to the evaluator
};

// `s` without the blank space core::trim removes, for a cell known to be ASCII (no no-break
// space can be there).
[[gnu::always_inline]] inline std::string_view trim_ascii(std::string_view s)
{
   // Every blank byte is at most ' ': one comparison clears the usual cell.
   const auto maybe_blank = [](char c) {
      return static_cast<unsigned char>(c) <= ' ' && core::is_ascii_blank(c);
   };
   while (!s.empty() && maybe_blank(s.front())) {
      s.remove_prefix(1);
   }
   while (!s.empty() && maybe_blank(s.back())) {
      s.remove_suffix(1);
   }
   return s;
}

// A cell the fast path below does not read: through read_cell itself.
[[gnu::noinline]] reading read_general(std::string_view raw, const lang::column& c, cell& out,
                                       std::deque<std::string>& scratch)
{
   const cell_reading r = read_cell(raw, c, lang::place{});
   if (!r.code.empty()) {
      return reading::bad;
   }
   const std::optional<cell> converted = to_cell(r.read, scratch);
   if (!converted) {
      return reading::evaluator;
   }
   out = *converted;
   return reading::ok;
}

// A cell as read_cell reads it, without allocating for the usual cells: texts, 0/1, plain
// numbers. Anything else goes through read_cell itself. `ascii`: the cell is known to hold ASCII
// only, which is valid UTF-8. Inlined into the scan loop, where it runs for every cell.
[[gnu::always_inline]] inline reading read_fast(std::string_view raw, bool ascii,
                                                const lang::column& c, cell& out,
                                                std::deque<std::string>& scratch)
{
   const std::string_view t = ascii ? trim_ascii(raw) : trim(raw);
   using lang::ast::column_type;
   switch (c.type) {
   case column_type::text:
      if (!ascii && lang::invalid_utf8(t) != std::string_view::npos) {
         return reading::bad;
      }
      out.t = tag::text;
      out.text = t;
      return reading::ok;
   case column_type::boolean:
      if (t.size() == 1 && (t[0] == '0' || t[0] == '1')) {
         out.t = tag::boolean;
         out.b = t[0] == '1';
         return reading::ok;
      }
      break;
   case column_type::period:
      break;
   case column_type::decimal:
   case column_type::integer:
   case column_type::rupiah:
   case column_type::percent: {
      if (t.empty()) {
         out = cell{};
         return reading::ok;
      }
      const char point = c.style == lang::ast::number_style::point_decimal ? '.' : ',';
      std::int64_t coef = 0;
      std::int32_t scale = 0;
      int digits = 0;
      bool fraction = false;
      bool plain = true;
      for (std::size_t i = 0; i < t.size() && plain; ++i) {
         const char ch = t[i];
         if (ch >= '0' && ch <= '9') {
            // Eighteen digits always fit; a nineteenth goes to the general reader before it is
            // multiplied in, so the fast type never overflows.
            plain = ++digits <= 18;
            if (plain) {
               coef = coef * 10 + (ch - '0');
               scale += fraction ? 1 : 0;
            }
         }
         else if (ch == point && !fraction && i > 0 && i + 1 < t.size() &&
                  c.type != column_type::integer) {
            fraction = true;
         }
         else {
            plain = false;
         }
      }
      if (plain) {
         out.t = tag::number;
         out.n = {coef, scale};
         return reading::ok;
      }
      break;
   }
   }
   return read_general(raw, c, out, scratch);
}

std::size_t characters(std::string_view s)
{
   std::size_t n = 0;
   for (const char c : s) {
      n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
   }
   return std::max<std::size_t>(n, 1);
}

// A CSV cell for --rows: a text that would run as a spreadsheet formula is neutralised, a
// number is not.
void append_csv(std::string& out, std::string_view text, char delimiter)
{
   csv::append_cell(out, text, delimiter, csv::plain_number(text));
}

std::string number_text(const decimal& d, std::optional<int> places, locale loc)
{
   std::string text = places                ? d.to_fixed(*places)
                      : d.is_terminating() ? d.to_string()
                                           : d.to_fixed(10);
   if (loc == locale::id) {
      std::replace(text.begin(), text.end(), '.', ',');
   }
   return text;
}

std::string value_text(const rt::value& v, const lang::column& c, locale loc)
{
   if (v.is_number()) {
      return number_text(v.as_number(), c.places, loc);
   }
   if (v.is_bool()) {
      return v.as_bool() ? "ya" : "tidak";
   }
   if (v.is_text()) {
      return v.as_text();
   }
   if (v.is_period()) {
      return v.as_period().to_string();
   }
   return "-";
}

std::string cell_text(const cell& x, const lang::column& c, locale loc)
{
   if (x.t == tag::number) {
      return number_text(agg::to_decimal(x.n), c.places, loc);
   }
   if (x.t == tag::text) {
      return std::string(x.text);
   }
   return value_text(to_value(x), c, loc);
}

// Everything one part of the file needs, shared by the threads of a scan.
struct scan_context
{
   const lang::table& table;
   const table_source& source;
   const engine::plan& plan;
   const mapped_file& file;
   evaluator& eval;
   std::mutex& eval_lock; // the evaluator is not thread-safe: rows it computes, one at a time
   on_error errors;
   const std::optional<rows_request>& rows;
   std::atomic<std::uint64_t>& bytes_done;
   std::atomic<std::uint64_t>& rows_done;
   std::size_t fields_needed = 0;
};

struct part
{
   std::size_t begin = 0; // first record
   std::size_t end = 0;   // records that start before this belong to the part
   std::size_t stopped_at = 0; // end of its last record
   std::vector<agg::aggregate_state> states;
   std::uint64_t rows = 0;
   std::uint64_t skipped = 0;
   std::vector<problem> problems; // rows left out (the first max_listed_skips)
   std::optional<problem> fatal;  // what stopped it
   bool unread = false;           // after a part that stopped: nothing of it counts
   fs::path output; // --rows of this part
   std::exception_ptr failure;

   // Everything a scan of the part produced is dropped: it is read again from `from`, or (unread)
   // not at all.
   void restart(std::size_t from)
   {
      begin = stopped_at = from;
      end = std::max(end, from);
      states.clear();
      rows = skipped = 0;
      problems.clear();
      fatal.reset();
      failure = nullptr;
      if (!output.empty()) {
         std::error_code ignored;
         fs::remove(output, ignored);
      }
   }
};

std::string thousands(std::uint64_t n)
{
   return format_number(decimal(static_cast<std::int64_t>(n)), 0, locale::id);
}

// The row `ordinal` began one group too many for target `t`.
problem too_many_groups(const engine::plan::target& t, std::uint64_t ordinal)
{
   constexpr std::size_t most = lang::limits::max_roster_groups;
   return {static_cast<std::size_t>(ordinal), 1, "E-DATA-BATAS",
           "baris ini memulai kelompok ke-" + thousands(most + 1) + " dari " +
              std::string(t.e->where.text()) + "; paling banyak " + thousands(most) +
              " kelompok berbeda",
           "kelompokkan menurut kolom yang nilainya lebih sedikit; angka per baris ditulis dengan "
           "--rows"};
}

// The rows of one part of the file.
class part_scanner
{
 public:
   part_scanner(scan_context& context, part& p)
      : m_c(context), m_p(p),
        m_split(context.file.text(), context.source.delimiter, lang::limits::max_roster_row_bytes),
        m_slots(context.plan.program.initial()), m_memos(context.plan.targets.size())
   {}

   void run();

 private:
   // A row left out (--on-error skip) or, when `fatal` or not skipping, the end of the scan.
   void problem_at(std::size_t offset, std::size_t width, std::string code, std::string message,
                   std::string hint, bool fatal = false);
   void feed_compiled(const engine::plan::target& t, agg::aggregate_state& s, group_memo& memo,
                      std::uint64_t ordinal);
   agg::accumulator* group_of(const engine::plan::target& t, agg::aggregate_state& s,
                              group_memo& memo, std::uint64_t ordinal);
   void feed_evaluated(const engine::plan::target& t, agg::aggregate_state& s, std::uint64_t ordinal);
   const loaded_table& one_row();
   void write_row(bool computed);
   void flush(bool last);

   scan_context& m_c;
   part& m_p;
   splitter m_split;
   record m_record;
   std::vector<cell> m_slots;
   std::deque<std::string> m_scratch;
   std::optional<loaded_table> m_row; // the current row as the evaluator reads it
   std::vector<group_memo> m_memos; // one per target
   std::string m_key;
   const std::vector<std::uint16_t>* m_key_of = nullptr; // the key slots m_key holds, this row
   std::string m_out;
   std::FILE* m_file = nullptr;
};

void part_scanner::problem_at(std::size_t offset, std::size_t width, std::string code,
                              std::string message, std::string hint, bool fatal)
{
   problem p{offset, width, std::move(code), std::move(message), std::move(hint)};
   if (fatal || m_c.errors == on_error::stop) {
      m_p.fatal = std::move(p);
      return;
   }
   ++m_p.skipped;
   if (m_p.problems.size() < max_listed_skips) {
      m_p.problems.push_back(std::move(p));
   }
}

const loaded_table& part_scanner::one_row()
{
   if (m_row) {
      return *m_row;
   }
   const lang::table& t = m_c.table;
   loaded_table row;
   row.decl = &t;
   std::vector<rt::value> values;
   for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c].derived()) {
         values.emplace_back();
         continue;
      }
      values.push_back(
         read_cell(m_record.fields[m_c.source.fields[c]], t.columns[c], lang::place{}).read);
   }
   row.rows.push_back(std::move(values));
   row.cells.emplace_back(t.columns.size());
   row.row_period.push_back(m_c.plan.when);
   m_row = std::move(row);
   return *m_row;
}

// The accumulator of the row's group for a target with `menurut`; nullptr when a key is missing
// (the state then fails).
agg::accumulator* part_scanner::group_of(const engine::plan::target& t, agg::aggregate_state& s,
                                         group_memo& memo, std::uint64_t ordinal)
{
   if (m_key_of == nullptr || *m_key_of != t.keys) {
      // Targets grouped alike (rata and hitung menurut jenis) share the key bytes of the row.
      m_key.clear();
      m_key_of = nullptr;
      for (const std::uint16_t k : t.keys) {
         const cell& x = m_slots[k];
         switch (x.t) {
         case tag::text:
            agg::append_key_text(m_key, x.text);
            break;
         case tag::number:
            agg::append_key_number(m_key, x.n);
            break;
         case tag::boolean:
            agg::append_key_bool(m_key, x.b);
            break;
         case tag::period:
            agg::append_key_period(m_key, x.p);
            break;
         case tag::missing:
            s.fail(ordinal);
            return nullptr;
         }
      }
      m_key_of = &t.keys;
   }
   if (agg::accumulator* known = memo.find(m_key)) {
      return known;
   }
   bool made = false;
   agg::accumulator& acc = s.group(m_key, [&] {
      made = true;
      std::vector<rt::value> key;
      for (const std::uint16_t k : t.keys) {
         key.push_back(to_value(m_slots[k]));
      }
      return key;
   });
   memo.asked = true;
   if (!memo.off()) {
      memo.remember(m_key, &acc, made);
   }
   return &acc;
}

void part_scanner::feed_compiled(const engine::plan::target& t, agg::aggregate_state& s,
                                 group_memo& memo, std::uint64_t ordinal)
{
   const ir::aggregate& a = *t.a;
   s.count_row();
   agg::accumulator* acc = t.keys.empty() ? &s.single() : group_of(t, s, memo, ordinal);
   if (acc == nullptr) {
      return;
   }
   if (t.filter) {
      const cell& keep = m_slots[*t.filter];
      if (keep.t != tag::boolean) {
         s.fail(ordinal);
         return;
      }
      if (!keep.b) {
         return;
      }
   }
   acc->match();
   if (!t.value) {
      return;
   }
   const cell& v = m_slots[*t.value];
   if (lang::keeps_of(a.kind) == lang::kept::first) {
      acc->add_lookup(v.t == tag::missing ? std::nullopt : std::optional(to_value(v)), ordinal);
      return;
   }
   if (lang::keeps_of(a.kind) == lang::kept::distinct) {
      m_key.clear();
      m_key_of = nullptr;
      switch (v.t) {
      case tag::text:
         agg::append_key_text(m_key, v.text);
         break;
      case tag::number:
         agg::append_key_number(m_key, v.n);
         break;
      case tag::boolean:
         agg::append_key_bool(m_key, v.b);
         break;
      case tag::period:
         agg::append_key_period(m_key, v.p);
         break;
      case tag::missing:
         s.fail(ordinal);
         return;
      }
      acc->add_distinct(m_key);
      return;
   }
   if (v.t != tag::number) {
      s.fail(ordinal);
      return;
   }
   acc->add(v.n);
}

void part_scanner::feed_evaluated(const engine::plan::target& t, agg::aggregate_state& s,
                                  std::uint64_t ordinal)
{
   const std::lock_guard<std::mutex> hold(m_c.eval_lock);
   trace_recorder* const tracing = m_c.eval.tracing();
   m_c.eval.trace_into(nullptr);
   const evaluator::env scope{m_c.plan.when, m_c.plan.subject, m_c.plan.args, &one_row(), 0, 0};
   if (m_c.eval.feed(*t.a, s, scope, ordinal)) {
      s.fail(ordinal);
   }
   m_c.eval.trace_into(tracing);
}

void part_scanner::write_row(bool computed)
{
   const lang::table& t = m_c.table;
   const char delimiter = m_c.rows->loc == locale::id ? ';' : ',';
   for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (c > 0) {
         m_out += delimiter;
      }
      const lang::column& col = t.columns[c];
      if (!col.derived()) {
         append_csv(m_out, trim(m_record.fields[m_c.source.fields[c]]), delimiter);
      }
      else if (computed) {
         append_csv(m_out, cell_text(m_slots[c], col, m_c.rows->loc), delimiter);
      }
      else {
         const std::lock_guard<std::mutex> hold(m_c.eval_lock);
         trace_recorder* const tracing = m_c.eval.tracing();
         m_c.eval.trace_into(nullptr);
         const evaluator::env scope{m_c.plan.when, nullptr, nullptr, &one_row(), 0, 0};
         rt::value v = m_c.eval.evaluate(*col.formula, scope);
         if (col.places) {
            v = round_value(v, *col.places);
         }
         m_c.eval.trace_into(tracing);
         append_csv(m_out, value_text(v, col, m_c.rows->loc), delimiter);
      }
   }
   m_out += '\n';
   if (m_out.size() > (1u << 20)) {
      flush(false);
   }
}

void part_scanner::flush(bool last)
{
   if (!m_file && !m_out.empty()) {
      m_file = std::fopen(m_p.output.c_str(), "wb");
   }
   if (m_file && !m_out.empty()) {
      std::fwrite(m_out.data(), 1, m_out.size(), m_file);
   }
   m_out.clear();
   if (last && m_file) {
      std::fclose(m_file);
      m_file = nullptr;
   }
}

void part_scanner::run()
{
   const engine::plan& plan = m_c.plan;
   const lang::table& t = m_c.table;
   m_p.states.clear();
   for (const auto& target : plan.targets) {
      m_p.states.emplace_back(*target.a).limit_groups(lang::limits::max_roster_groups);
   }
   std::size_t pos = m_p.begin;
   std::size_t released = m_p.begin;
   std::size_t reported = m_p.begin;
   std::uint64_t rows_reported = 0;
   split_error error;
   while (pos < m_p.end && !m_p.fatal) {
      if (!m_scratch.empty()) {
         m_scratch.clear(); // texts of the row before
      }
      if (!m_split.split(pos, m_record, error)) {
         problem_at(error.offset, 1, error.code, error.message, error.hint, true);
         break;
      }
      pos = m_record.end;
      if (pos - reported > 256 * 1024) {
         m_c.bytes_done += pos - reported;
         m_c.rows_done += m_p.rows - rows_reported;
         reported = pos;
         rows_reported = m_p.rows;
      }
      if (pos - released > release_every) {
         m_c.file.release(released, m_record.begin);
         released = m_record.begin;
      }
      if (m_record.blank) {
         continue;
      }
      if (m_record.fields.size() < m_c.fields_needed) {
         problem_at(m_record.begin, 1, "E-DATA-BARIS",
                    "baris ini punya " + std::to_string(m_record.fields.size()) +
                       " kolom, judulnya menuntut paling sedikit " +
                       std::to_string(m_c.fields_needed),
                    "periksa pemisah kolom dan tanda kutip");
         continue;
      }
      if (const auto extra =
             extra_fields(m_record.fields, m_c.source.header_fields, m_c.source.delimiter)) {
         const std::string_view first = m_record.fields[extra->field];
         problem_at(m_record.starts[extra->field], std::max<std::size_t>(1, characters(first)),
                    "E-DATA-BARIS", extra->message, extra->hint);
         continue;
      }
      const auto field = [&](std::size_t c) { return m_record.fields[m_c.source.fields[c]]; };
      const auto field_start = [&](std::size_t c) {
         return m_record.starts[m_c.source.fields[c]];
      };
      // Every stored cell is read and checked before the row's period is looked at, so that a bad
      // cell stops (or skips) the row as it would in a held table, whatever its column or period.
      bool exact = !plan.all_slow;
      bool bad = false;
      for (const engine::plan::column_read& each : plan.read) {
         const std::size_t c = each.column;
         const reading r = read_fast(m_record.fields[each.field], m_record.ascii, *each.decl,
                                     m_slots[c], m_scratch);
         if (r == reading::bad) {
            const cell_reading why = read_cell(field(c), t.columns[c], lang::place{});
            problem_at(field_start(c), characters(field(c)), why.code, why.message, why.hint);
            bad = true;
            break;
         }
         exact = exact && (r == reading::ok || !each.used);
      }
      if (bad) {
         continue;
      }
      if (t.period_column) {
         const cell& when = m_slots[*t.period_column];
         if (when.t != tag::period || when.p != plan.when) {
            continue; // another period's row, or one without a period (as the loader does)
         }
      }
      ++m_p.rows;
      m_row.reset();
      m_key_of = nullptr;
      const std::uint64_t ordinal = m_record.begin;
      const bool computed = exact && plan.program.run(m_slots.data());
      for (std::size_t i = 0; i < plan.targets.size(); ++i) {
         const engine::plan::target& target = plan.targets[i];
         agg::aggregate_state& state = m_p.states[i];
         if (state.failed()) {
            continue; // only the first row that lacks a value counts
         }
         group_memo& memo = m_memos[i];
         if (computed && !target.slow) {
            feed_compiled(target, state, memo, ordinal);
         }
         else {
            feed_evaluated(target, state, ordinal);
         }
         state.started_groups(ordinal);
         if (memo.asked) {
            memo.asked = false;
            if (!memo.off() && state.group_beyond()) {
               memo.turn_off(); // it refused a group: what it gave for that key is no group's
            }
         }
      }
      if (plan.write_rows) {
         write_row(computed);
      }
   }
   m_p.stopped_at = pos;
   m_c.bytes_done += pos - reported;
   m_c.rows_done += m_p.rows - rows_reported;
   if (plan.write_rows) {
      flush(true);
   }
   m_c.file.release(released, pos);
}

// Where the parts of [body, end of file) begin, one per share of its bytes: just past the first
// line feed at or after each share's first byte, taken to lie outside quotes. Nothing is read
// before the threads start. In a roster a line break inside a quoted cell is rare; when a cut
// falls inside one, its part begins inside a record, and settle() reads that part again from
// where the part before it really ended (as it does for a file that is not valid CSV).
std::vector<std::size_t> part_starts(const mapped_file& file, std::size_t body, std::size_t parts)
{
   const std::size_t length = file.text().size() - body;
   std::vector<std::size_t> starts(parts, body);
   for (std::size_t i = 1; i < parts; ++i) {
      const std::size_t cut = body + length * i / parts;
      starts[i] = std::max(starts[i - 1], file.record_start(cut, false));
   }
   return starts;
}

// Reads every part on its own thread. With `progress`, this thread draws the progress line on
// standard error until they are done; otherwise it reads the first part itself.
void read_parts(std::vector<part>& parts, const std::function<void(part&)>& run_part, bool progress,
                const std::string& name, std::size_t length,
                const std::atomic<std::uint64_t>& bytes_done,
                const std::atomic<std::uint64_t>& rows_done)
{
   const auto started = std::chrono::steady_clock::now();
   if (!progress) {
      // The first part on this thread, the others on their own.
      std::vector<std::thread> workers;
      for (std::size_t i = 1; i < parts.size(); ++i) {
         workers.emplace_back([&, ptr = &parts[i]] { run_part(*ptr); });
      }
      run_part(parts.front());
      for (std::thread& w : workers) {
         w.join();
      }
   }
   else {
      // Every part on its own thread; this one draws the progress line until they are done.
      std::mutex lock;
      std::condition_variable part_done;
      std::size_t finished = 0;
      std::vector<std::thread> workers;
      for (part& each : parts) {
         workers.emplace_back([&, ptr = &each] {
            run_part(*ptr);
            const std::lock_guard<std::mutex> hold(lock);
            ++finished;
            part_done.notify_one();
         });
      }
      bool shown = false;
      std::unique_lock<std::mutex> waiting(lock);
      while (finished < parts.size()) {
         part_done.wait_for(waiting, std::chrono::milliseconds(100));
         const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
         if (finished == parts.size() || seconds < 0.5) {
            continue;
         }
         const double fraction =
            std::min(1.0, static_cast<double>(bytes_done.load()) /
                             static_cast<double>(std::max<std::size_t>(length, 1)));
         const auto rate =
            static_cast<std::uint64_t>(static_cast<double>(rows_done.load()) / seconds);
         const auto left =
            fraction > 0 ? static_cast<int>(seconds * (1 - fraction) / fraction + 0.5) : 0;
         const int percent = static_cast<int>(fraction * 100);
         const int bar = std::clamp(percent / 5, 0, 20);
         std::cerr << "\r" << name << " [" << std::string(static_cast<std::size_t>(bar), '#')
                   << std::string(static_cast<std::size_t>(20 - bar), '.') << "] " << percent
                   << "% · " << thousands(rows_done.load()) << " baris · " << thousands(rate)
                   << " baris/detik · sisa ~" << left << " detik\x1b[K" << std::flush;
         shown = true;
      }
      waiting.unlock();
      for (std::thread& w : workers) {
         w.join();
      }
      if (shown) {
         std::cerr << "\r\x1b[K" << std::flush;
      }
   }
}

// Each part must begin where the one before it ended; one that did not (it began inside a
// record of a file that is not valid CSV) is read again from there, and the parts after one that
// stopped are not read at all. Parts are read again together when their predecessors are settled.
void settle(std::vector<part>& parts, const std::function<void(part&)>& run_part)
{
   std::vector<bool> settled(parts.size(), false);
   settled.front() = true;
   for (;;) {
      std::vector<part*> again;
      for (std::size_t i = 1; i < parts.size(); ++i) {
         const part& before = parts[i - 1];
         if (settled[i] || !settled[i - 1]) {
            continue;
         }
         if (before.fatal || before.unread) {
            parts[i].restart(before.stopped_at);
            parts[i].unread = true;
            settled[i] = true;
         }
         else if (before.stopped_at == parts[i].begin) {
            settled[i] = true;
         }
         else {
            parts[i].restart(before.stopped_at);
            again.push_back(&parts[i]);
         }
      }
      if (again.empty()) {
         break;
      }
      std::vector<std::thread> workers;
      for (std::size_t i = 1; i < again.size(); ++i) {
         workers.emplace_back([&, ptr = again[i]] { run_part(*ptr); });
      }
      run_part(*again.front());
      for (std::thread& w : workers) {
         w.join();
      }
      for (part* each : again) {
         if (each->failure) {
            std::rethrow_exception(each->failure);
         }
         settled[static_cast<std::size_t>(each - parts.data())] = true;
      }
   }

}

// The parts' states, rows and rows left out, in file order, up to the part that stopped; then the
// row that began one group too many, which no part alone can know.
void merge(engine::plan& p, std::vector<part>& parts, engine::outcome& result)
{
   // Merge in file order, up to the part that stopped.
   p.states.clear();
   for (const auto& target : p.targets) {
      p.states.emplace_back(*target.a).limit_groups(lang::limits::max_roster_groups);
   }
   for (part& each : parts) {
      if (each.unread) {
         break;
      }
      for (std::size_t i = 0; i < p.states.size() && i < each.states.size(); ++i) {
         p.states[i].merge(std::move(each.states[i]));
      }
      result.rows += each.rows;
      result.skipped += each.skipped;
      for (problem& x : each.problems) {
         result.problems.push_back(std::move(x));
      }
      if (each.fatal) {
         result.fatal = std::move(each.fatal);
         break;
      }
   }
   // Every row of the merged parts comes before what stopped the last one.
   std::optional<std::pair<std::uint64_t, std::size_t>> beyond;
   for (std::size_t i = 0; i < p.states.size(); ++i) {
      const auto at = p.states[i].group_beyond();
      if (at && (!beyond || *at < beyond->first)) {
         beyond = std::pair(*at, i);
      }
   }
   if (beyond) {
      result.fatal = too_many_groups(p.targets[beyond->second], beyond->first);
   }
}

} // namespace

// ---------------------------------------------------------------- engine

engine::engine(const lang::program& p, const dataset& data, evaluator& eval,
               lang::diagnostic_sink& sink, engine_options options)
   : m_program(p), m_data(data), m_eval(eval), m_sink(sink), m_options(std::move(options))
{}

engine::~engine() = default;

// Depends only on the row and the period: not on a rule's parameters nor on the indicator whose
// figure it is part of, so one result serves every use of it in that period.
bool engine::closed(const ir::aggregate& a) const
{
   bool open = false;
   const auto look = [&](const ir::expr& e) {
      lang::walk(e, [&](const ir::expr& x) {
         const auto* c = std::get_if<ir::context_ref>(&x.node);
         open = open || std::holds_alternative<ir::parameter_ref>(x.node) ||
                (c && c->name != ir::context_name::period);
      });
   };
   for (const ir::expr* e : {a.row_value.get(), a.filter.get()}) {
      if (e) {
         look(*e);
      }
   }
   for (const auto& k : a.group_by) {
      look(*k);
   }
   return !open;
}

// Closed, and made of nothing the evaluator would compute only for this scan: no other figures,
// no other aggregates. Only such aggregates are scanned along with the one asked for.
bool engine::simple(const ir::aggregate& a) const
{
   if (!closed(a)) {
      return false;
   }
   bool plain = true;
   std::set<const void*> seen;
   std::vector<const ir::expr*> todo = {a.row_value.get(), a.filter.get()};
   for (const auto& k : a.group_by) {
      todo.push_back(k.get());
   }
   while (!todo.empty() && plain) {
      const ir::expr* e = todo.back();
      todo.pop_back();
      if (!e) {
         continue;
      }
      lang::walk(*e, [&](const ir::expr& x) {
         std::visit(
            [&](const auto& node) {
               using T = std::decay_t<decltype(node)>;
               if constexpr (std::is_same_v<T, ir::value_ref> ||
                             std::is_same_v<T, ir::indicator_ref> ||
                             std::is_same_v<T, ir::aggregate>) {
                  plain = false;
               }
               else if constexpr (std::is_same_v<T, ir::function_call>) {
                  plain = plain && !lang::builtin_of(node.fn).reads_figures;
               }
               else if constexpr (std::is_same_v<T, ir::rule_call>) {
                  for (const lang::rule* v : node.callee->versions) {
                     if (seen.insert(v).second) {
                        todo.push_back(v->body.get());
                     }
                  }
                  if (seen.insert(node.callee).second) {
                     todo.push_back(node.callee->body.get());
                  }
               }
               else if constexpr (std::is_same_v<T, ir::constant_ref>) {
                  if (seen.insert(node.target).second) {
                     todo.push_back(node.target->value.get());
                  }
               }
               else if constexpr (std::is_same_v<T, ir::column_ref>) {
                  const lang::column& c = node.source->columns[node.column];
                  if (c.derived() && seen.insert(&c).second) {
                     todo.push_back(c.formula);
                  }
               }
            },
            x.node);
      });
   }
   return plain;
}

// Every other simple aggregate over the same table not yet computed for the period: the figures
// of the report, so that one scan serves them all.
void engine::plan_siblings(plan& p)
{
   std::set<const ir::aggregate*> taken;
   for (const auto& t : p.targets) {
      taken.insert(t.a);
   }
   const auto look = [&](const ir::expr* root) {
      if (!root) {
         return;
      }
      lang::walk(*root, [&](const ir::expr& x) {
         const auto* a = std::get_if<ir::aggregate>(&x.node);
         if (a && a->source == p.table && !taken.contains(a) && !m_done.contains({a, p.when}) &&
             simple(*a)) {
            taken.insert(a);
            p.targets.push_back({&x, a, false, {}, {}, {}});
         }
      });
   };
   for (const auto& v : m_program.values) {
      look(v->value.get());
   }
   for (const auto& ind : m_program.indicators) {
      for (const lang::figure* f : ind->figures()) {
         look(f->formula.get());
      }
   }
   for (const auto& c : m_program.constants) {
      look(c->value.get());
   }
   for (const auto& r : m_program.rules) {
      look(r->body.get());
   }
   for (const auto& c : m_program.conditions) {
      look(c->formula.get()); // a per-row syarat: the rows that fail it, counted in the same scan
   }
}

std::optional<value> engine::aggregate(const ir::expr& e, const ir::aggregate& a,
                                       const evaluator::env& scope)
{
   const auto source = m_data.sources.find(a.source);
   if (source == m_data.sources.end() || !source->second.streamed) {
      return std::nullopt;
   }
   const period when = scope.when;
   if (m_unreadable.contains(a.source)) {
      return missing{missing::kind::no_data_for_period, "tabel " + a.source->name + " tidak terbaca",
                     a.source->where};
   }
   if (!a.source->period_column && when != m_data.data_period) {
      // Rows without a period column all belong to the data's period: nothing to read.
      return agg::no_rows(*a.source, when);
   }
   const auto finish_target = [&](done& d) -> value {
      if (!d.result) {
         plan& p = *d.from;
         d.result = p.states[d.target].finish(
            *d.e, p.when, m_sink,
            [&](std::uint64_t ordinal) { return row_outcome(p, d.target, ordinal); });
      }
      return *d.result;
   };
   if (closed(a)) {
      if (auto it = m_done.find({&a, when}); it != m_done.end()) {
         return finish_target(it->second);
      }
   }
   auto p = std::make_shared<plan>();
   p->table = a.source;
   p->when = when;
   p->targets.push_back({&e, &a, false, {}, {}, {}});
   const bool shared = closed(a);
   if (!shared) {
      p->args = scope.args;
      p->subject = scope.subject;
   }
   else if (simple(a) && !m_planning.contains({a.source, when})) {
      plan_siblings(*p);
   }
   const outcome o = scan(*p);
   if (!o.ok) {
      return missing{missing::kind::no_data_for_period, "tabel " + a.source->name + " tidak terbaca",
                     a.source->where};
   }
   if (!shared) {
      return p->states.front().finish(e, when, m_sink, [&](std::uint64_t ordinal) {
         return row_outcome(*p, 0, ordinal);
      });
   }
   for (std::size_t i = 0; i < p->targets.size(); ++i) {
      m_done[{p->targets[i].a, when}] = done{p->targets[i].e, p, i, std::nullopt};
   }
   return finish_target(m_done.at({&a, when}));
}

std::optional<std::uint64_t> engine::row_count(const lang::table& t, const period& when)
{
   const auto source = m_data.sources.find(&t);
   if (source == m_data.sources.end() || !source->second.streamed) {
      return std::nullopt;
   }
   if (!t.period_column && when != m_data.data_period) {
      return 0;
   }
   if (const auto it = m_rows.find({&t, when}); it != m_rows.end()) {
      return it->second;
   }
   if (m_unreadable.contains(&t)) {
      return std::nullopt;
   }
   plan p;
   p.table = &t;
   p.when = when;
   const outcome o = scan(p);
   return o.ok ? std::optional(o.rows) : std::nullopt;
}

void engine::read_unread(const period& when)
{
   for (const auto& [table, source] : m_data.sources) {
      if (!source.streamed || m_unreadable.contains(table)) {
         continue;
      }
      const auto read = m_rows.lower_bound({table, period{}});
      if (read != m_rows.end() && read->first.first == table) {
         continue;
      }
      plan p;
      p.table = table;
      p.when = when;
      scan(p);
   }
}

bool engine::finish(const period& when)
{
   if (!m_options.rows) {
      return !m_sink.has_errors();
   }
   const rows_request& rows = *m_options.rows;
   if (!m_rows_written && !m_unreadable.contains(rows.table)) {
      plan p;
      p.table = rows.table;
      p.when = when;
      scan(p);
   }
   if (!m_rows_written || m_sink.has_errors()) {
      return false;
   }
   std::string error;
   if (!m_rows_output.commit(error)) {
      m_sink.error("E-PERINTAH", lang::place{}, error);
      return false;
   }
   return true;
}

value engine::row_outcome(const plan& p, std::size_t target, std::uint64_t ordinal)
{
   const table_source& source = m_data.sources.at(p.table);
   mapped_file file;
   std::string error;
   if (!file.open(source.path, error)) {
      return missing{missing::kind::not_computed, "tabel " + p.table->name + " tidak terbaca",
                     p.table->where};
   }
   splitter split(file.text(), source.delimiter, lang::limits::max_roster_row_bytes);
   record r;
   split_error bad;
   if (!split.split(ordinal, r, bad)) {
      return missing{missing::kind::not_computed, bad.message, p.table->where};
   }
   // The row again, each cell with its place, as the evaluator would read it from a held table.
   const position row_at = locate(file, r.begin);
   const std::string_view text = file.text();
   loaded_table row;
   row.decl = p.table;
   std::vector<value> values;
   for (std::size_t c = 0; c < p.table->columns.size(); ++c) {
      const lang::column& col = p.table->columns[c];
      if (col.derived()) {
         values.emplace_back();
         continue;
      }
      const std::size_t f = source.fields[c];
      const std::size_t start = r.starts[f];
      // A cell may sit on a later line than its row's start (a line break inside quotes).
      lang::place at;
      at.file = source.path.string();
      at.line = row_at.line + static_cast<std::size_t>(
                                 std::count(text.begin() + static_cast<std::ptrdiff_t>(r.begin),
                                            text.begin() + static_cast<std::ptrdiff_t>(start), '\n'));
      const std::size_t before = start > r.begin ? text.rfind('\n', start - 1) : std::string_view::npos;
      const std::size_t line_start = before == std::string_view::npos || before < r.begin ? r.begin
                                                                                         : before + 1;
      at.column = csv::display_column(text, line_start, start);
      if (line_start == r.begin) {
         at.line_text = row_at.line_text;
      }
      else {
         std::size_t line_end = text.find('\n', line_start);
         line_end = line_end == std::string_view::npos ? text.size() : line_end;
         at.line_text = std::string(text.substr(line_start, line_end - line_start));
      }
      at.width = characters(r.fields[f]);
      values.push_back(read_cell(r.fields[f], col, at).read);
   }
   row.rows.push_back(std::move(values));
   row.cells.emplace_back(p.table->columns.size());
   row.row_period.push_back(p.when);
   trace_recorder* const tracing = m_eval.tracing();
   m_eval.trace_into(nullptr);
   const evaluator::env scope{p.when, p.subject, p.args, &row, 0, 0};
   const ir::aggregate& a = *p.targets[target].a;
   agg::aggregate_state scratch(a);
   value out;
   if (std::optional<value> lacking = m_eval.feed(a, scratch, scope, ordinal)) {
      out = std::move(*lacking);
   }
   else if (a.row_value) {
      out = m_eval.evaluate(*a.row_value, scope);
   }
   m_eval.trace_into(tracing);
   return out;
}

void engine::report(const lang::table& t, outcome& o)
{
   if (o.problems.empty() && !o.fatal) {
      return;
   }
   const table_source& source = m_data.sources.at(&t);
   mapped_file file;
   std::string error;
   const bool mapped = file.open(source.path, error);
   const auto place_of = [&](const problem& p) {
      lang::place at;
      at.file = source.path.string();
      if (mapped) {
         const position where = locate(file, p.offset);
         at.line = where.line;
         at.column = where.column;
         at.line_text = where.line_text;
      }
      at.width = p.width;
      return at;
   };
   if (o.fatal) {
      m_sink.error(o.fatal->code, place_of(*o.fatal), o.fatal->message, o.fatal->hint);
      return;
   }
   if (!m_reported.insert(&t).second) {
      return;
   }
   for (const problem& p : o.problems) {
      m_sink.warning("W-DATA-LEWAT", place_of(p), p.message + "; baris dilewati", p.hint);
   }
   report_skipped(t, o.skipped, m_sink);
}

// Compiles the plan's row program: the derived columns the formulas need (all of them for
// --rows), then each target; and lists the stored columns the rows must read.
void engine::compile(plan& p)
{
   const lang::table& t = *p.table;
   m_planning.insert({&t, p.when});
   {
      compiler c(m_eval, t, p.when, p.args, p.subject);
      std::vector<const ir::expr*> uses;
      for (const auto& target : p.targets) {
         uses.push_back(target.a->row_value.get());
         uses.push_back(target.a->filter.get());
         for (const auto& k : target.a->group_by) {
            uses.push_back(k.get());
         }
      }
      std::vector<std::size_t> derived = compiler::needed_columns(t, uses);
      if (p.write_rows) {
         derived.clear();
         for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (t.columns[i].derived()) {
               derived.push_back(i);
            }
         }
      }
      for (const std::size_t d : derived) {
         if (!c.derive(d)) {
            p.all_slow = true;
            break;
         }
      }
      for (auto& target : p.targets) {
         const ir::aggregate& a = *target.a;
         bool ok = !p.all_slow;
         for (const auto& k : a.group_by) {
            const auto s = ok ? c.compile(*k) : std::nullopt;
            ok = ok && s.has_value();
            target.keys.push_back(s.value_or(0));
         }
         if (ok && a.filter) {
            target.filter = c.compile(*a.filter);
            ok = target.filter.has_value();
         }
         if (ok && a.row_value) {
            target.value = c.compile(*a.row_value);
            ok = target.value.has_value();
         }
         target.slow = !ok;
      }
      p.program = c.finish();
   }
   m_planning.erase({&t, p.when});
   // The stored columns the formulas use (all of them for --rows); every other stored column is
   // read too, only to check its cells.
   std::set<std::size_t> used;
   const auto note_columns = [&](const ir::expr* e) {
      if (e) {
         lang::walk(*e, [&](const ir::expr& x) {
            const auto* c = std::get_if<ir::column_ref>(&x.node);
            if (c && c->source == &t && !t.columns[c->column].derived()) {
               used.insert(c->column);
            }
         });
      }
   };
   for (const auto& target : p.targets) {
      note_columns(target.a->row_value.get());
      note_columns(target.a->filter.get());
      for (const auto& k : target.a->group_by) {
         note_columns(k.get());
      }
   }
   for (const auto& f : t.formulas) {
      note_columns(f.get());
   }
   p.read.clear();
   for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (!t.columns[c].derived()) {
         p.read.push_back({c, m_data.sources.at(&t).fields[c], &t.columns[c],
                           p.write_rows || used.count(c) > 0});
      }
   }
}

engine::outcome engine::scan(plan& p)
{
   const lang::table& t = *p.table;
   const table_source& source = m_data.sources.at(&t);
   outcome result;
   p.write_rows = m_options.rows && m_options.rows->table == &t && m_options.rows->when == p.when &&
                  !m_rows_written;

   compile(p);

   mapped_file file;
   std::string error;
   if (!file.open(source.path, error)) {
      lang::place at;
      at.file = source.path.string();
      m_sink.error("E-DATA-BERKAS", at, "berkas data '" + at.file + "' tidak dapat dibaca: " + error);
      m_unreadable.insert(&t);
      result.ok = false;
      return result;
   }
   const std::string_view text = file.text();
   const std::size_t body = std::min<std::size_t>(source.body_offset, text.size());

   // Parts at line boundaries; a part that turns out to start inside a quoted field (a line
   // break in a cell) is scanned again from where the part before it really ended.
   unsigned threads = m_options.threads != 0 ? m_options.threads : std::thread::hardware_concurrency();
   threads = std::max(1u, threads);
   const std::size_t length = text.size() - body;
   const std::size_t part_bytes = m_options.part_bytes != 0 ? m_options.part_bytes : min_part_bytes;
   const std::size_t parts_wanted = std::clamp<std::size_t>(length / part_bytes, 1, threads);
   std::vector<part> parts(parts_wanted);
   const std::vector<std::size_t> starts = part_starts(file, body, parts.size());
   for (std::size_t i = 0; i < parts.size(); ++i) {
      parts[i].begin = starts[i];
   }
   for (std::size_t i = 0; i < parts.size(); ++i) {
      parts[i].end = i + 1 < parts.size() ? parts[i + 1].begin : text.size();
      parts[i].begin = std::min(parts[i].begin, parts[i].end);
   }
   if (p.write_rows) {
      // Each part writes a temporary of its own next to the one for the whole file; the parts
      // are joined into it in order.
      const fs::path& target = m_options.rows->path;
      bool created = m_rows_output.open(target, error);
      for (std::size_t i = 0; created && i < parts.size(); ++i) {
         parts[i].output = create_temporary(m_rows_output.temporary().parent_path(),
                                            target.filename().string() + "." + std::to_string(i),
                                            error);
         created = !parts[i].output.empty();
      }
      if (!created) {
         for (const part& each : parts) {
            std::error_code ignored;
            fs::remove(each.output, ignored);
         }
         m_rows_output.discard();
         m_sink.error("E-PERINTAH", lang::place{}, error);
         m_unreadable.insert(&t);
         result.ok = false;
         return result;
      }
   }
   std::mutex eval_lock;
   std::atomic<std::uint64_t> bytes_done{0};
   std::atomic<std::uint64_t> rows_done{0};
   std::size_t fields_needed = 0;
   for (const std::size_t f : source.fields) {
      if (f != std::string::npos) {
         fields_needed = std::max(fields_needed, f + 1);
      }
   }
   scan_context context{t,         source,      p,          file,      m_eval,
                        eval_lock, m_data.errors, m_options.rows, bytes_done, rows_done,
                        fields_needed};
   const auto run_part = [&](part& each) {
      try {
         part_scanner(context, each).run();
      }
      catch (...) {
         each.failure = std::current_exception();
      }
   };
   // The report's provenance names the SHA-256 of the bytes read: taken from this mapping, by one
   // more thread beside the parts, the first time the table is read.
   std::string digest;
   {
      std::jthread hasher;
      if (!m_digests.contains(&t)) {
         hasher = std::jthread([&digest, text] { digest = sha256_hex(text); });
      }
      read_parts(parts, run_part, m_options.progress, t.name, length, bytes_done, rows_done);
   }
   if (!digest.empty()) {
      m_digests.emplace(&t, std::move(digest));
   }
   for (part& each : parts) {
      if (each.failure) {
         std::rethrow_exception(each.failure);
      }
   }
   settle(parts, run_part);

   merge(p, parts, result);
   result.ok = !result.fatal;
   if (!result.ok) {
      m_unreadable.insert(&t);
   }
   else if (result.problems.size() > max_listed_skips) {
      result.problems.resize(max_listed_skips);
   }
   report(t, result);
   if (result.ok) {
      m_rows[{&t, p.when}] = result.rows;
   }
   if (p.write_rows) {
      // One file: the header, then each part's rows in order.
      std::ofstream out(m_rows_output.temporary(), std::ios::binary | std::ios::trunc);
      const char delimiter = m_options.rows->loc == locale::id ? ';' : ',';
      std::string header;
      for (std::size_t c = 0; c < t.columns.size(); ++c) {
         header += (c > 0 ? std::string(1, delimiter) : std::string()) + t.columns[c].name;
      }
      out << header << '\n';
      for (part& each : parts) {
         std::ifstream in(each.output, std::ios::binary);
         // Inserting an empty stream buffer sets failbit: a part without rows copies nothing.
         if (in && in.peek() != std::ifstream::traits_type::eof()) {
            out << in.rdbuf();
         }
         in.close();
         std::error_code ignored;
         fs::remove(each.output, ignored);
      }
      out.flush();
      if (!out) {
         m_sink.error("E-PERINTAH", lang::place{},
                      "tidak dapat menulis " + m_options.rows->path.string());
         result.ok = false;
      }
      m_rows_written = result.ok;
   }
   return result;
}

} // namespace ind::rt::roster
