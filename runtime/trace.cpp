#include "runtime/trace.hpp"

namespace ind::rt {

trace_node& trace_recorder::open(trace_node::kind what, std::string label, lang::place where)
{
   trace_node& node = leaf(what, std::move(label), std::move(where), value{});
   m_open.push_back(&node);
   return node;
}

void trace_recorder::close(value result, std::optional<int> places)
{
   if (m_open.size() > 1) {
      m_open.back()->result = std::move(result);
      m_open.back()->places = places;
      m_open.pop_back();
   }
}

trace_node& trace_recorder::leaf(trace_node::kind what, std::string label, lang::place where,
                                 value result, std::string detail)
{
   auto node = std::make_unique<trace_node>();
   node->what = what;
   node->label = std::move(label);
   node->where = std::move(where);
   node->result = std::move(result);
   node->detail = std::move(detail);
   trace_node& ref = *node;
   m_open.back()->children.push_back(std::move(node));
   return ref;
}

std::string version_title(const lang::target_version* version)
{
   return version ? "target " + version->name + " (" + version->title + ")"
                  : std::string("target tanpa nama versi");
}

void target_leaf(trace_recorder& trace, const lang::indicator& ind, const period& when,
                 const value& t, const lang::target_version* version)
{
   const lang::target_map* targets = ind.targets_of(version);
   const auto* written = targets ? lang::target_in(*targets, when) : nullptr;
   const bool own = !written || written->first == when;
   // `kumulatif jumlah` measures the realisasi to date against the quarters' targets to date.
   if (own && t.is_number() && (!written || t.as_number() != written->second.value)) {
      trace.leaf(trace_node::kind::cell, "target " + ind.id + " " + when.to_string(),
                 written ? lang::place(written->second.where) : lang::place(ind.where), t,
                 "jumlah target TW I s.d. " + when.display() + " dari berkas aturan (kumulatif "
                 "jumlah)");
      return;
   }
   std::string detail = own ? "dari berkas aturan"
                            : "target " + written->first.display() +
                                 " dari berkas aturan (tidak ada target " + when.display() + ")";
   if (ind.has_versions()) {
      detail = version_title(version) +
               (version == ind.measured ? ", versi pengukur capaian; " : ", bukan pengukur capaian; ") +
               detail;
   }
   trace.leaf(trace_node::kind::cell, "target " + ind.id + " " + when.to_string(),
              written ? lang::place(written->second.where) : lang::place(ind.where), t,
              std::move(detail));
}

std::string citation_text(const lang::citation_info& info, const std::optional<period>& next_since)
{
   std::string text;
   for (const lang::ast::citation& c : info.citations) {
      text += (text.empty() ? "dasar: " : "; ") + c.text;
   }
   if (info.status != lang::ast::source_status::unspecified) {
      text += std::string(text.empty() ? "" : "; ") + "status: " + lang::ast::status_name(info.status);
   }
   std::optional<period> last = info.until;
   if (next_since && (!last || next_since->shifted(-1) < *last)) {
      last = next_since->shifted(-1);
   }
   if (info.since || last) {
      text += std::string(text.empty() ? "" : "; ") + "berlaku";
   }
   if (info.since) {
      text += " sejak " + info.since->to_string();
   }
   if (last) {
      text += " sampai " + last->to_string();
   }
   return text;
}

std::string formula_version_text(const lang::indicator& ind, const lang::formula_version& version)
{
   std::optional<period> next_since;
   const auto& all = ind.value_versions;
   const auto at = std::find_if(all.begin(), all.end(),
                                [&](const lang::formula_version& v) { return &v == &version; });
   if (at != all.end() && std::next(at) != all.end()) {
      next_since = std::next(at)->info.since;
   }
   lang::citation_info periods;
   periods.since = version.info.since;
   periods.until = version.info.until;
   return citation_text(periods, next_since);
}

std::string formula_versions_text(const lang::indicator& ind)
{
   std::string text;
   for (const lang::formula_version& v : ind.value_versions) {
      text += (text.empty() ? "rumus " : "; rumus ") + formula_version_text(ind, v);
   }
   return text;
}

void note_formula_version(trace_recorder& trace, const lang::indicator& ind, const period& when)
{
   if (const lang::formula_version* v = ind.version_for(when)) {
      trace.leaf(trace_node::kind::note, "sumber realisasi: rumus (" + formula_version_text(ind, *v) + ")",
                 v->where, value{});
      return;
   }
   trace.leaf(trace_node::kind::note,
              "sumber realisasi: data realisasi (periode " + when.to_string() +
                 " di luar masa berlaku rumus: " + formula_versions_text(ind) + ")",
              ind.where, value{});
}

} // namespace ind::rt
