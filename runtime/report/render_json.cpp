#include "runtime/report/render.hpp"

#include "runtime/json_text.hpp"

#include <ostream>

namespace ind::rt::report {

std::string exact_text(const number& n)
{
   return n.value ? n.value->to_fixed(n.places) : std::string{};
}

namespace {

// A small streaming JSON writer: objects and arrays nest, keys keep the order they are written
// in, two-space indentation. Output is byte-for-byte deterministic.
class json_writer
{
 public:
   explicit json_writer(std::ostream& out) : m_out(out) {}

   void begin_object(std::string_view key = {}) { open(key, '{'); }
   void end_object() { close('}'); }
   void begin_array(std::string_view key = {}) { open(key, '['); }
   void end_array() { close(']'); }

   void string(std::string_view key, std::string_view text)
   {
      item(key);
      quoted(text);
   }
   void null(std::string_view key)
   {
      item(key);
      m_out << "null";
   }
   void boolean(std::string_view key, bool b)
   {
      item(key);
      m_out << (b ? "true" : "false");
   }
   void figure(std::string_view key, const number& n)
   {
      if (n.value) {
         string(key, exact_text(n));
      }
      else {
         null(key);
      }
   }
   void band(std::string_view key, const label& l)
   {
      if (l.text) {
         string(key, *l.text);
      }
      else {
         null(key);
      }
   }
   void finish() { m_out << '\n'; }

 private:
   void quoted(std::string_view text) { write_json_string(m_out, text); }

   void item(std::string_view key)
   {
      if (!m_first.empty()) {
         m_out << (m_first.back() ? "\n" : ",\n");
         m_first.back() = false;
      }
      m_out << std::string(m_first.size() * 2, ' ');
      if (!key.empty()) {
         quoted(key);
         m_out << ": ";
      }
   }

   void open(std::string_view key, char bracket)
   {
      item(key);
      m_out << bracket;
      m_first.push_back(true);
   }

   void close(char bracket)
   {
      const bool empty = m_first.back();
      m_first.pop_back();
      if (!empty) {
         m_out << '\n' << std::string(m_first.size() * 2, ' ');
      }
      m_out << bracket;
   }

