#include "runtime/aggregate/accumulate.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace ind::rt::agg {

namespace ir = lang::ir;

namespace {

void append_item(std::string& out, char tag, std::string_view bytes)
{
   const auto size = static_cast<std::uint32_t>(bytes.size());
   char length[sizeof size];
   std::memcpy(length, &size, sizeof size);
   out += tag;
   out.append(length, sizeof size);
   out.append(bytes);
}

// The order of group keys: numbers by value, texts by bytes, false before true, periods in time.
int kind_rank(const value& v)
{
   return v.is_bool() ? 0 : v.is_number() ? 1 : v.is_text() ? 2 : v.is_period() ? 3 : 4;
}

int compare_values(const value& a, const value& b)
{
   const int ra = kind_rank(a);
   const int rb = kind_rank(b);
   if (ra != rb) {
      return ra < rb ? -1 : 1;
   }
   if (a.is_bool()) {
      return static_cast<int>(a.as_bool()) - static_cast<int>(b.as_bool());
   }
   if (a.is_number()) {
      const auto order = a.as_number() <=> b.as_number();
      return order < 0 ? -1 : order > 0 ? 1 : 0;
   }
   if (a.is_text()) {
      const int c = a.as_text().compare(b.as_text());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
   }
   if (a.is_period()) {
      const auto order = a.as_period() <=> b.as_period();
      return order < 0 ? -1 : order > 0 ? 1 : 0;
   }
   return 0;
}

// The scale in force for a key written `kelas(skala; x)`, whose groups follow its bands.
const lang::scale* classifying_scale(const ir::expr& key, const period& when)
{
   const auto* f = std::get_if<ir::function_call>(&key.node);
   if (!f || f->fn != ir::function::classify || !f->scale_arg) {
      return nullptr;
   }
   return lang::in_force(*f->scale_arg, when);
}

// The middle of the values (at least one); of an even count, the exact mean of the two middle
// ones.
decimal middle(const kept_values& kept)
{
   const std::size_t upper = kept.size() / 2;
   if (kept.size() % 2 == 1) {
      return kept.sorted(upper, upper + 1).at(upper);
   }
   const sorted_values values = kept.sorted(upper - 1, upper + 1);
   return *decimal::divide(values.at(upper - 1) + values.at(upper), decimal(2));
}

// The value that occurs most often (of at least one); of several that occur as often, the least.
// Equal numbers are one value whatever their scale: 2,5 and 2,50 count together.
decimal most_frequent(const sorted_values& values)
{
   std::size_t best = 0;
   std::size_t best_count = 0;
   for (std::size_t i = 0; i < values.size();) {
      std::size_t next = i + 1;
      while (next < values.size() && values.same(i, next)) {
         ++next;
      }
      if (next - i > best_count) {
         best = i;
         best_count = next - i;
      }
      i = next;
   }
   return values.at(best);
}

} // namespace

decimal to_decimal(fixed x)
{
   return decimal::from_scaled(x.coef, x.scale);
}

decimal to_decimal(i128 coef, std::int32_t scale)
{
   if (coef >= std::numeric_limits<std::int64_t>::min() &&
       coef <= std::numeric_limits<std::int64_t>::max()) {
      return decimal::from_scaled(static_cast<std::int64_t>(coef), scale);
   }
   u128 m = coef < 0 ? 0 - static_cast<u128>(coef) : static_cast<u128>(coef);
   std::string digits;
   while (m != 0) {
      digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
      m /= 10;
   }
   if (scale > 0) {
      const auto places = static_cast<std::size_t>(scale);
      if (digits.size() <= places) {
         digits.insert(0, places + 1 - digits.size(), '0');
      }
      digits.insert(digits.size() - places, 1, '.');
   }
   if (coef < 0) {
      digits.insert(digits.begin(), '-');
   }
   return *decimal::parse(digits);
}

// ---------------------------------------------------------------- exact_sum

void exact_sum::add(fixed x)
{
   i128 addend = x.coef;
   i128 sum = 0;
   if (x.scale > m_scale) {
      i128 raised = 0;
      if (scaled::raise(m_coef, x.scale - m_scale, raised)) {
         m_coef = raised;
         m_scale = x.scale;
      }
      else {
         m_rest = m_rest + to_decimal(x);
         return;
      }
   }
   else if (x.scale < m_scale && !scaled::raise(addend, m_scale - x.scale, addend)) {
      m_rest = m_rest + to_decimal(x);
      return;
   }
   if (__builtin_add_overflow(m_coef, addend, &sum)) {
      m_rest = m_rest + to_decimal(m_coef, m_scale);
      m_coef = addend;
      return;
   }
   m_coef = sum;
}

void exact_sum::add(const decimal& x)
{
   m_rest = m_rest + x;
}

