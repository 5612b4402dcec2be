#include "runtime/explain.hpp"

#include "lang/source.hpp"
#include "runtime/json.hpp"

#include <algorithm>
#include <ostream>

namespace ind::rt {

namespace {

using kind = trace_node::kind;

// The position of a declaration without its text: the trace points at it but quotes no formula.
lang::place point(lang::span s)
{
   lang::place at;
   if (s.valid()) {
      at.file = s.file->name();
      at.line = s.file->line_of(s.begin);
      at.column = s.file->column_of(s.begin);
   }
   return at;
}

void explain_budget(const lang::program& p, evaluator& eval, const lang::indicator& ind,
                    const period& when, trace_recorder& trace)
{
   const budget_figures b = eval.budget(ind, when);
   std::string codes;
   for (const std::string& code : ind.budget_codes) {
      codes += (codes.empty() ? "" : ", ") + code;
   }
   trace.open(kind::figure, "anggaran " + ind.id + " " + when.to_string(), point(ind.where)).detail =
      ind.budget_all ? "seluruh anggaran (jumlah semua program)"
                     : "kode " + codes + ", dijumlah dari baris terendahnya";
   const auto is_named = [&](const budget_line& line) {
      if (ind.budget_all) {
         return line.code.find('.') == std::string::npos;
      }
      return std::find(ind.budget_codes.begin(), ind.budget_codes.end(), line.code) !=
             ind.budget_codes.end();
   };
   for (const budget_line& line : eval.data().budget) {
      if (is_named(line)) {
         const budget_figures own = eval.budget_for_code(line.code);
         trace.leaf(kind::cell, "pagu " + line.code + " (" + line.name + ")", line.ceiling_where,
                    own.ceiling);
         trace.leaf(kind::cell, "realisasi " + line.code, line.realised_where, own.realised);
      }
   }
   trace.leaf(kind::expression, "pagu", {}, b.ceiling);
   trace.leaf(kind::expression, "realisasi anggaran", {}, b.realised);
   const lang::place budget_place = p.budget ? point(p.budget->where) : lang::place{};
   trace.open(kind::figure, "serapan = realisasi anggaran / pagu x 100", budget_place);
   if (b.absorption.places && b.absorption.exact.is_number()) {
      trace.leaf(kind::rounding,
                 "dibulatkan setengah ke atas, " + std::to_string(*b.absorption.places) +
                    " desimal",
                 budget_place, b.absorption.shown, "dari " + b.absorption.exact.describe())
         .places = b.absorption.places;
   }
   trace.close(b.absorption.shown, b.absorption.places);
   trace.close(b.absorption.shown, b.absorption.places);
}

void explain_indicator(const lang::program& p, evaluator& eval, const lang::indicator& ind,
                       const period& when, trace_recorder& trace)
{
   const figure_value r = eval.realisasi(ind, when);
   target_leaf(trace, ind, when, eval.target(ind, when), ind.measured);
   // The other versions of targets, which the report prints beside it.
   for (const lang::version_targets& other : ind.other_targets) {
      target_leaf(trace, ind, when, eval.target(ind, when, other.version), other.version);
   }
   const figure_value c = eval.achievement(ind, when);
   if (ind.achievement_scale) {
      eval.classify(ind.achievement_scale, c.shown, when, ind.where);
   }
   if (ind.value_scale) {
      eval.classify(ind.value_scale, r.shown, when, ind.where);
   }
   if (ind.has_budget()) {
      explain_budget(p, eval, ind, when, trace);
   }
   if (ind.efficiency.where.valid()) {
      const figure_value e = eval.efficiency(ind, when);
      if (ind.efficiency_scale) {
         eval.classify(ind.efficiency_scale, e.shown, when, ind.where);
      }
   }
}

// The realisasi of the years before `when` the report compares, for an indicator whose rumus
// has versions: each with the source it was read from (the version in force, or the data row).
void explain_earlier_sources(evaluator& eval, const lang::indicator& ind, const period& when,
                             int earlier, trace_recorder& trace)
{
   if (earlier <= 0) {
      return;
   }
   trace.open(kind::note, "sumber realisasi tahun-tahun sebelumnya yang dibandingkan laporan",
              point(ind.where));
   for (int back = earlier; back >= 1; --back) {
      period before = when;
      before.year -= back;
      // Only the source is shown here: each derivation is that of its own period's explain.
      eval.trace_into(nullptr);
      const figure_value past = eval.realisasi(ind, before);
      eval.trace_into(&trace);
      const std::string label = "realisasi " + ind.id + " " + before.to_string();
      if (const lang::formula_version* v = ind.version_for(before)) {
         trace.leaf(kind::expression, label + ": rumus (" + formula_version_text(ind, *v) + ")",
                    point(v->where), past.shown)
            .places = past.places;
         continue;
      }
      const auto row = eval.data().realisasi.find({ind.id, before});
      if (row != eval.data().realisasi.end()) {
         trace.leaf(kind::cell, label + ": data realisasi", row->second.where, past.shown).places =
            past.places;
      }
      else {
         trace.leaf(kind::expression, label + ": data realisasi, tidak ada baris", {}, past.shown);
      }
   }
   trace.close(value{});
}

// A syarat: its condition evaluated for the period, every step shown (a comparison's two sides
// are its two steps); per row, the count of the rows of its table for which it does not hold.
void explain_condition(evaluator& eval, const lang::condition& c, const period& when,
                       trace_recorder& trace)
{
   trace_node& node = trace.open(kind::figure, "syarat \"" + c.title + "\" " + when.to_string(),
                                 point(c.where));
   node.detail = citation_text(c.info);
   if ((c.info.since && when < *c.info.since) || lang::ended(c.info, when)) {
      trace.leaf(kind::note, "tidak berlaku pada periode " + when.to_string(), point(c.where), value{});
      trace.close(value{});
      return;
   }
   const evaluator::env scope{when, nullptr, nullptr, nullptr, 0, 0};
   value v;
   if (c.rows) {
      // The count runs over the negated condition of every row; tracing it would show each row's
      // negation under the condition's own text, so only the count is shown.
      eval.trace_into(nullptr);
      v = eval.evaluate(*c.formula, scope);
      eval.trace_into(&trace);
      trace.leaf(kind::expression,
                 "baris tabel " + c.rows->name + " yang tidak memenuhi " +
                    std::string(c.check->where.text()),
                 point(c.check->where), v);
   }
   else {
      v = eval.evaluate(*c.formula, scope);
   }
   const bool held = c.rows ? v.is_number() && v.as_number() == decimal(0)
                            : v.is_bool() && v.as_bool();
   trace.leaf(kind::note,
              v.is_missing() ? std::string("hasil: tidak dapat dinilai")
                             : std::string("hasil: ") + (held ? "terpenuhi" : "tidak terpenuhi"),
              {}, value{});
   trace.close(v);
}

// All decimals of a value, with Indonesian separators, and "..." when it has no end; a value a
// rule rounds shows the decimals it was rounded to (82,10, not 82,1).
std::string full(const value& v, locale loc, std::optional<int> places = std::nullopt)
{
   if (places && v.is_number()) {
      return format_number(v.as_number(), *places, loc);
   }
   if (!v.is_number()) {
      return v.is_missing() ? "tidak tersedia (" + v.as_missing().reason + ")" : v.describe();
   }
   const decimal& d = v.as_number();
   if (d.is_terminating()) {
      return format_number(d, std::max(0, d.places()), loc);
   }
   std::string text = d.to_string(20);
   if (loc == locale::id) {
      text[text.find('.')] = ','; // the decimal point only; the trailing "..." stays
   }
   return text;
}

std::string location(const lang::place& at)
{
   if (!at.valid()) {
      return {};
   }
   return at.location();
}

// A step that only names a figure ("ip_asn_pns") is shown as that figure itself.
bool is_pass_through(const trace_node& n)
{
   return n.what == kind::expression && n.children.size() == 1 &&
          (n.children[0]->what == kind::figure || n.children[0]->what == kind::reference ||
           n.children[0]->what == kind::cell);
}

void text_node(std::ostream& out, const trace_node& n, std::size_t depth, locale loc)
{
   if (is_pass_through(n)) {
      text_node(out, *n.children[0], depth, loc);
      return;
   }
   const std::string indent(depth * 2, ' ');
   // Labels, data and values are shown with their control characters escaped: a label holding
   // an escape sequence or a line break must not drive the terminal or forge a line.
   const std::string at = lang::printable_text(location(n.where));
   const std::string label = lang::printable_text(n.label);
   const auto full = [&](const value& v) { return lang::printable_text(rt::full(v, loc, n.places)); };
   switch (n.what) {
   case kind::figure:
      out << indent << label << " = " << full(n.result) << '\n';
      if (n.where.where.valid() && n.where.where.text().find('\n') == std::string_view::npos) {
         out << indent << "  rumus: " << lang::printable_text(n.where.where.text(), true) << "   (" << at << ")\n";
      }
      else if (!at.empty()) {
         out << indent << "  (" << at << ")\n";
      }
      break;
   case kind::rounding:
      out << indent << label << ": " << full(n.result) << " (" << lang::printable_text(n.detail) << ")\n";
      break;
   case kind::band:
      out << indent << label << " -> " << full(n.result) << "   (" << at << ")\n";
      break;
   case kind::reference:
      out << indent << label << " = " << full(n.result) << " (lihat di atas)\n";
      break;
   case kind::cell:
      out << indent << label << " = " << full(n.result) << "   (" << at << ")\n";
      break;
   case kind::note:
      out << indent << label << (at.empty() ? "" : "   (" + at + ")") << '\n';
      break;
   case kind::expression:
      out << indent << label << " = " << full(n.result)
          << (at.empty() || n.where.where.valid() ? "" : "   (" + at + ")") << '\n';
      break;
   }
   if (!n.detail.empty() && n.what != kind::rounding) {
      out << indent << "  " << lang::printable_text(n.detail) << '\n';
   }
   for (const auto& c : n.children) {
      text_node(out, *c, depth + 1, loc);
   }
}


const char* kind_name(kind k)
{
   switch (k) {
   case kind::figure:
      return "angka";
   case kind::expression:
      return "ekspresi";
   case kind::rounding:
      return "pembulatan";
   case kind::band:
      return "kelas";
   case kind::cell:
      return "data";
   case kind::reference:
      return "rujukan";
   case kind::note:
      return "catatan";
   }
   return "";
}

json json_node(const trace_node& n)
{
   if (is_pass_through(n)) {
      return json_node(*n.children[0]);
   }
   const std::string at = location(n.where);
   json out = {{"jenis", kind_name(n.what)},
               {"label", n.label},
               {"lokasi", at.empty() ? json(nullptr) : json(at)}};
   if (n.result.is_number()) {
      out["nilai"] = n.places ? n.result.as_number().to_fixed(*n.places)
                              : n.result.as_number().to_string(30);
   }
   else if (n.result.is_text()) {
      out["nilai"] = n.result.as_text();
   }
   else if (n.result.is_bool()) {
      out["nilai"] = n.result.as_bool();
   }
   else {
      out["nilai"] = nullptr;
   }
   if (!n.detail.empty()) {
      out["keterangan"] = n.detail;
   }
   if (n.result.is_missing() && !n.result.as_missing().reason.empty()) {
      out["sebab"] = n.result.as_missing().reason;
   }
   if (!n.children.empty()) {
      json steps = json::array();
      for (const auto& child : n.children) {
         steps.push_back(json_node(*child));
      }
      out["rincian"] = std::move(steps);
   }
   return out;
}

} // namespace

std::optional<explanation> explain(const lang::program& p, evaluator& eval, const std::string& id,
                                   const period& when, int earlier)
{
   explanation out;
   out.id = id;
   out.when = when;
   out.trace = std::make_unique<trace_recorder>();
   eval.trace_into(out.trace.get());
   if (const lang::indicator* ind = p.find_indicator(id)) {
      out.title = ind->title;
      explain_indicator(p, eval, *ind, when, *out.trace);
      if (!ind->value_versions.empty()) {
         explain_earlier_sources(eval, *ind, when, earlier, *out.trace);
      }
   }
   else if (const lang::named_value* v = p.find_value(id)) {
      out.title = v->title;
      eval.named(*v, when);
   }
   else if (const lang::condition* c = find_condition(p, id)) {
      out.id = "syarat";
      out.title = c->title;
      explain_condition(eval, *c, when, *out.trace);
   }
   else {
      eval.trace_into(nullptr);
      return std::nullopt;
   }
   eval.trace_into(nullptr);
   return out;
}

void render_explanation_text(std::ostream& out, const explanation& e, locale loc)
{
   out << e.id << " - " << lang::printable_text(e.title) << ", periode " << e.when.display() << "\n\n";
   for (const auto& c : e.trace->root().children) {
      text_node(out, *c, 0, loc);
      out << '\n';
   }
}

const lang::condition* find_condition(const lang::program& p, const std::string& title)
{
   for (const auto& c : p.conditions) {
      if (c->title == title) {
         return c.get();
      }
   }
   return nullptr;
}

void render_explanation_json(std::ostream& out, const explanation& e, const json* origin)
{
   json document = json_document();
   document["id"] = e.id;
   document["nama"] = e.title;
   document["periode"] = e.when.to_string();
   json steps = json::array();
   for (const auto& step : e.trace->root().children) {
      steps.push_back(json_node(*step));
   }
   document["langkah"] = std::move(steps);
   if (origin) {
      document["asal"] = *origin;
   }
   write_json(out, document);
}

} // namespace ind::rt
