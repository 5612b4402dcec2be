// The canonical layout of a rule file (`ind fmt`). The grammar reads the file once more into a
// parse tree of the rules that matter for layout: every stretch of layout (`_`: white space and
// comments) and the places where declarations, block items, intervals, target entries, numbers
// and unary minus signs begin. The text between stretches of layout is the file's tokens, which
// are written back unchanged (whole numbers regrouped), with layout of the printer's choosing.
#include "lang/print.hpp"

#include "lang/grammar.hpp"
#include "lang/parser.hpp"

#include <tao/pegtl/contrib/parse_tree.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <utility>

namespace ind::lang {

namespace g = grammar;
namespace pegtl = tao::pegtl;
namespace pt = tao::pegtl::parse_tree;

namespace {

// clang-format off
template <typename Rule>
using layout_selector = pt::selector<Rule,
   pt::store_content::on<
      g::_, g::same_line, g::header, g::declaration,
      g::indicator_field, g::table_item, g::budget_item, g::renja_item, g::weight_item, g::meta_clause, g::band,
      g::scale_domain, g::given, g::assertion, g::choice_arm, g::choice_otherwise,
      g::interval, g::band_label, g::band_description, g::field_targets, g::target_version_name, g::target_entry, g::unary_minus,
      g::call_arguments, g::parameters, g::number>>;
// clang-format on

struct range
{
   std::size_t begin = 0;
   std::size_t end = 0;
};

// What the parse tree says about the file, by byte offset.
struct marks
{
   std::vector<range> layout;
   std::set<std::size_t> declarations; // a header or a top-level declaration starts here
   std::set<std::size_t> items;        // an item of a block (a field, a band, a column...)
   std::set<std::size_t> unary;        // a '-' that negates what follows
   std::set<std::size_t> call_parens;  // the '(' of arguments or parameters
   std::set<std::size_t> band_labels;  // the label of a band
   std::set<std::size_t> band_descriptions;
   std::set<std::size_t> target_fields;
   std::set<std::size_t> target_entries;
   std::set<std::size_t> target_versions; // the version name of `target pk 2024: ...`
   std::vector<range> intervals;
   std::vector<range> numbers;
};

void collect(const pt::node& n, marks& m)
{
   if (!n.is_root()) {
      const range r{n.begin().byte, n.end().byte};
      if (n.is_type<g::_>() || n.is_type<g::same_line>()) {
         m.layout.push_back(r);
      }
      else if (n.is_type<g::header>() || n.is_type<g::declaration>()) {
         m.declarations.insert(r.begin);
      }
      else if (n.is_type<g::interval>()) {
         m.intervals.push_back(r);
      }
      else if (n.is_type<g::band_label>()) {
         m.band_labels.insert(r.begin);
      }
      else if (n.is_type<g::band_description>()) {
         m.band_descriptions.insert(r.begin);
      }
      else if (n.is_type<g::field_targets>()) {
         m.target_fields.insert(r.begin);
         m.items.insert(r.begin);
      }
      else if (n.is_type<g::target_entry>()) {
         m.target_entries.insert(r.begin);
      }
      else if (n.is_type<g::target_version_name>()) {
         m.target_versions.insert(r.begin);
      }
      else if (n.is_type<g::unary_minus>()) {
         m.unary.insert(r.begin);
      }
      else if (n.is_type<g::call_arguments>() || n.is_type<g::parameters>()) {
         m.call_parens.insert(r.begin);
      }
      else if (n.is_type<g::number>()) {
         m.numbers.push_back(r);
      }
      else {
         m.items.insert(r.begin);
      }
   }
   for (const auto& child : n.children) {
      collect(*child, m);
   }
}

// The marks of a file that parse() accepts (so its nesting is within the limits the parser keeps).
std::optional<marks> read_marks(const source_file& file)
{
   diagnostic_sink sink;
   parse(file, sink);
   if (sink.has_errors()) {
      return std::nullopt;
   }
   pegtl::memory_input<> in(file.text(), file.name());
   try {
      const auto root = pt::parse<g::file, pt::node, layout_selector>(in);
      if (!root) {
         return std::nullopt;
      }
      marks m;
      collect(*root, m);
      return m;
   }
   catch (const pegtl::parse_error&) {
      return std::nullopt;
   }
}

// A token or a comment of the file, in the order of the text.
struct item
{
   range where;
   std::string text;
   bool comment = false;
   std::size_t newlines_before = 0; // line ends between the previous item and this one
};

// Whether `at` is inside one of `ranges`, which are apart and in the order of the text.
bool inside(const std::vector<range>& ranges, std::size_t at)
{
   const auto after = std::upper_bound(ranges.begin(), ranges.end(), at,
                                       [](std::size_t x, const range& r) { return x < r.begin; });
   return after != ranges.begin() && at < std::prev(after)->end;
}

// A whole number regrouped: five digits or more are grouped by thousands, fewer are kept.
std::string regrouped(std::string_view number)
{
   const std::size_t comma = std::min(number.find(','), number.size());
   std::string digits;
   for (char c : number.substr(0, comma)) {
      if (c != '.') {
         digits += c;
      }
   }
   if (digits.size() < 5) {
      return std::string(number);
   }
   std::string out;
   for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) {
         out += '.';
      }
      out += digits[i];
   }
   return out + std::string(number.substr(comma));
}