void exact_sum::merge(const exact_sum& other)
{
   m_rest = m_rest + other.m_rest;
   i128 a = m_coef;
   i128 b = other.m_coef;
   const std::int32_t scale = std::max(m_scale, other.m_scale);
   i128 sum = 0;
   if (scaled::raise(a, scale - m_scale, a) && scaled::raise(b, scale - other.m_scale, b) &&
       !__builtin_add_overflow(a, b, &sum)) {
      m_coef = sum;
      m_scale = scale;
      return;
   }
   m_rest = m_rest + to_decimal(other.m_coef, other.m_scale);
}

decimal exact_sum::total() const
{
   return m_rest + to_decimal(m_coef, m_scale);
}

// ---------------------------------------------------------------- keys

void append_key(std::string& out, const value& v)
{
   if (v.is_text()) {
      append_key_text(out, v.as_text());
   }
   else if (v.is_number()) {
      append_item(out, 'n', v.as_number().to_string(40));
   }
   else if (v.is_bool()) {
      append_key_bool(out, v.as_bool());
   }
   else if (v.is_period()) {
      append_key_period(out, v.as_period());
   }
   else {
      append_item(out, '?', {});
   }
}

void append_key_text(std::string& out, std::string_view text)
{
   append_item(out, 't', text);
}

void append_key_number(std::string& out, fixed x)
{
   append_item(out, 'n', to_decimal(x).to_string(40));
}

void append_key_bool(std::string& out, bool b)
{
   append_item(out, 'b', b ? "1" : "0");
}

void append_key_period(std::string& out, const period& p)
{
   append_item(out, 'p', p.to_string());
}

// ---------------------------------------------------------------- accumulator

void accumulator::add(fixed x)
{
   switch (lang::keeps_of(m_kind)) {
   case lang::kept::sum:
      m_sum.add(x);
      return;
   case lang::kept::values:
      m_kept.add(x);
      return;
   case lang::kept::count:
   case lang::kept::distinct:
   case lang::kept::first:
      return; // counted by match(), or fed by add_distinct() and add_lookup()
   case lang::kept::extreme:
      break;
   }
   if (!m_has_best) {
      m_has_best = true;
      m_best_fixed = x;
      return;
   }
   if (m_best) {
      keep_extreme(to_decimal(x));
      return;
   }
   // Both fixed: compared at the larger scale, or exactly when that overflows.
   i128 a = 0;
   i128 b = 0;
   std::int64_t scale = 0;
   if (!scaled::align<i128>(x.coef, x.scale, m_best_fixed.coef, m_best_fixed.scale, a, b, scale)) {
      m_best = to_decimal(m_best_fixed);
      keep_extreme(to_decimal(x));
      return;
   }
   if (m_kind == ir::aggregate_kind::min ? a < b : a > b) {
      m_best_fixed = x;
   }
}

void accumulator::add(const decimal& x)
{
   switch (lang::keeps_of(m_kind)) {
   case lang::kept::sum:
      m_sum.add(x);
      return;
   case lang::kept::values:
      m_kept.add(x);
      return;
   case lang::kept::count:
   case lang::kept::distinct:
   case lang::kept::first:
      return; // counted by match(), or fed by add_distinct() and add_lookup()
   case lang::kept::extreme:
      break;
   }
   if (!m_has_best) {
      m_has_best = true;
      m_best = x;
      return;
   }
   if (!m_best) {
      m_best = to_decimal(m_best_fixed);
   }
   keep_extreme(x);
}

void accumulator::keep_extreme(const decimal& x)
{
   if (m_kind == ir::aggregate_kind::min ? x < *m_best : x > *m_best) {
      m_best = x;
   }
}

void accumulator::add_distinct(std::string_view key)
{
   if (m_distinct.find(key) == m_distinct.end()) {
      m_distinct.emplace(key);
   }
}

void accumulator::add_lookup(std::optional<value> v, std::uint64_t ordinal)
{
   if (m_matched == 1) {
      m_first = std::move(v);
      m_first_at = ordinal;
   }
}

void accumulator::merge(const accumulator& later)
{
   if (m_matched == 0 && later.m_matched > 0) {
      m_first = later.m_first;
      m_first_at = later.m_first_at;
   }
   m_matched += later.m_matched;
   m_sum.merge(later.m_sum);
   if (later.m_has_best) {
      if (!m_has_best) {
         m_has_best = true;
         m_best_fixed = later.m_best_fixed;
         m_best = later.m_best;
      }
      else if (later.m_best) {
         add(*later.m_best);
      }
      else {
         add(later.m_best_fixed);
      }
   }
   for (const std::string& key : later.m_distinct) {
      m_distinct.insert(key);
   }
   m_kept.merge(later.m_kept);
}

