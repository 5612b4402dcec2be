#include "runtime/conditions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace ind::rt {

namespace ir = lang::ir;

std::optional<comparison_sides> sides_of(evaluator& eval, const ir::expr& statement,
                                         const evaluator::env& scope)
{
   const auto* b = std::get_if<ir::binary>(&statement.node);
   if (!b) {
      return std::nullopt;
   }
   // A comparison, or `dan`/`atau`: both sides are shown (an arithmetic operator gives no truth
   // value, so a statement made of one is refused by the type check before it gets here).
   return comparison_sides{eval.evaluate(*b->lhs, scope), eval.evaluate(*b->rhs, scope),
                           b->op == lang::ast::binary_op::equal};
}

const char* outcome_text(condition_outcome o)
{
   switch (o) {
   case condition_outcome::held:
      return "terpenuhi";
   case condition_outcome::failed:
      return "tidak terpenuhi";
   case condition_outcome::unavailable:
      return "tidak dapat dinilai";
   case condition_outcome::not_in_force:
      return "tidak berlaku";
   }
   return "";
}

const char* outcome_key(condition_outcome o)
{
   switch (o) {
   case condition_outcome::held:
      return "terpenuhi";
   case condition_outcome::failed:
      return "tidak_terpenuhi";
   case condition_outcome::unavailable:
      return "tidak_dapat_dinilai";
   case condition_outcome::not_in_force:
      return "tidak_berlaku";
   }
   return "";
}

bool is_finding(const condition_result& r)
{
   return r.outcome == condition_outcome::failed || r.outcome == condition_outcome::unavailable;
}

bool any_condition_finding(const std::vector<condition_result>& results)
{
   return std::any_of(results.begin(), results.end(), is_finding);
}

std::size_t condition_findings(const std::vector<condition_result>& results)
{
   return static_cast<std::size_t>(std::count_if(results.begin(), results.end(), is_finding));
}

namespace {

// "aspek_merit.csv:4": the file (without its folder, which the diagnostics name) and line a row
// of a held table was read from.
std::string row_location(const loaded_table& t, std::size_t row)
{
   if (row < t.cells.size() && !t.cells[row].empty()) {
      const lang::place at(t.cells[row].front());
      return fmt::format("{}:{}", std::filesystem::path(at.file_name()).filename().string(),
                         at.line_number());
   }
   return fmt::format("{} baris {}", t.decl->name, row + 1);
}

// The rows of a held table for which the condition does not hold, the first few with their sides.
void list_rows(const lang::condition& c, evaluator& eval, const period& when,
               condition_result& out)
{
   const auto it = eval.data().tables.find(c.rows);
   if (it == eval.data().tables.end()) {
      out.streamed = true;
      return;
   }
   const loaded_table& t = it->second;
   for (std::size_t r : eval.data().rows_for(t, when)) {
      if (out.shown.size() == failing_rows_shown) {
         break;
      }
      const evaluator::env row_scope{when, nullptr, nullptr, &t, r, 0};
      const value holds = eval.evaluate(*c.check, row_scope);
      if (!holds.is_bool() || holds.as_bool()) {
         continue;
      }
      failing_row row{row_location(t, r), {}, sides_of(eval, *c.check, row_scope)};
      if (r < t.cells.size() && !t.cells[r].empty()) {
         row.at = t.cells[r].front();
      }
      out.shown.push_back(std::move(row));
   }
}

condition_result check_one(const lang::condition& c, evaluator& eval, const period& when)
{
   condition_result out;
   out.decl = &c;
   if ((c.info.since && when < *c.info.since) || lang::ended(c.info, when)) {
      out.outcome = condition_outcome::not_in_force;
      out.reason = fmt::format("tidak berlaku pada periode {}", when.to_string());
      return out;
   }
   const evaluator::env scope{when, nullptr, nullptr, nullptr, 0, 0};
   const value v = eval.evaluate(*c.formula, scope);
   if (v.is_missing()) {
      out.outcome = condition_outcome::unavailable;
      out.reason = v.as_missing().reason;
      out.missing_at = v.as_missing().at;
      return out;
   }
   if (!c.rows) {
      out.outcome = v.is_bool() && v.as_bool() ? condition_outcome::held : condition_outcome::failed;
      out.sides = sides_of(eval, *c.check, scope);
      return out;
   }
   out.rows = eval.row_count(*c.rows, when).value_or(0);
   out.failing = v.is_number() ? static_cast<std::uint64_t>(v.as_number().to_int64().value_or(0)) : 0;
   if (out.failing == 0) {
      return out;
   }
   out.outcome = condition_outcome::failed;
   list_rows(c, eval, when, out);
   return out;
}

// A finding of a syarat, as a warning at its place: its title, the two sides, the rows.
void report(const condition_result& r, lang::diagnostic_sink& sink)
{
   const lang::condition& c = *r.decl;
   const std::string dasar = c.info.citations.empty() ? std::string{}
                                                      : c.info.citations.front().text;
   if (r.outcome == condition_outcome::unavailable) {
      lang::diagnostic& d =
         sink.warning("W-SYARAT", c.check->where,
                      fmt::format("syarat \"{}\" tidak dapat dinilai: {}", c.title, r.reason),
                      "syarat yang tidak dapat dinilai tidak dianggap terpenuhi; lengkapi datanya");
      d.citation = dasar;
      if (r.missing_at.valid()) {
         d.notes.push_back({r.missing_at, "nilai yang tidak tersedia"});
      }
      return;
   }
   std::string message;
   std::string hint;
   if (!c.rows) {
      message = !r.sides
                   ? fmt::format("syarat \"{}\" tidak terpenuhi", c.title)
                   : fmt::format("syarat \"{}\" tidak terpenuhi: sisi kiri {}, sisi kanan {}",
                                 c.title, r.sides->left.describe(), r.sides->right.describe());
      hint = "periksa data yang dibaca rumus ini, atau catat kesalahannya bila laporan memang "
             "mencetaknya demikian";
   }
   else {
      message = fmt::format("syarat \"{}\" tidak terpenuhi pada {} dari {} baris tabel {}", c.title,
                            r.failing, r.rows, c.rows->name);
      hint = r.streamed ? "tabel ini dialirkan (roster): barisnya dihitung, tidak didaftar; "
                          "tambahkan kolom turunan dengan kondisi ini dan tulis barisnya dengan "
                          "--rows untuk menemukannya"
                        : "perbaiki baris yang disebut di catatan";
   }
   lang::diagnostic& d = sink.warning("W-SYARAT", c.check->where, message, hint);
   d.citation = dasar;
   for (const failing_row& row : r.shown) {
      d.notes.push_back({row.at, !row.sides
                                    ? std::string("baris ini tidak memenuhi syarat")
                                    : fmt::format("sisi kiri {}, sisi kanan {}",
                                                  row.sides->left.describe(),
                                                  row.sides->right.describe())});
   }
   if (r.failing > r.shown.size() && !r.shown.empty()) {
      d.notes.push_back(
         {lang::place{}, fmt::format("... dan {} baris lain", r.failing - r.shown.size())});
   }
}

} // namespace

std::vector<condition_result> check_conditions(const lang::program& p, evaluator& eval,
                                               const period& when, lang::diagnostic_sink& sink)
{
   std::vector<condition_result> out;
   for (const auto& c : p.conditions) {
      out.push_back(check_one(*c, eval, when));
      if (out.back().outcome == condition_outcome::failed ||
          out.back().outcome == condition_outcome::unavailable) {
         report(out.back(), sink);
      }
   }
   return out;
}

} // namespace ind::rt