// The text of the token at [begin, end), its numbers regrouped.
std::string token_text(std::string_view text, const marks& m, range where)
{
   std::string out;
   std::size_t at = where.begin;
   auto n = std::lower_bound(m.numbers.begin(), m.numbers.end(), where.begin,
                             [](const range& r, std::size_t x) { return r.begin < x; });
   for (; n != m.numbers.end() && n->end <= where.end; ++n) {
      out += text.substr(at, n->begin - at);
      out += regrouped(text.substr(n->begin, n->end - n->begin));
      at = n->end;
   }
   return out + std::string(text.substr(at, where.end - at));
}

std::string trimmed_right(std::string_view text)
{
   std::size_t end = text.size();
   while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' ||
                      text[end - 1] == '\v' || text[end - 1] == '\f')) {
      --end;
   }
   return std::string(text.substr(0, end));
}

// The tokens and comments of the text after `start` (past a byte order mark).
std::vector<item> items_of(std::string_view text, std::size_t start, const marks& m)
{
   std::vector<bool> is_layout(text.size(), false);
   std::vector<std::size_t> cuts = {start, text.size()};
   for (const range& r : m.layout) {
      std::fill(is_layout.begin() + static_cast<std::ptrdiff_t>(r.begin),
                is_layout.begin() + static_cast<std::ptrdiff_t>(r.end), true);
      cuts.push_back(r.begin);
      cuts.push_back(r.end);
   }
   std::sort(cuts.begin(), cuts.end());
   cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
   std::vector<item> items;
   for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
      const std::size_t begin = cuts[i];
      const std::size_t end = cuts[i + 1];
      if (begin < start || begin >= end) {
         continue;
      }
      if (!is_layout[begin]) {
         items.push_back({{begin, end}, token_text(text, m, {begin, end})});
         continue;
      }
      // Layout holds white space and comments; a comment runs to the end of its line.
      for (std::size_t at = begin; at < end;) {
         if (text.compare(at, 2, "//") == 0) {
            const std::size_t stop = std::min(text.find('\n', at), end);
            items.push_back({{at, stop}, trimmed_right(text.substr(at, stop - at)), true});
            at = stop;
         }
         else {
            ++at;
         }
      }
   }
   std::size_t previous_end = start;
   for (item& it : items) {
      const std::string_view gap = text.substr(previous_end, it.where.begin - previous_end);
      it.newlines_before = static_cast<std::size_t>(std::count(gap.begin(), gap.end(), '\n'));
      previous_end = it.where.end;
   }
   return items;
}

// ---------------------------------------------------------------- lines

