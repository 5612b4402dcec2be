#include "runtime/report/render.hpp"

#include "runtime/json.hpp"

#include <ostream>

namespace ind::rt::report {

std::string exact_text(const number& n)
{
   return n.value ? n.value->to_fixed(n.places) : std::string{};
}

namespace {

json figure(const number& n)
{
   return n.value ? json(exact_text(n)) : json(nullptr);
}

json band(const label& l)
{
   return l.text ? json(*l.text) : json(nullptr);
}

void notes(json& out, const indicator_row& row)
{
   json lines = json::array();
   const auto add = [&](const char* what, const std::string& note) {
      if (!note.empty()) {
         lines.push_back(std::string(what) + ": " + note);
      }
   };
   add("target", row.target.note);
   add("realisasi", row.realisasi.note);
   add("capaian", row.achievement.note);
   if (row.own) {
      add("target_sendiri", row.own->target.note);
      add("realisasi_sendiri", row.own->realisasi.note);
      add("capaian_sendiri", row.own->achievement.note);
   }
   add("predikat", row.achievement_band.note);
   add("kategori", row.value_band.note);
   add("efisiensi", row.efficiency.note);
   add("predikat_efisiensi", row.efficiency_band.note);
   if (!lines.empty()) {
      out["catatan"] = std::move(lines);
   }
}

json key_value(const value& k)
{
   if (k.is_number()) {
      return k.as_number().to_string();
   }
   if (k.is_bool()) {
      return k.as_bool();
   }
   if (k.is_text()) {
      return k.as_text();
   }
   if (k.is_period()) {
      return k.as_period().to_string();
   }
   return nullptr;
}

// A grouped value: "nilai" holds one object per group, its key by name, its figure and the
// number of rows behind it.
json grouped_figure(const value_row& v)
{
   json groups = json::array();
   for (const group_row& g : v.groups) {
      json key = json::object();
      for (std::size_t k = 0; k < g.key.size() && k < v.key_names.size(); ++k) {
         key[v.key_names[k]] = key_value(g.key[k]);
      }
      json group = {{"kelompok", std::move(key)},
                    {"nilai", figure(g.figure)},
                    {"jumlah_baris", g.rows}};
      if (!g.figure.note.empty()) {
         group["catatan"] = g.figure.note;
      }
      groups.push_back(std::move(group));
   }
   return groups;
}

json budget_object(const budget_row& row, bool with_code, bool quarterly)
{
   json out = json::object();
   if (with_code) {
      out["kode"] = row.code;
      out["nama"] = row.name;
   }
   if (row.ceiling_before.available()) {
      out["pagu_sebelum_perubahan"] = figure(row.ceiling_before);
   }
   out["pagu"] = figure(row.ceiling);
   out["realisasi"] = figure(row.realised);
   out["serapan"] = figure(row.absorption);
   // A quarter's figures, named as the printed-figures file names them (realisasi and serapan
   // above are then to date).
   if (quarterly) {
      out["rencana_tw"] = figure(row.plan_quarter);
      out["realisasi_tw"] = figure(row.spent_quarter);
      out["serapan_tw"] = figure(row.absorption_quarter);
      out["rencana_sd"] = figure(row.plan_to_date);
      out["serapan_rak"] = figure(row.absorption_plan);
   }
   if (row.band.text || !row.band.note.empty()) {
      out["predikat"] = band(row.band);
   }
   // A null pagu or realisasi (or, of a quarter, rencana_tw, realisasi_tw or rencana_sd) says
   // why: not written, or a total lacking some of its parts.
   std::vector<std::pair<const char*, const number*>> amounts = {{"pagu", &row.ceiling},
                                                                 {"realisasi", &row.realised}};
   if (quarterly) {
      amounts.insert(amounts.end(), {{"rencana_tw", &row.plan_quarter},
                                     {"realisasi_tw", &row.spent_quarter},
                                     {"rencana_sd", &row.plan_to_date}});
   }
   json why = json::array();
   for (const auto& [what, amount] : amounts) {
      if (!amount->available()) {
         why.push_back(std::string(what) + ": " + amount->note);
      }
   }
   if (!why.empty()) {
      out["catatan"] = std::move(why);
   }
   return out;
}

// Figures of the periods in `years` that `pick` makes available, by period.
template <typename Pick>
json by_period(const std::vector<earlier_year>& years, Pick pick)
{
   json out = json::object();
   for (const earlier_year& y : years) {
      if (const number& n = pick(y); n.available()) {
         out[y.when.to_string()] = figure(n);
      }
   }
   return out;
}

json indicator_object(const indicator_row& row)
{
   json out = {{"id", row.id}, {"nama", row.name}, {"tingkat", row.level}};
   if (!row.parent.empty()) {
      out["induk"] = row.parent;
   }
   out["satuan"] = row.unit;
   out["arah"] = row.direction;
   out["target"] = figure(row.target);
   if (row.target_from) {
      out["target_periode"] = row.target_from->to_string();
   }
   if (row.versioned) {
      // The version capaian is measured against (null: the unnamed targets), and the others.
      out["target_versi"] = row.target_version.empty()
                               ? json(nullptr)
                               : json{{"nama", row.target_version},
                                      {"judul", row.target_version_title}};
      json others = json::array();
      for (const version_target& v : row.other_targets) {
         json other = {{"versi", v.name.empty() ? json(nullptr) : json(v.name)},
                       {"judul", v.title},
                       {"target", figure(v.figure)}};
         if (v.from) {
            other["target_periode"] = v.from->to_string();
         }
         others.push_back(std::move(other));
      }
      out["target_lain"] = std::move(others);
   }
   out["realisasi"] = figure(row.realisasi);
   out["sumber_realisasi"] = !row.realisasi.available() ? json(nullptr)
                             : row.realisasi_from_data  ? json("data")
                                                        : json("rumus");
   out["capaian"] = figure(row.achievement);
   out["predikat"] = band(row.achievement_band);
   out["kategori"] = band(row.value_band);
   if (row.own) {
      // realisasi, target and capaian above are those to date; these are the period's own.
      out["kumulatif"] = row.own->accumulation;
      out["target_sendiri"] = figure(row.own->target);
      out["realisasi_sendiri"] = figure(row.own->realisasi);
      out["capaian_sendiri"] = figure(row.own->achievement);
   }
   if (row.has_budget) {
      out["anggaran"] = {{"pagu", figure(row.budget_ceiling)},
                         {"realisasi", figure(row.budget_realised)},
                         {"serapan", figure(row.absorption)}};
      out["efisiensi"] = figure(row.efficiency);
      out["bentuk_efisiensi"] = row.efficiency_ratio ? "rasio" : "persen";
      out["predikat_efisiensi"] = band(row.efficiency_band);
   }
   json targets = json::object();
   for (const dated_number& t : row.targets) {
      targets[t.when.to_string()] = figure(t.figure);
   }
   out["target_renstra"] = std::move(targets);
   out["realisasi_sebelumnya"] =
      by_period(row.earlier, [](const earlier_year& y) -> const number& { return y.realisasi; });
   out["capaian_sebelumnya"] =
      by_period(row.earlier, [](const earlier_year& y) -> const number& { return y.achievement; });
   if (!row.benchmarks.empty()) {
      json bodies = json::array();
      for (const benchmark& b : row.benchmarks) {
         bodies.push_back({{"pembanding", b.body},
                           {"periode", b.when.to_string()},
                           {"nilai", figure(b.figure)},
                           {"selisih", figure(b.amount)}});
      }
      out["pembanding"] = std::move(bodies);
   }
   notes(out, row);
   return out;
}

// One syarat and its result (pemeriksaan_data): the sides as exact values, the failing rows.
json condition_object(const condition_result& r)
{
   const lang::condition& c = *r.decl;
   json out;
   out["judul"] = c.title;
   out["lokasi"] = c.where.location();
   out["hasil"] = outcome_key(r.outcome);
   out["sisi_kiri"] = r.sides ? key_value(r.sides->left) : json(nullptr);
   out["sisi_kanan"] = r.sides ? key_value(r.sides->right) : json(nullptr);
   if (!r.reason.empty()) {
      out["sebab"] = r.reason;
   }
   if (c.rows) {
      out["tabel"] = c.rows->name;
      out["baris_diperiksa"] = r.rows;
      out["baris_tidak_memenuhi"] = r.failing;
      json rows = json::array();
      for (const failing_row& row : r.shown) {
         rows.push_back({{"lokasi", row.location},
                         {"sisi_kiri", row.sides ? key_value(row.sides->left) : json(nullptr)},
                         {"sisi_kanan", row.sides ? key_value(row.sides->right) : json(nullptr)}});
      }
      out["baris"] = std::move(rows);
   }
   json citations = json::array();
   for (const auto& citation : c.info.citations) {
      citations.push_back(citation.text);
   }
   out["dasar"] = std::move(citations);
   return out;
}

json value_object(const value_row& v)
{
   json out = {{"id", v.id}, {"nama", v.name}};
   if (v.label) {
      out["nilai"] = nullptr;
      out["label"] = *v.label; // a value that is a text: kelas(...), a pilih of texts
      return out;
   }
   out["nilai"] = v.grouped && v.figure.note.empty() ? grouped_figure(v) : figure(v.figure);
   if (!v.figure.note.empty()) {
      out["catatan"] = v.figure.note;
   }
   return out;
}

} // namespace

// "evaluasi_renja": each row of the form with its cells named as the audit names them (k6 ...
// rp16), null when not available, and why under "catatan".
json renja_json(const renja_report& form)
{
   json rows = json::array();
   for (const renja_row& row : form.rows) {
      json out = {{"kode", row.code},
                  {"uraian", row.name},
                  {"indikator", row.indicator},
                  {"satuan", row.unit}};
      json why = json::array();
      for (const rt::renja_side side : {rt::renja_side::k, rt::renja_side::rp}) {
         if (side == rt::renja_side::rp && !row.budget) {
            continue;
         }
         const auto& cells = side == rt::renja_side::k ? row.k : row.rp;
         for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::string name =
               rt::renja_quantity(side, rt::renja_first_column + static_cast<int>(i));
            out[name] = figure(cells[i]);
            if (!cells[i].available() && !cells[i].note.empty()) {
               why.push_back(name + ": " + cells[i].note);
            }
         }
      }
      if (form.banded) {
         out[rt::renja_band_quantity(rt::renja_side::k)] = band(row.k_band);
         if (row.budget) {
            out[rt::renja_band_quantity(rt::renja_side::rp)] = band(row.rp_band);
         }
      }
      if (!why.empty()) {
         out["catatan"] = std::move(why);
      }
      rows.push_back(std::move(out));
   }
   return {{"triwulan_berjalan", form.reached}, {"baris", std::move(rows)}};
}