// ---------------------------------------------------------------- aggregate_state

aggregate_state::aggregate_state(const ir::aggregate& a) : m_aggregate(&a)
{
   if (a.group_by.empty()) {
      m_groups.push_back({{}, accumulator(a.kind), 0});
      m_stamped = 1;
   }
}

accumulator& aggregate_state::group(std::string_view key,
                                    const std::function<std::vector<value>()>& key_values)
{
   if (m_has_last && key == m_last_key) {
      return m_groups[m_last].acc;
   }
   auto it = m_index.find(key);
   if (it == m_index.end() && m_groups.size() >= m_group_limit) {
      m_refused = true;
      m_has_last = false;
      return m_refused_rows.emplace(m_aggregate->kind);
   }
   if (it == m_index.end()) {
      it = m_index.emplace(std::string(key), m_groups.size()).first;
      m_groups.push_back({key_values(), accumulator(m_aggregate->kind), nowhere});
   }
   m_last_key.assign(key);
   m_last = it->second;
   m_has_last = true;
   return m_groups[m_last].acc;
}

void aggregate_state::fail(std::uint64_t ordinal, std::optional<value> why)
{
   if (ordinal < m_failed_at) {
      m_failed_at = ordinal;
      m_failure = std::move(why);
   }
}

void aggregate_state::merge(aggregate_state&& later)
{
   m_rows += later.m_rows;
   m_full_at = std::min(m_full_at, later.m_full_at);
   if (later.m_failed_at < m_failed_at) {
      m_failed_at = later.m_failed_at;
      m_failure = std::move(later.m_failure);
   }
   if (m_aggregate->group_by.empty()) {
      m_groups.front().acc.merge(later.m_groups.front().acc);
      return;
   }
   for (auto& [key, index] : later.m_index) {
      slot& theirs = later.m_groups[index];
      auto it = m_index.find(key);
      if (it == m_index.end()) {
         m_index.emplace(key, m_groups.size());
         m_groups.push_back(std::move(theirs));
      }
      else {
         slot& ours = m_groups[it->second];
         ours.acc.merge(theirs.acc);
         ours.first = std::min(ours.first, theirs.first);
      }
   }
   m_stamped = m_groups.size();
   m_has_last = false;
}

std::optional<std::uint64_t> aggregate_state::group_beyond() const
{
   const std::size_t limit = m_group_limit;
   // A part that refused groups kept every group begun before the first it refused, and had
   // more than `limit` by then: the row sought is never later than that, so every group before
   // it is here. A refused group counts as one more at its row.
   if (m_aggregate->group_by.empty() ||
       (m_groups.size() <= limit && m_full_at == nowhere)) {
      return std::nullopt;
   }
   std::vector<std::uint64_t> firsts;
   firsts.reserve(m_groups.size() + 1);
   for (const slot& s : m_groups) {
      firsts.push_back(s.first);
   }
   firsts.push_back(m_full_at);
   if (firsts.size() <= limit) {
      return std::nullopt;
   }
   std::nth_element(firsts.begin(), firsts.begin() + static_cast<std::ptrdiff_t>(limit), firsts.end());
   const std::uint64_t at = firsts[limit];
   if (at == nowhere || at > m_failed_at) {
      return std::nullopt;
   }
   return at;
}

// The one place where an accumulator becomes the aggregate's value, for each kind.
value aggregate_state::result(const accumulator& acc, const ir::expr& e,
                              lang::diagnostic_sink& sink,
                              const std::function<value(std::uint64_t)>& row_outcome) const
{
   const ir::aggregate& a = *m_aggregate;
   // Of no matching row there is no mean, extreme or middle to take.
   const auto none = [&] {
      return missing{missing::kind::no_match,
                     "tidak ada baris yang cocok di tabel " + a.source->name, e.where};
   };
   switch (a.kind) {
   case ir::aggregate_kind::count:
      return decimal(static_cast<std::int64_t>(acc.m_matched));
   case ir::aggregate_kind::count_distinct:
      return decimal(static_cast<std::int64_t>(acc.m_distinct.size()));
   case ir::aggregate_kind::lookup:
      if (acc.m_matched == 1) {
         return acc.m_first ? *acc.m_first : row_outcome(acc.m_first_at);
      }
      if (acc.m_matched == 0) {
         return missing{missing::kind::no_match,
                        "ambil() tidak menemukan baris yang cocok di tabel " + a.source->name,
                        e.where};
      }
      sink.error("E-DATA-GANDA", e.where,
                 "ambil() menemukan " + std::to_string(acc.m_matched) +
                    " baris yang cocok di tabel " + a.source->name + ", harus tepat satu",
                 "perketat kondisi 'dengan' atau perbaiki data yang ganda");
      return missing{missing::kind::no_match, "lebih dari satu baris cocok", e.where};
   case ir::aggregate_kind::sum:
      return acc.m_sum.total();
   case ir::aggregate_kind::mean:
      if (acc.m_matched == 0) {
         return none();
      }
      return *decimal::divide(acc.m_sum.total(),
                              decimal(static_cast<std::int64_t>(acc.m_matched)));
   case ir::aggregate_kind::min:
   case ir::aggregate_kind::max:
      if (acc.m_matched == 0) {
         return none();
      }
      return acc.m_best ? *acc.m_best : to_decimal(acc.m_best_fixed);
   case ir::aggregate_kind::median:
      if (acc.m_matched == 0) {
         return none();
      }
      return middle(acc.m_kept);
   case ir::aggregate_kind::modus:
      if (acc.m_matched == 0) {
         return none();
      }
      return most_frequent(acc.m_kept.sorted());
   }
   return value{}; // unreachable: every kind is named above
}