struct piece
{
   std::string text;
   std::size_t space_before = 0;
   std::size_t offset = 0; // where the token was in the file
};

struct line
{
   std::size_t level = 0;
   bool blank_before = false;
   bool declaration = false; // a top-level declaration (or the header) starts here
   std::vector<piece> pieces;
   std::string comment; // at the end of the line, or the whole line when pieces is empty
   std::size_t comment_space = 2;
};

// Columns are counted in code points, as an editor shows them.
std::size_t width(std::string_view text)
{
   return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::size_t code_width(const line& l)
{
   std::size_t w = 0;
   for (const piece& p : l.pieces) {
      w += p.space_before + width(p.text);
   }
   return w;
}

// The column where piece `index` of `l` starts, after the indentation.
std::size_t column_of(const line& l, std::size_t index)
{
   std::size_t w = 0;
   for (std::size_t i = 0; i < index; ++i) {
      w += l.pieces[i].space_before + width(l.pieces[i].text);
   }
   return w + l.pieces[index].space_before;
}

// Lines up the pieces that `pick` chooses (one per line, or none) in runs of consecutive lines
// that have one, at one level, with no blank line between them.
template <typename Pick>
void align(std::vector<line>& lines, Pick pick)
{
   std::size_t i = 0;
   while (i < lines.size()) {
      std::size_t end = i;
      while (end < lines.size() && pick(lines[end]) &&
             (end == i || (!lines[end].blank_before && lines[end].level == lines[i].level))) {
         ++end;
      }
      if (end - i >= 2) {
         std::size_t column = 0;
         for (std::size_t k = i; k < end; ++k) {
            column = std::max(column, column_of(lines[k], *pick(lines[k])));
         }
         for (std::size_t k = i; k < end; ++k) {
            piece& p = lines[k].pieces[*pick(lines[k])];
            p.space_before += column - column_of(lines[k], *pick(lines[k]));
         }
      }
      i = std::max(end, i + 1);
   }
}

class printer
{
 public:
   explicit printer(const marks& m) : m_marks(m) {}

   std::vector<line> lines(const std::vector<item>& items);

 private:
   // An open '{' or '(' and the level of the lines inside it: one more than the line it is on.
   struct bracket
   {
      char kind;
      std::size_t inner;
   };

   static bool is(const item& it, std::string_view text) { return !it.comment && it.text == text; }
   std::size_t space_between(const item& a, const item& b) const;
   std::size_t level_of(const item& it) const;
   void start_line(const item& it, bool blank);

   const marks& m_marks;
   std::vector<line> m_lines;
   std::vector<bracket> m_open;
   std::size_t m_pending_comments = 0; // comment lines whose level the next code line decides
};

std::size_t printer::space_between(const item& a, const item& b) const
{
   const std::string_view before = a.text;
   const std::string_view after = b.text;
   if (m_marks.unary.contains(a.where.begin) || before == "(" || before == ".." ||
       after == ".." || after == ")" || after == "," || after == ";" || after == ":") {
      return 0;
   }
   if (after == "(" && m_marks.call_parens.contains(b.where.begin)) {
      return 0;
   }
   if (inside(m_marks.intervals, a.where.begin) && inside(m_marks.intervals, b.where.begin)) {
      return 0;
   }
   if (m_marks.target_entries.contains(b.where.begin) && before != ";" && before != "," &&
       !m_marks.target_fields.contains(a.where.begin) &&
       !m_marks.target_versions.contains(a.where.begin)) {
      return 2; // between entries; one space after `target` and after its version name
   }
   return 1;
}

// The level of a line that starts with `it`: a closing bracket at the level of the line that
// opened it; inside parentheses, the level they give; in a block, an item at the block's level
// and the lines that continue it one more; outside blocks, a declaration at 0 and what continues
// it at 1.
std::size_t printer::level_of(const item& it) const
{
   if (m_open.empty()) {
      return m_marks.declarations.contains(it.where.begin) ? 0 : 1;
   }
   const bracket& innermost = m_open.back();
   if (it.text == "}" || it.text == ")") {
      return innermost.inner - 1;
   }
   if (innermost.kind == '(' || m_marks.items.contains(it.where.begin)) {
      return innermost.inner;
   }
   return innermost.inner + 1;
}

std::vector<line> printer::lines(const std::vector<item>& items)
{
   const item* previous = nullptr;
   for (const item& it : items) {
      const bool on_new_line = previous == nullptr || it.newlines_before > 0;
      if (it.comment) {
         if (!on_new_line && !m_lines.empty()) {
            m_lines.back().comment = it.text;
         }
         else {
            start_line(it, it.newlines_before > 1);
            m_lines.back().comment = it.text;
            ++m_pending_comments;
         }
         previous = &it;
         continue;
      }
      const bool joined = is(it, "{") && previous != nullptr && !previous->comment;
      const bool forced = m_open.empty() && m_marks.declarations.contains(it.where.begin);
      if (previous == nullptr || ((on_new_line || forced) && !joined)) {
         start_line(it, on_new_line && it.newlines_before > 1);
         m_lines.back().declaration = forced;
         m_lines.back().pieces.push_back({it.text, 0, it.where.begin});
      }
      else {
         m_lines.back().pieces.push_back({it.text, space_between(*previous, it), it.where.begin});
      }
      // The brackets of an interval ("[85..100)") hold no lines.
      const bool counts = !inside(m_marks.intervals, it.where.begin);
      if (counts && (is(it, "{") || is(it, "("))) {
         m_open.push_back({it.text.front(), m_lines.back().level + 1});
      }
      else if (counts && (is(it, "}") || is(it, ")")) && !m_open.empty()) {
         m_open.pop_back();
      }
      previous = &it;
   }
   // Comments at the end of the file.
   for (std::size_t k = m_lines.size() - m_pending_comments; k < m_lines.size(); ++k) {
      m_lines[k].level = 0;
   }
   return std::move(m_lines);
}

bool opens_block(const line& l)
{
   return !l.pieces.empty() && l.pieces.back().text == "{";
}

// A new line for `it`, at the level it asks for. The comment lines just before it take the same
// level (inside the block or parentheses when it closes them). No blank line opens or closes a
// block.
void printer::start_line(const item& it, bool blank)
{
   line l;
   l.blank_before = blank && !m_lines.empty() && !opens_block(m_lines.back());
   if (it.comment) {
      m_lines.push_back(std::move(l));
      return;
   }
   l.level = level_of(it);
   const bool closes = it.text == "}" || it.text == ")";
   if (closes) {
      l.blank_before = false;
   }
   const std::size_t first = m_lines.size() - m_pending_comments;
   for (std::size_t k = first; k < m_lines.size(); ++k) {
      m_lines[k].level = closes ? l.level + 1 : l.level;
   }
   m_pending_comments = 0;
   m_lines.push_back(std::move(l));
}

std::string render(const std::vector<line>& lines)
{
   std::string out;
   for (std::size_t i = 0; i < lines.size(); ++i) {
      const line& l = lines[i];
      if (l.blank_before && i > 0) {
         out += '\n';
      }
      out.append(2 * l.level, ' ');
      for (const piece& p : l.pieces) {
         out.append(p.space_before, ' ');
         out += p.text;
      }
      if (!l.comment.empty()) {
         if (!l.pieces.empty()) {
            out.append(l.comment_space, ' ');
         }
         out += l.comment;
      }
      out += '\n';
   }
   return out;
}

// Lines up trailing comments in runs of consecutive lines that have one.
// One blank line before and after a declaration whose block spans lines (an indicator, a
// scale, a table written over several lines), above the comment lines that lead into the next
// declaration. One-line declarations may stay together.
void separate_blocks(std::vector<line>& lines)
{
   std::vector<std::size_t> starts;
   for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].declaration) {
         starts.push_back(i);
      }
   }
   // The first of the comment lines right above a declaration, at the left margin.
   const auto head = [&](std::size_t d) {
      while (d > 0 && !lines[d].blank_before && lines[d - 1].pieces.empty() &&
             lines[d - 1].level == 0) {
         --d;
      }
      return d;
   };
   const auto has_block = [&](std::size_t k) {
      const std::size_t end = k + 1 < starts.size() ? head(starts[k + 1]) : lines.size();
      for (std::size_t i = starts[k]; i + 1 < end; ++i) {
         if (!lines[i].pieces.empty() && lines[i].pieces.back().text == "{") {
            return true;
         }
      }
      return false;
   };
   for (std::size_t k = 1; k < starts.size(); ++k) {
      const std::size_t first = head(starts[k]);
      if (first > 0 && (has_block(k - 1) || has_block(k))) {
         lines[first].blank_before = true;
      }
   }
}

