// Versions of targets: `target pk "Perjanjian Kinerja"` declares a version for the file, an
// indicator writes its targets as `target pk 2024: 85` (or unnamed, `target 2024: 84`), and
// `capaian terhadap pk` (in the indicator, else for the file) says which version capaian is
// measured against. The chosen version's targets become the indicator's `targets`, so every pass
// that measures reads them unchanged; the others are kept beside it for the reports and for
// `target(ind; periode; versi)`.
#include "lang/resolver.hpp"
#include "lang/suggest.hpp"

#include <algorithm>

namespace ind::lang::resolving {

namespace {

// "renstra, pk": the names of the versions an indicator writes, for hints.
std::string version_names(const std::vector<version_targets>& written)
{
   std::string out;
   for (const version_targets& w : written) {
      out += (out.empty() ? "" : ", ") + (w.version ? w.version->name : std::string("tanpa nama"));
   }
   return out;
}

} // namespace

void resolver::declare_target_version(const ast::target_version_decl& d, bool is_main)
{
   program& p = *m_program;
   if (!is_main) {
      m_sink.error("E-DEKLARASI", d.where, "versi target hanya boleh dinyatakan di berkas instansi",
                   "modul pustaka tidak menulis target");
      return;
   }
   if (const target_version* first = p.find_target_version(d.name.text)) {
      auto& diag = m_sink.error("E-GANDA", d.name.where,
                                "versi target '" + d.name.text + "' sudah dinyatakan",
                                "setiap versi target dinyatakan sekali dengan judulnya");
      diag.notes.push_back({first->where, "pernyataan pertama di sini"});
      return;
   }
   p.target_versions.push_back(
      std::make_unique<target_version>(target_version{d.name.text, d.title, d.name.where}));
}

void resolver::declare_measured(const ast::measured_decl& d, bool is_main)
{
   if (!is_main) {
      m_sink.error("E-DEKLARASI", d.where, "'capaian terhadap' hanya boleh ada di berkas instansi");
      return;
   }
   if (m_measured_decl) {
      auto& diag = m_sink.error("E-GANDA", d.where,
                                "'capaian terhadap' sudah ditulis untuk berkas ini",
                                "berkas memilih satu versi target; indikator yang berbeda "
                                "menulis 'capaian terhadap' sendiri");
      diag.notes.push_back({m_measured_decl->where, "pilihan pertama di sini"});
      return;
   }
   m_measured_decl = &d;
}

// Called once every declaration of the file is known, so that the choice may be written before
// the versions it names.
void resolver::resolve_file_measured()
{
   if (m_measured_decl) {
      m_program->measured = target_version_named(m_measured_decl->version);
   }
}

const target_version* resolver::target_version_named(const ast::identifier& id)
{
   const program& p = *m_program;
   if (const target_version* v = p.find_target_version(id.text)) {
      return v;
   }
   nearest_name search(id.text);
   for (const auto& v : p.target_versions) {
      search.consider(v->name);
   }
   const std::string& guess = search.best();
   std::string hint;
   if (!guess.empty()) {
      hint = did_you_mean(guess);
   }
   else if (p.target_versions.empty()) {
      hint = "nyatakan versinya di tingkat berkas: target " + id.text + " \"Judul versi\"";
   }
   else {
      hint = "versi yang dinyatakan: ";
      for (const auto& v : p.target_versions) {
         hint += (&v == &p.target_versions.front() ? "" : ", ") + v->name;
      }
   }
   diagnostic& d = m_sink.error("E-TARGET-VERSI", id.where,
                                "versi target '" + id.text + "' tidak dikenal", std::move(hint));
   if (!guess.empty()) {
      d.fix = replacement{id.where, guess};
   }
   return nullptr;
}

void resolver::resolve_targets(indicator& ind, const ast::indicator_decl& d)
{
   // Every version the indicator writes, the unnamed first, then in the file's order.
   std::vector<version_targets> written;
   const auto slot = [&written](const target_version* v) -> target_map& {
      for (version_targets& w : written) {
         if (w.version == v) {
            return w.targets;
         }
      }
      return written.emplace_back(version_targets{v, {}}).targets;
   };
   for (const ast::target_entry& t : d.targets) {
      const target_version* version = nullptr;
      if (t.version && !(version = target_version_named(*t.version))) {
         continue;
      }
      const auto when = core::period::parse(t.period);
      const auto value = number(t.value.canonical, t.where);
      if (!when || !value) {
         continue; // the parser has reported the bad period
      }
      target_map& targets = slot(version);
      if (!targets.try_emplace(*when, target_value{*value, t.where}).second) {
         const std::string which = version ? "target " + version->name : "target";
         auto& diag = m_sink.error("E-GANDA", t.period_where,
                                   which + " periode " + t.period + " ditulis dua kali",
                                   "satu versi target punya satu nilai per periode; hapus salah "
                                   "satunya");
         diag.notes.push_back({targets.at(*when).where, which + " pertama di sini"});
      }
   }
   const program& p = *m_program;
   const auto order = [&p](const target_version* v) {
      if (!v) {
         return std::size_t{0};
      }
      for (std::size_t i = 0; i < p.target_versions.size(); ++i) {
         if (p.target_versions[i].get() == v) {
            return i + 1;
         }
      }
      return p.target_versions.size() + 1;
   };
   std::stable_sort(written.begin(), written.end(),
                    [&](const version_targets& a, const version_targets& b) {
                       return order(a.version) < order(b.version);
                    });
   const bool named = std::any_of(written.begin(), written.end(),
                                  [](const version_targets& w) { return w.version != nullptr; });

   // The choice: the indicator's own, else the file's (for an indicator that names versions),
   // else the unnamed targets, else the one version written.
   const target_version* chosen = nullptr;
   span chosen_at;
   bool chose = false;
   if (d.measured_against) {
      chosen = target_version_named(*d.measured_against);
      chosen_at = d.measured_against->where;
      chose = chosen != nullptr;
   }
   else if (p.measured && named) {
      chosen = p.measured;
      chosen_at = d.name.where;
      chose = true;
   }
   const auto has = [&written](const target_version* v) {
      return std::any_of(written.begin(), written.end(),
                         [v](const version_targets& w) { return w.version == v; });
   };
   if (chose && !has(chosen)) {
      auto& diag = m_sink.error(
         "E-TARGET-VERSI", chosen_at,
         "indikator " + ind.id + " tidak menulis target " + chosen->name +
            ", versi yang dipakai untuk capaian",
         written.empty() ? "tulis targetnya: target " + chosen->name + " 2024: ..."
                         : "versi yang ditulis: " + version_names(written) + "; tulis target " +
                              chosen->name + " ... atau pilih salah satunya: capaian terhadap ...");
      if (!d.measured_against && m_measured_decl) {
         diag.notes.push_back({m_measured_decl->where, "pilihan berkas ini"});
      }
      chose = false;
      chosen = nullptr;
   }
   else if (!chose && !has(nullptr) && written.size() > 1 && !d.measured_against) {
      m_sink.error("E-TARGET-PILIH", d.name.where,
                   "indikator " + ind.id + " menulis beberapa versi target (" +
                      version_names(written) + ") tanpa memilih yang dipakai untuk capaian",
                   "tulis di indikator ini atau di tingkat berkas: capaian terhadap " +
                      written.front().version->name);
   }
   else if (!chose && !has(nullptr) && !written.empty()) {
      chosen = written.front().version;
   }
   ind.measured = chosen;
   for (version_targets& w : written) {
      if (w.version == chosen) {
         ind.targets = std::move(w.targets);
      }
      else {
         ind.other_targets.push_back(std::move(w));
      }
   }
}

} // namespace ind::lang::resolving