value aggregate_state::grouped_result(const ir::expr& e, const period& when,
                                      lang::diagnostic_sink& sink,
                                      const std::function<value(std::uint64_t)>& row_outcome) const
{
   const ir::aggregate& a = *m_aggregate;
   auto out = std::make_shared<grouped>();
   out->key_names = key_names(a);
   // Band order for `kelas` keys; a single such key also lists the bands no row fell in, so that
   // a count per band shows its zeros.
   std::vector<const lang::scale*> scales;
   for (const auto& key : a.group_by) {
      scales.push_back(classifying_scale(*key, when));
   }
   for (const slot& s : m_groups) {
      out->groups.push_back({s.key, result(s.acc, e, sink, row_outcome), s.acc.matched()});
   }
   if (scales.size() == 1 && scales.front()) {
      const accumulator nothing(a.kind);
      for (const lang::band& b : scales.front()->bands) {
         const bool seen = std::any_of(out->groups.begin(), out->groups.end(), [&](const auto& g) {
            return g.key.front().is_text() && g.key.front().as_text() == b.label;
         });
         if (!seen) {
            out->groups.push_back({{value(b.label)}, result(nothing, e, sink, row_outcome), 0});
         }
      }
   }
   const auto band_rank = [&](std::size_t k, const value& v) -> std::size_t {
      const lang::scale* s = scales[k];
      if (!s || !v.is_text()) {
         return 0;
      }
      for (std::size_t i = 0; i < s->bands.size(); ++i) {
         if (s->bands[i].label == v.as_text()) {
            return i;
         }
      }
      return s->bands.size();
   };
   std::sort(out->groups.begin(), out->groups.end(), [&](const auto& x, const auto& y) {
      for (std::size_t k = 0; k < x.key.size() && k < y.key.size(); ++k) {
         const std::size_t rx = band_rank(k, x.key[k]);
         const std::size_t ry = band_rank(k, y.key[k]);
         if (rx != ry) {
            return rx < ry;
         }
         if (const int c = compare_values(x.key[k], y.key[k]); c != 0) {
            return c < 0;
         }
      }
      return false;
   });
   return value(std::shared_ptr<const grouped>(std::move(out)));
}

value aggregate_state::finish(const ir::expr& e, const period& when, lang::diagnostic_sink& sink,
                              const std::function<value(std::uint64_t)>& row_outcome) const
{
   const ir::aggregate& a = *m_aggregate;
   if (failed()) {
      return m_failure ? *m_failure : row_outcome(m_failed_at);
   }
   if (m_rows == 0) {
      // The engine reads a table without a period column only for the data's own period.
      return no_rows(*a.source, a.source->period_column ? std::optional(when) : std::nullopt);
   }
   if (a.group_by.empty()) {
      return result(m_groups.front().acc, e, sink, row_outcome);
   }
   return grouped_result(e, when, sink, row_outcome);
}

missing no_rows(const lang::table& t, const std::optional<period>& when)
{
   return missing{missing::kind::no_data_for_period,
                  when ? "tabel " + t.name + " tidak punya data periode " + when->to_string()
                       : "tabel " + t.name + " tidak punya baris data",
                  t.where};
}

std::vector<std::string> key_names(const ir::aggregate& a)
{
   std::vector<std::string> names;
   for (const auto& key : a.group_by) {
      const auto* f = std::get_if<ir::function_call>(&key->node);
      if (const auto* c = std::get_if<ir::column_ref>(&key->node)) {
         names.push_back(c->source->columns[c->column].name);
      }
      else if (f && f->fn == ir::function::classify && f->scale_arg) {
         names.push_back(lang::display_name(f->scale_arg->owner, f->scale_arg->name));
      }
      else {
         names.emplace_back(key->where.text());
      }
   }
   return names;
}

} // namespace ind::rt::agg