json conditions_json(const std::vector<condition_result>& conditions)
{
   json checks = json::array();
   for (const condition_result& r : conditions) {
      checks.push_back(condition_object(r));
   }
   return checks;
}

json provenance_json(const provenance& origin)
{
   json files = json::array();
   for (const input_file& f : origin.files) {
      json file = {{"jenis", kind_name(f.what)}, {"berkas", f.path}, {"sha256", f.sha256}};
      if (!f.stdlib_version.empty()) {
         file["versi_pustaka"] = f.stdlib_version;
      }
      files.push_back(std::move(file));
   }
   json out = {{"ind", origin.version}};
   if (!origin.commit.empty()) {
      out["commit"] = origin.commit;
   }
   out["waktu"] = origin.time ? json(*origin.time) : json(nullptr);
   out["sumber_waktu"] = origin.clock == stamp_clock::wall                ? "jam_sistem"
                         : origin.clock == stamp_clock::source_date_epoch ? "SOURCE_DATE_EPOCH"
                                                                          : "tidak_dicatat";
   out["reproducible"] = origin.reproducible;
   out["berkas"] = std::move(files);
   return out;
}

void render_json(std::ostream& out, const document& doc)
{
   json report = json_document();
   report["instansi"] = doc.agency;
   report["periode"] = doc.dated ? json(doc.when.to_string()) : json(nullptr);
   if (doc.renstra_from && doc.renstra_to) {
      report["renstra"] = {{"dari", std::to_string(*doc.renstra_from)},
                           {"sampai", std::to_string(*doc.renstra_to)}};
   }
   json indicators = json::array();
   for (const indicator_row& row : doc.indicators) {
      indicators.push_back(indicator_object(row));
   }
   report["indikator"] = std::move(indicators);
   json values = json::array();
   for (const value_row& v : doc.values) {
      values.push_back(value_object(v));
   }
   report["nilai"] = std::move(values);
   if (doc.budget_total) {
      const bool quarterly = doc.budget_quarter.has_value();
      json budget = budget_object(*doc.budget_total, false, quarterly);
      if (quarterly) {
         budget["triwulan"] = *doc.budget_quarter;
      }
      json lines = json::array();
      for (const budget_row& row : doc.budget) {
         lines.push_back(budget_object(row, true, quarterly));
      }
      budget["rincian"] = std::move(lines);
      report["anggaran"] = std::move(budget);
   }
   if (doc.renja) {
      report["evaluasi_renja"] = renja_json(*doc.renja);
   }
   if (!doc.conditions.empty()) {
      report["pemeriksaan_data"] = conditions_json(doc.conditions);
   }
   if (doc.origin) {
      report["asal"] = provenance_json(*doc.origin);
   }
   write_json(out, report);
}

} // namespace ind::rt::report
