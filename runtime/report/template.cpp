#include "runtime/report/template.hpp"

#include "runtime/data/csv.hpp"
#include "runtime/data/dataset.hpp"
#include "runtime/report/model.hpp"

#include <algorithm>
#include <set>

namespace ind::rt::report {

namespace {

template_file table_file(const lang::table& t)
{
   template_file f;
   f.name = t.file;
   f.sheet = lang::sheet_of(t.file, t.sheet);
   f.delimiter = t.delimiter.value_or(';');
   for (const lang::column& c : t.columns) {
      if (!c.derived()) {
         f.header.push_back(c.header);
      }
   }
   f.note = "tabel " + t.name + (t.title.empty() ? "" : " (" + t.title + ")") +
            ": satu baris per data, kolom seperti dinyatakan di berkas aturan";
   return f;
}

// The periods a report for `when` reads an indicator's realisasi in: the earlier years it
// compares with (the same quarter or semester of each), then the period itself.
std::vector<period> realisasi_periods(const period& when)
{
   std::vector<period> out;
   for (int back = earlier_years_compared; back >= 1; --back) {
      period earlier = when;
      earlier.year -= back;
      out.push_back(earlier);
   }
   out.push_back(when);
   return out;
}

template_file realisasi_file(const lang::program& p, const period& when)
{
   template_file f;
   f.name = p.realisasi->file;
   f.sheet = lang::sheet_of(f.name, p.realisasi->sheet);
   // nilai_kumulatif, a quarter's realisasi to date, only for a file with a `kumulatif` indicator.
   const bool to_date = std::any_of(p.indicators.begin(), p.indicators.end(),
                                    [](const auto& ind) { return ind->accumulate.has_value(); });
   f.header.assign(realisasi_header.begin(),
                   realisasi_header.begin() + static_cast<std::ptrdiff_t>(
                                                 to_date ? realisasi_header.size()
                                                         : realisasi_to_date_column));
   for (const auto& ind : p.indicators) {
      for (const period& at : realisasi_periods(when)) {
         // A formula computes the period itself; earlier years come from the data, but for
         // those a version of the formula (rumus ... berlaku) covers.
         if (ind->formula_for(at) && (at == when || !ind->value_versions.empty())) {
            continue;
         }
         // An indicator with `kumulatif` is read quarter by quarter up to the period's end (a
         // stock needs only the last, but a quarterly report lists each); a semester's figure
         // to date is made of its quarters alone.
         std::vector<period> read;
         if (ind->accumulate && at.grain != period::kind::year) {
            const int last = at.last_quarter();
            for (int q = 1; q <= last; ++q) {
               read.push_back(period{at.year, period::kind::quarter, q});
            }
         }
         else {
            read.push_back(at);
         }
         for (const period& one : read) {
            std::vector<std::string> row(f.header.size());
            row[0] = ind->id;
            row[1] = one.to_string();
            f.rows.push_back(std::move(row));
         }
      }
   }
   f.note = "realisasi indikator yang tidak dihitung dengan rumus, dan realisasi tahun-tahun "
            "sebelumnya yang dibandingkan di Bab III; baris yang dibiarkan kosong tidak tersedia. "
            "Tambahkan baris dengan pembanding (mis. Nasional) untuk perbandingan dengan instansi lain";
   if (to_date) {
      f.note += ". nilai_kumulatif (boleh kosong): realisasi s.d. triwulan indikator berkumulatif, "
                "diperiksa terhadap nilai tiap triwulan, atau pengganti nilai triwulan yang kosong";
   }
   return f;
}

std::vector<std::string> budget_codes(const lang::program& p)
{
   std::set<std::string> codes;
   for (const auto& ind : p.indicators) {
      codes.insert(ind->budget_codes.begin(), ind->budget_codes.end());
   }
   return {codes.begin(), codes.end()};
}

template_file budget_file(const lang::program& p, const period& when)
{
   template_file f;
   f.name = p.budget->file;
   f.sheet = lang::sheet_of(f.name, p.budget->sheet);
   f.header.assign(budget_header.begin(), budget_header.end());
   // A quarter's budget: the RAK and the spending of each quarter.
   const bool quarterly = when.grain != period::kind::year;
   if (quarterly) {
      f.header.insert(f.header.end(), budget_quarter_header.begin(), budget_quarter_header.end());
   }
   for (const std::string& code : budget_codes(p)) {
      std::vector<std::string> row(f.header.size());
      row[0] = code;
      f.rows.push_back(std::move(row));
   }
   f.note = "kode anggaran yang disebut indikator; tambahkan setiap baris di atas dan di bawahnya "
            "(program, kegiatan, subkegiatan) agar jumlahnya dapat dihitung; pagu_sebelum (pagu "
            "sebelum perubahan) boleh dikosongkan";
   if (quarterly) {
      f.note += "; rencana_tw1..rencana_tw4: rencana anggaran kas (RAK) tiap triwulan, "
                "realisasi_tw1..realisasi_tw4: realisasi tiap triwulan itu saja (triwulan yang "
                "belum sampai dikosongkan); realisasi s.d. triwulan dihitung dari kolom itu, "
                "kolom realisasi boleh dikosongkan";
   }
   return f;
}

// The Renja form's file: its header only, since the codes are the agency's (runtime/data/renja.hpp).
template_file renja_file(const lang::program& p)
{
   template_file f;
   f.name = p.renja->file;
   f.sheet = lang::sheet_of(f.name, p.renja->sheet);
   f.header.assign(renja_header.begin(), renja_header.end());
   f.note = "satu baris per program, kegiatan, sub kegiatan (kode A, A.1, A.1.1) dan indikator; "
            "k = kinerja, rp = anggaran, angka kolom seperti form Permendagri 86/2017: (6) target "
            "Renstra akhir periode, (7) realisasi Renstra s.d. tahun lalu, (8) target Renja tahun "
            "ini, (9)-(12) realisasi TW I-IV; Rp kegiatan dan program boleh dikosongkan (diisi "
            "jumlah rinciannya); Rp kode dengan beberapa indikator ditulis pada baris pertamanya; "
            "triwulan yang belum berjalan dikosongkan";
   return f;
}

// Every figure of the report an auditor can compare with the printed one, as the printed-figures
// file names it (see runtime/audit.cpp): objek and besaran, for the period.
std::vector<std::pair<std::string, std::string>> printed_figures(const lang::program& p,
                                                                const period& when)
{
   std::vector<std::pair<std::string, std::string>> out;
   for (const auto& ind : p.indicators) {
      for (const char* q : {"realisasi", "target", "capaian"}) {
         out.emplace_back(ind->id, q);
      }
      // A quarterly report prints a `kumulatif` indicator's own quarter beside its figures to
      // date.
      if (ind->accumulate && when.grain != period::kind::year) {
         for (const char* q : {"realisasi_tw", "target_tw", "capaian_tw"}) {
            out.emplace_back(ind->id, q);
         }
      }
      // The other named versions of its targets, which a report prints beside the measured one.
      for (const lang::version_targets& other : ind->other_targets) {
         if (other.version) {
            out.emplace_back(ind->id, printed_version_quantity(other.version->name));
         }
      }
      if (ind->achievement_scale) {
         out.emplace_back(ind->id, "predikat");
      }
      if (ind->value_scale) {
         out.emplace_back(ind->id, "kategori");
      }
      if (ind->efficiency.formula || ind->has_budget()) {
         out.emplace_back(ind->id, "efisiensi");
      }
      if (ind->efficiency_scale) {
         out.emplace_back(ind->id, "predikat_efisiensi");
      }
      if (ind->has_budget()) {
         for (const char* q : {"pagu", "realisasi_anggaran", "serapan"}) {
            out.emplace_back(ind->id, q);
         }
      }
   }
   for (const auto& v : p.values) {
      if (v->owner && v->owner->name.empty() && v->value) {
         const bool grouped = v->value->type == lang::value_type::grouped;
         out.emplace_back(v->name, grouped ? "nilai:KELOMPOK" : "nilai");
      }
   }
   for (const achievement_recap& kind : achievement_recaps()) {
      std::vector<const lang::scale*> scales;
      for (const auto& ind : p.indicators) {
         const std::string level = ind->level ? lang::ast::level_name(*ind->level) : "";
         if (ind->achievement_scale &&
             std::find(kind.levels.begin(), kind.levels.end(), level) != kind.levels.end() &&
             std::find(scales.begin(), scales.end(), ind->achievement_scale) == scales.end()) {
            scales.push_back(ind->achievement_scale);
         }
      }
      for (const lang::scale* s : scales) {
         for (const lang::band& b : s->bands) {
            out.emplace_back(kind.subject, "jumlah:" + b.label);
            out.emplace_back(kind.subject, "persen:" + b.label);
         }
      }
   }
   if (p.budget) {
      for (const std::string& code : budget_codes(p)) {
         for (const char* q : printed_budget_quantities) {
            if (std::string_view(q) != "predikat" || p.budget->absorption_scale) {
               out.emplace_back("anggaran:" + code, q);
            }
         }
         // A quarterly report prints the quarter's RAK and spending beside the figures to date.
         if (when.grain != period::kind::year) {
            for (const char* q : printed_budget_quarter_quantities) {
               out.emplace_back("anggaran:" + code, q);
            }
         }
      }
   }
   // Every cell of the Renja form, for each code the filler names (renja:KODE, or renja:KODE:2 for
   // its second indicator).
   if (p.renja) {
      for (const renja_side side : {renja_side::k, renja_side::rp}) {
         for (int column = renja_first_column; column <= renja_last_column; ++column) {
            out.emplace_back(std::string(renja_object_prefix) + "KODE",
                             renja_quantity(side, column));
         }
      }
      if (p.renja->bands) {
         for (const renja_side side : {renja_side::k, renja_side::rp}) {
            out.emplace_back(std::string(renja_object_prefix) + "KODE", renja_band_quantity(side));
         }
      }
   }
   return out;
}

template_file printed_file(const lang::program& p, const period& when)
{
   template_file f;
   f.name = p.printed->file;
   f.sheet = lang::sheet_of(f.name, p.printed->sheet);
   f.header.assign(printed_header.begin(), printed_header.end());
   for (const auto& [object, quantity] : printed_figures(p, when)) {
      f.rows.push_back({"", object, quantity, "", when.to_string()});
   }
   f.note = "angka yang dapat dibandingkan ind audit: isi nilai seperti tercetak dan lokasinya "
            "(mis. Tabel 3.4); baris yang nilainya kosong dilewati. KELOMPOK: ganti dengan "
            "kelompok yang tercetak, satu baris per kelompok";
   if (p.renja) {
      f.note += "; KODE: kode renja yang tercetak, satu baris per kode dan indikator";
   }
   return f;
}

// A file the rule file reads twice (as a table and as the budget: Way Kanan reads anggaran.csv
// both ways) is one file to fill: the columns of the later declaration, then those of the
// earlier one it lacks, and the rows of both under them, at the earlier one's place.
void merge_into(template_file& kept, template_file&& again)
{
   std::vector<std::string> header = again.header;
   for (const std::string& column : kept.header) {
      if (std::find(header.begin(), header.end(), column) == header.end()) {
         header.push_back(column);
      }
   }
   const auto remap = [&](const template_file& f) {
      std::vector<std::vector<std::string>> rows;
      for (const std::vector<std::string>& row : f.rows) {
         std::vector<std::string> cells(header.size());
         for (std::size_t c = 0; c < f.header.size() && c < row.size(); ++c) {
            const auto at = std::find(header.begin(), header.end(), f.header[c]);
            cells[static_cast<std::size_t>(at - header.begin())] = row[c];
         }
         rows.push_back(std::move(cells));
      }
      return rows;
   };
   std::vector<std::vector<std::string>> rows = remap(again);
   for (std::vector<std::string>& row : remap(kept)) {
      rows.push_back(std::move(row));
   }
   kept.note = again.note + "; dibaca juga sebagai " + kept.note;
   kept.delimiter = again.delimiter;
   kept.header = std::move(header);
   kept.rows = std::move(rows);
}

} // namespace

std::vector<template_file> data_template(const lang::program& p, const period& when)
{
   std::vector<template_file> out;
   std::set<std::string> seen;
   for (const auto& t : p.tables) {
      if (seen.insert(t->file).second) {
         out.push_back(table_file(*t));
      }
   }
   if (p.realisasi) {
      out.push_back(realisasi_file(p, when));
   }
   if (p.budget) {
      out.push_back(budget_file(p, when));
   }
   if (p.renja) {
      out.push_back(renja_file(p));
   }
   if (p.printed) {
      out.push_back(printed_file(p, when));
   }
   std::vector<template_file> files;
   for (template_file& f : out) {
      const auto earlier = std::find_if(files.begin(), files.end(),
                                        [&](const template_file& e) { return e.name == f.name; });
      if (earlier == files.end()) {
         files.push_back(std::move(f));
      }
      else {
         merge_into(*earlier, std::move(f));
      }
   }
   return files;
}

std::string template_csv(const template_file& f)
{
   std::string out;
   const auto line = [&](const std::vector<std::string>& cells) {
      for (std::size_t i = 0; i < cells.size(); ++i) {
         if (i > 0) {
            out += f.delimiter;
         }
         csv::append_cell(out, cells[i], f.delimiter, false);
      }
      out += '\n';
   };
   line(f.header);
   for (const auto& row : f.rows) {
      line(row);
   }
   return out;
}

} // namespace ind::rt::report