   std::ostream& m_out;
   std::vector<bool> m_first; // per open container: nothing written in it yet
};

void notes(json_writer& w, const indicator_row& row)
{
   std::vector<std::string> lines;
   const auto add = [&](const char* what, const std::string& note) {
      if (!note.empty()) {
         lines.push_back(std::string(what) + ": " + note);
      }
   };
   add("target", row.target.note);
   add("realisasi", row.realisasi.note);
   add("capaian", row.achievement.note);
   add("predikat", row.achievement_band.note);
   add("kategori", row.value_band.note);
   add("efisiensi", row.efficiency.note);
   add("predikat_efisiensi", row.efficiency_band.note);
   if (lines.empty()) {
      return;
   }
   w.begin_array("catatan");
   for (const std::string& line : lines) {
      w.string({}, line);
   }
   w.end_array();
}

void key_value(json_writer& w, const std::string& name, const value& k)
{
   if (k.is_number()) {
      w.string(name, k.as_number().to_string());
   }
   else if (k.is_bool()) {
      w.boolean(name, k.as_bool());
   }
   else if (k.is_text()) {
      w.string(name, k.as_text());
   }
   else if (k.is_period()) {
      w.string(name, k.as_period().to_string());
   }
   else {
      w.null(name);
   }
}

// A grouped value: "nilai" holds one object per group, its key by name, its figure and the
// number of rows behind it.
void grouped_figure(json_writer& w, const value_row& v)
{
   w.begin_array("nilai");
   for (const group_row& g : v.groups) {
      w.begin_object();
      w.begin_object("kelompok");
      for (std::size_t k = 0; k < g.key.size() && k < v.key_names.size(); ++k) {
         key_value(w, v.key_names[k], g.key[k]);
      }
      w.end_object();
      w.figure("nilai", g.figure);
      w.string("jumlah_baris", std::to_string(g.rows));
      if (!g.figure.note.empty()) {
         w.string("catatan", g.figure.note);
      }
      w.end_object();
   }
   w.end_array();
}

void budget_object(json_writer& w, const budget_row& row, bool with_code)
{
   if (with_code) {
      w.string("kode", row.code);
      w.string("nama", row.name);
   }
   if (row.ceiling_before.available()) {
      w.figure("pagu_sebelum_perubahan", row.ceiling_before);
   }
   w.figure("pagu", row.ceiling);
   w.figure("realisasi", row.realised);
   w.figure("serapan", row.absorption);
   if (row.band.text || !row.band.note.empty()) {
      w.band("predikat", row.band);
   }
   // A null pagu or realisasi says why: not written, or a total lacking some of its parts.
   if (!row.ceiling.available() || !row.realised.available()) {
      w.begin_array("catatan");
      for (const auto& [what, figure] : {std::pair{"pagu", &row.ceiling},
                                         std::pair{"realisasi", &row.realised}}) {
         if (!figure->available()) {
            w.string({}, std::string(what) + ": " + figure->note);
         }
      }
      w.end_array();
   }
}

} // namespace

void render_json(std::ostream& out, const document& doc)
{
   json_writer w(out);
   w.begin_object();
   w.string("instansi", doc.agency);
   if (doc.dated) {
      w.string("periode", doc.when.to_string());
   }
   else {
      w.null("periode");
   }
   if (doc.renstra_from && doc.renstra_to) {
      w.begin_object("renstra");
      w.string("dari", std::to_string(*doc.renstra_from));
      w.string("sampai", std::to_string(*doc.renstra_to));
      w.end_object();
   }
   w.begin_array("indikator");
   for (const indicator_row& row : doc.indicators) {
      w.begin_object();
      w.string("id", row.id);
      w.string("nama", row.name);
      w.string("tingkat", row.level);
      if (!row.parent.empty()) {
         w.string("induk", row.parent);
      }
      w.string("satuan", row.unit);
      w.string("arah", row.direction);
      w.figure("target", row.target);
      if (row.target_from) {
         w.string("target_periode", row.target_from->to_string());
      }
      w.figure("realisasi", row.realisasi);
      if (!row.realisasi.available()) {
         w.null("sumber_realisasi");
      }
      else {
         w.string("sumber_realisasi", row.realisasi_from_data ? "data" : "rumus");
      }
      w.figure("capaian", row.achievement);
      w.band("predikat", row.achievement_band);
      w.band("kategori", row.value_band);
      if (row.has_budget) {
         w.begin_object("anggaran");
         w.figure("pagu", row.budget_ceiling);
         w.figure("realisasi", row.budget_realised);
         w.figure("serapan", row.absorption);
         w.end_object();
         w.figure("efisiensi", row.efficiency);
         w.string("bentuk_efisiensi", row.efficiency_ratio ? "rasio" : "persen");
         w.band("predikat_efisiensi", row.efficiency_band);
      }
      w.begin_object("target_renstra");
      for (const dated_number& t : row.targets) {
         w.figure(t.when.to_string(), t.figure);
      }
      w.end_object();
      w.begin_object("realisasi_sebelumnya");
      for (const earlier_year& y : row.earlier) {
         if (y.realisasi.available()) {
            w.figure(y.when.to_string(), y.realisasi);
         }
      }
      w.end_object();
      w.begin_object("capaian_sebelumnya");
      for (const earlier_year& y : row.earlier) {
         if (y.achievement.available()) {
            w.figure(y.when.to_string(), y.achievement);
         }
      }
      w.end_object();
      if (!row.benchmarks.empty()) {
         w.begin_array("pembanding");
         for (const benchmark& b : row.benchmarks) {
            w.begin_object();
            w.string("pembanding", b.body);
            w.string("periode", b.when.to_string());
            w.figure("nilai", b.figure);
            w.figure("selisih", b.amount);
            w.end_object();
         }
         w.end_array();
      }
      notes(w, row);
      w.end_object();
   }
   w.end_array();
   w.begin_array("nilai");
   for (const value_row& v : doc.values) {
      w.begin_object();
      w.string("id", v.id);
      w.string("nama", v.name);
      if (v.grouped && v.figure.note.empty()) {
         grouped_figure(w, v);
      }
      else {
         w.figure("nilai", v.figure);
      }
      if (!v.figure.note.empty()) {
         w.string("catatan", v.figure.note);
      }
      w.end_object();
   }
   w.end_array();
   if (doc.budget_total) {
      w.begin_object("anggaran");
      budget_object(w, *doc.budget_total, false);
      w.begin_array("rincian");
      for (const budget_row& row : doc.budget) {
         w.begin_object();
         budget_object(w, row, true);
         w.end_object();
      }
      w.end_array();
      w.end_object();
   }
   w.end_object();
   w.finish();
}

} // namespace ind::rt::report