void align_comments(std::vector<line>& lines)
{
   std::size_t i = 0;
   while (i < lines.size()) {
      const auto trailing = [&](std::size_t k) {
         return !lines[k].pieces.empty() && !lines[k].comment.empty();
      };
      std::size_t end = i;
      while (end < lines.size() && trailing(end) && (end == i || !lines[end].blank_before)) {
         ++end;
      }
      std::size_t column = 0;
      for (std::size_t k = i; k < end; ++k) {
         column = std::max(column, 2 * lines[k].level + code_width(lines[k]));
      }
      for (std::size_t k = i; k < end; ++k) {
         lines[k].comment_space = column + 2 - (2 * lines[k].level + code_width(lines[k]));
      }
      i = std::max(end, i + 1);
   }
}

std::size_t byte_order_mark(std::string_view text)
{
   return text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

} // namespace

std::optional<std::string> format_source(const source_file& file)
{
   const std::optional<marks> m = read_marks(file);
   if (!m) {
      return std::nullopt;
   }
   const std::string_view text = file.text();
   const std::size_t start = byte_order_mark(text);
   const std::vector<item> items = items_of(text, start, *m);
   if (items.empty()) {
      return std::string(text.substr(0, start));
   }
   printer p(*m);
   std::vector<line> lines = p.lines(items);
   // The labels and descriptions of bands written one per line.
   for (const std::set<std::size_t>* column : {&m->band_labels, &m->band_descriptions}) {
      align(lines, [&](const line& l) -> std::optional<std::size_t> {
         if (l.pieces.empty() || !inside(m->intervals, l.pieces.front().offset)) {
            return std::nullopt;
         }
         for (std::size_t k = 1; k < l.pieces.size(); ++k) {
            if (column->contains(l.pieces[k].offset)) {
               return k;
            }
         }
         return std::nullopt;
      });
   }
   // The entries of target lines, column by column.
   for (std::size_t column = 1;; ++column) {
      bool any = false;
      align(lines, [&](const line& l) -> std::optional<std::size_t> {
         if (l.pieces.empty() || !m->target_fields.contains(l.pieces.front().offset)) {
            return std::nullopt;
         }
         std::size_t seen = 0;
         for (std::size_t k = 1; k < l.pieces.size(); ++k) {
            if (m->target_entries.contains(l.pieces[k].offset) && ++seen == column + 1) {
               any = true;
               return k;
            }
         }
         return std::nullopt;
      });
      if (!any) {
         break;
      }
   }
   separate_blocks(lines);
   align_comments(lines);
   return std::string(text.substr(0, start)) + render(lines);
}

std::optional<token_content> content_of(const source_file& file)
{
   const std::optional<marks> m = read_marks(file);
   if (!m) {
      return std::nullopt;
   }
   token_content content;
   for (item& it : items_of(file.text(), byte_order_mark(file.text()), *m)) {
      if (it.comment) {
         content.comments.push_back(std::move(it.text));
      }
      else {
         content.tokens.push_back(std::move(it.text));
      }
   }
   return content;
}

} // namespace ind::lang
