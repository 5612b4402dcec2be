// The bundled examples evaluated through the library, as `ind eval` does: load -> resolve ->
// check -> load_dataset -> evaluator -> report::build. Each assertion is a figure of the real
// LKjIP the example encodes, written as the exact decimal text ind must give; where the report
// printed a wrong figure, the expected text is the recomputed one and the comment says what the
// report printed.
#include "support.hpp"

#include "runtime/audit.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>

using namespace ind;
using test::text;

namespace {

struct example
{
   lang::source_manager sources;
   lang::diagnostic_sink sink{1000};
   lang::module_set modules;
   std::unique_ptr<lang::program> program;
   std::unique_ptr<rt::run> run;
   rt::evaluator* eval = nullptr;
   rt::report::document doc;
   core::period when;
   std::filesystem::path folder;
   bool ready = false;

   const rt::report::indicator_row& row(const std::string& id) const
   {
      for (const auto& r : doc.indicators) {
         if (r.id == id) {
            return r;
         }
      }
      FAIL("indikator " << id << " tidak ada");
      throw std::logic_error(id);
   }

   std::string value(const std::string& id) const
   {
      for (const auto& v : doc.values) {
         if (v.id == id) {
            return text(v.figure);
         }
      }
      FAIL("nilai " << id << " tidak ada");
      return {};
   }

   const rt::report::budget_row& budget(const std::string& code) const
   {
      for (const auto& b : doc.budget) {
         if (b.code == code) {
            return b;
         }
      }
      FAIL("kode anggaran " << code << " tidak ada");
      throw std::logic_error(code);
   }

   std::string history(const std::string& id, int year) const
   {
      for (const auto& y : row(id).earlier) {
         if (y.when == core::period::of_year(year)) {
            return y.realisasi.available() ? text(y.realisasi) : "-";
         }
      }
      return "-";
   }

   // `ind audit`: the figures of the folder's tercetak.csv against the rules.
   rt::audit_result audit()
   {
      rt::audit_result r = rt::audit(*program, *eval, doc, when, sources, sink);
      REQUIRE_FALSE(sink.has_errors());
      return r;
   }

   // The audit item of one printed figure, by its place (lokasi), objek and besaran.
   static const rt::audit_item& find(const rt::audit_result& r, const std::string& location,
                                     const std::string& object, const std::string& quantity)
   {
      for (const auto& item : r.items) {
         if (item.printed.location == location && item.printed.object == object &&
             item.printed.quantity == quantity) {
            return item;
         }
      }
      FAIL("angka tercetak " << location << ": " << quantity << " " << object << " tidak ada");
      throw std::logic_error(object);
   }
};

std::string label(const rt::report::label& l)
{
   return l.text ? *l.text : "-";
}

// Runs the whole pipeline on rules/<rules> with examples/<folder>, for the folder's period.
std::unique_ptr<example> run(const std::string& rules, const std::string& folder, int year)
{
   auto e = std::make_unique<example>();
   const std::filesystem::path root = IND_SOURCE_DIR;
   const lang::load_options options{{root / "stdlib"}};
   e->modules = lang::load(e->sources, (root / "rules" / rules).string(), options, e->sink);
   REQUIRE(e->modules.complete);
   e->program = lang::resolve(e->modules, e->sink);
   REQUIRE_FALSE(e->sink.has_errors());
   lang::check(*e->program, e->sink);
   REQUIRE_FALSE(e->sink.has_errors());
   const core::period when = core::period::of_year(year);
   e->when = when;
   e->folder = root / "examples" / folder;
   e->run = rt::start_run(*e->program, e->folder, when, {}, e->sources, e->sink);
   REQUIRE_FALSE(e->sink.has_errors());
   e->eval = &e->run->eval();
   e->doc = rt::report::build(*e->program, *e->eval, when, e->sink);
   REQUIRE_FALSE(e->sink.has_errors());
   e->ready = true;
   return e;
}

} // namespace

TEST_CASE("example: LKjIP 2024 BKPSDM Kabupaten Pasuruan")
{
   auto e = run("kab-pasuruan.ind", "kab-pasuruan/2024", 2024);

   SUBCASE("IP ASN = mean(79,92; 74,71) = 77,315 -> 77,32, half-up")
   {
      CHECK(e->value("ip_asn_pns") == "79.92");
      CHECK(e->value("ip_asn_pppk") == "74.71");
      const auto& ip = e->row("ip_asn");
      CHECK(text(ip.target) == "71.17");
      CHECK(text(ip.realisasi) == "77.32");
      CHECK(text(ip.achievement) == "108.6");
      CHECK(label(ip.achievement_band) == "Sangat memuaskan");
      CHECK(label(ip.value_band) == "Sedang");
      CHECK(text(ip.efficiency) == "119");
      CHECK(label(ip.efficiency_band) == "Sangat efisiensi");
   }
   SUBCASE("Sistem Merit is the sum of its aspects, 297,5 (the report printed 296,5)")
   {
      const auto& merit = e->row("indeks_sistem_merit");
      CHECK(text(merit.realisasi) == "297.5");
      CHECK(text(merit.achievement) == "105.7");
      CHECK(text(merit.absorption) == "83.25");
      CHECK(text(merit.efficiency) == "127");
   }
   SUBCASE("Nilai SAKIP 82,10, kategori A")
   {
      const auto& sakip = e->row("nilai_sakip");
      CHECK(text(sakip.realisasi) == "82.10");
      CHECK(label(sakip.value_band) == "A");
      CHECK(text(sakip.achievement) == "100.00");
      CHECK(label(sakip.achievement_band) == "Sangat memuaskan");
      CHECK(text(sakip.efficiency) == "107");
      CHECK(e->history("nilai_sakip", 2022) == "81.64");
      CHECK(e->history("nilai_sakip", 2023) == "82.05");
   }
   SUBCASE("budget: totals recomputed from the sub kegiatan")
   {
      REQUIRE(e->doc.budget_total.has_value());
      CHECK(text(e->doc.budget_total->ceiling) == "14289814108");
      CHECK(text(e->doc.budget_total->realised) == "13005924773");
      CHECK(text(e->doc.budget_total->absorption) == "91.02");
      CHECK(text(e->budget("A").absorption) == "93.66");
      CHECK(text(e->budget("B").absorption) == "83.69");
      CHECK(text(e->budget("C").absorption) == "82.43");
      CHECK(label(e->budget("B.2.1").band) == "Kurang");
   }
   SUBCASE("audit: six discrepancies of the report and seven figures that follow from them")
   {
      const rt::audit_result r = e->audit();
      CHECK(r.items.size() == 101);
      CHECK(r.findings() == 13);
      CHECK(r.consequences() == 7);
      // D1: Tabel 3.6 prints 296,5; the capaian and efisiensi printed from it are right from it.
      const auto& total = example::find(r, "Tabel 3.6 (L649), Total Nilai", "indeks_sistem_merit",
                                        "realisasi");
      CHECK_FALSE(total.consequence());
      const auto& merit = example::find(r, "Tabel 3.4 (L603)", "indeks_sistem_merit", "capaian");
      CHECK(merit.computed == "105,7");
      CHECK(merit.causes == std::vector<std::size_t>{total.finding});
      const auto& efficiency =
         example::find(r, "Tabel 3.12 (L780)", "indeks_sistem_merit", "efisiensi");
      CHECK(efficiency.causes == std::vector<std::size_t>{total.finding});
      // D2: 97 truncated; 104 = 97 / 93,66 follows from it (98 / 93,66 would give 105).
      const auto& truncated =
         example::find(r, "Tabel 3.13 (L787)", "dokumen_administrasi_sesuai", "capaian");
      CHECK_FALSE(truncated.consequence());
      CHECK(truncated.hint.find("dipotong") != std::string::npos);
      const auto& program =
         example::find(r, "Tabel 3.13 (L787)", "dokumen_administrasi_sesuai", "efisiensi");
      CHECK(program.computed == "105");
      CHECK(program.causes == std::vector<std::size_t>{truncated.finding});
      // D3: the IKU recap counts follow from the label printed for the SAKIP capaian of 100.
      const auto& label =
         example::find(r, "Ikhtisar Eksekutif (L52)", "nilai_sakip", "predikat");
      CHECK_FALSE(label.consequence());
      for (const char* q : {"jumlah:Sangat memuaskan", "persen:Sangat memuaskan"}) {
         CHECK(example::find(r, "Ikhtisar Eksekutif (L51)", "iku", q).causes ==
               std::vector<std::size_t>{label.finding});
      }
      // D4: three programs counted Baik is an error of its own.
      CHECK_FALSE(
         example::find(r, "Ikhtisar Eksekutif (L64)", "anggaran", "jumlah:Baik").consequence());
      CHECK(example::find(r, "Tabel 3.13 (L789)", "nilai_kinerja_penempatan", "efisiensi").matches);
   }
}

TEST_CASE("example: LKjIP 2023 BKPSDM Kabupaten Way Kanan")
{
   auto e = run("kab-way-kanan.ind", "kab-way-kanan/2023", 2023);

   SUBCASE("Nilai SAKIP BKPSDM against the PK target, Tabel 3.3.1")
   {
      const auto& sakip = e->row("nilai_sakip");
      CHECK(text(sakip.target) == "59.1");
      CHECK(text(sakip.realisasi) == "73.11");
      CHECK(text(sakip.achievement) == "123.7");
      // Tabel 3.2.1 as the report applies it: above 100 is Sangat Baik (L1421).
      CHECK(label(sakip.achievement_band) == "Sangat Baik");
      CHECK(e->history("nilai_sakip", 2021) == "61.45");
      CHECK(e->history("nilai_sakip", 2022) == "69.31");
   }
   SUBCASE("IP ASN: 84,4 / 64 = 131,875 -> 131,9 (the report printed 131.8)")
   {
      const auto& ip = e->row("ip_asn");
      CHECK(text(ip.target) == "64");
      CHECK(text(ip.realisasi) == "84.4");
      CHECK(text(ip.achievement) == "131.9");
      CHECK(label(ip.value_band) == "Tinggi");
      CHECK(e->history("ip_asn", 2021) == "71.76");
      CHECK(e->history("ip_asn", 2022) == "46.23");
   }
   SUBCASE("Indeks Sistem Merit: 209 is Kurang; no 2023 target, so no capaian")
   {
      const auto& merit = e->row("indeks_sistem_merit");
      CHECK(text(merit.realisasi) == "209");
      CHECK(label(merit.value_band) == "Kurang");
      CHECK_FALSE(merit.target.available());
      CHECK_FALSE(merit.achievement.available());
      CHECK(e->history("indeks_sistem_merit", 2022) == "99");
   }
   SUBCASE("tujuan indicators have targets but no realisasi")
   {
      CHECK(text(e->row("nilai_sakip_kabupaten").target) == "60.64");
      CHECK_FALSE(e->row("nilai_sakip_kabupaten").realisasi.available());
      CHECK(text(e->row("nilai_komponen_kinerja_organisasi").target) == "5.55");
   }
   SUBCASE("program indicators of Lampiran Tabel 4.3")
   {
      const auto& kepegawaian = e->row("cakupan_tertib_administrasi_kepegawaian");
      CHECK(text(kepegawaian.achievement) == "100.0");
      CHECK(label(kepegawaian.achievement_band) == "Sangat Baik");
      CHECK(text(kepegawaian.absorption) == "99.69");
      CHECK(text(e->row("cakupan_pengembangan_sdm_aparatur").achievement) == "113.6");
      CHECK(text(e->row("cakupan_pelayanan_administrasi_perkantoran").achievement) == "101.0");
      CHECK_FALSE(kepegawaian.efficiency.available()); // the report computes no efficiency
   }
   SUBCASE("3.5: program capaian = mean of the sub kegiatan capaian")
   {
      CHECK(e->value("capaian_program_penunjang") == "99.6");
      CHECK(e->value("capaian_program_pengembangan_sdm") == "100.3");
      CHECK(e->value("capaian_program_kepegawaian") == "100.0"); // printed 95.8
      CHECK(e->value("realisasi_kinerja_keseluruhan") == "100"); // printed 99
      CHECK(e->value("capaian_seluruh_sub_kegiatan") == "99.8");
      CHECK(e->value("rata_capaian_sasaran") == "127.8");
   }
   SUBCASE("indikator program of Tabel 3.3.1.1-3.3.1.8")
   {
      CHECK(e->value("ketepatan_distribusi_cpns_pppk") == "96.40");
      CHECK(e->value("ketepatan_laporan_kinerja_asn") == "61.68");
      CHECK(e->value("penyelesaian_kasus_disiplin_layanan") == "100.00");
      CHECK(e->value("ketepatan_penataan_asn") == "-"); // a row without target
      CHECK(e->value("asn_pendidikan_lanjutan") == "-");
   }
   SUBCASE("budget of Lampiran Tabel 4.3, every level recomputed")
   {
      REQUIRE(e->doc.budget_total.has_value());
      CHECK(text(e->doc.budget_total->ceiling) == "6850200218");
      CHECK(text(e->doc.budget_total->realised) == "6700428889");
      CHECK(text(e->doc.budget_total->absorption) == "97.81");
      CHECK(text(e->budget("A").absorption) == "99.69");
      CHECK(text(e->budget("B").absorption) == "99.84");
      CHECK(text(e->budget("C").absorption) == "95.70");
      CHECK(text(e->budget("C.2").ceiling) == "2624233220"); // kegiatan: not printed
      CHECK(text(e->budget("C.2").absorption) == "94.77");
      CHECK(text(e->budget("A.2.2").absorption) == "99.00"); // 98,9975 half-up
      CHECK(text(e->budget("B.2.1").absorption) == "100.00"); // 99,9993 < 100
      CHECK(e->value("pagu_menurut_jenis_belanja") == "6850200218");
      CHECK(e->value("realisasi_belanja_rutin_penunjang") == "805574125"); // printed 775.574.125
   }
   SUBCASE("audit replays: a budget line taken as printed stands for the lines below it")
   {
      lang::diagnostic_sink quiet;
      const rt::evaluation wired = rt::wire(*e->program, e->run->data, quiet);
      rt::evaluator& replay = *wired.eval;
      // Tabel 2.6.2 (D05)
      replay.give(rt::given::budget_line{"A.1.6", rt::budget_amount::ceiling}, core::decimal(826000));
      CHECK(replay.budget_for_code("A").ceiling.as_number() == core::decimal(2212316000));
      CHECK(replay.budget_for_code("A").realised.as_number() == core::decimal(2205483616));
      // A line given above it wins for the lines under both.
      replay.give(rt::given::budget_line{"A.1", rt::budget_amount::ceiling}, core::decimal(866852000));
      CHECK(replay.budget_for_code("A").ceiling.as_number() == core::decimal(2212352000));
      replay.give(rt::given::budget_line{"jumlah", rt::budget_amount::realised}, core::decimal(1));
      CHECK(replay.budget_total().realised.as_number() == core::decimal(1));
   }
   SUBCASE("audit replays: a label taken as printed for one figure on one scale")
   {
      lang::diagnostic_sink quiet;
      const rt::evaluation wired = rt::wire(*e->program, e->run->data, quiet);
      rt::evaluator& replay = *wired.eval;
      const lang::indicator& sakip = *e->program->find_indicator("nilai_sakip");
      const rt::value capaian = replay.achievement(sakip, e->when).shown;
      replay.give(rt::given::label{sakip.achievement_scale, sakip.where, e->when,
                                   capaian.as_number()},
                  std::string("Tinggi"));
      CHECK(replay.classify(sakip.achievement_scale, capaian, e->when, sakip.where).as_text() ==
            "Tinggi");
      const lang::indicator& ip = *e->program->find_indicator("ip_asn");
      CHECK(replay.classify(ip.achievement_scale, capaian, e->when, ip.where).as_text() ==
            "Sangat Baik");
   }
   SUBCASE("staffing tables of Bab I and the ASN table of the Lampiran")
   {
      CHECK(e->value("golongan_jumlah") == "48");
      CHECK(e->value("jenis_kelamin_jumlah") == "48"); // printed 43
      CHECK(e->value("umur_jumlah") == "47");          // printed 48
      CHECK(e->value("formasi_jumlah") == "84");       // printed 73
      CHECK(e->value("asn_jumlah") == "5259");
      CHECK(e->value("jumlah_komponen_sakip") == "5"); // "4 indikator"
   }
   SUBCASE("audit: 276 printed figures, 29 findings, one of them a consequence")
   {
      const rt::audit_result r = e->audit();
      CHECK(r.items.size() == 276);
      CHECK(r.findings() == 29);
      CHECK(r.consequences() == 1);
      // D01: the Jumlah row of Tabel 2.2.2 prints 4 for III/a and III/d.
      const auto& golongan = example::find(r, "Tabel 2.2.2 (L161), baris Jumlah, kolom III/a",
                                           "golongan_per_golongan", "nilai:III/a");
      CHECK(golongan.computed == "5");
      CHECK(example::find(r, "Tabel 2.2.2 (L161), baris Jumlah", "golongan_jumlah", "nilai").matches);
      // D02, D03, D04.
      CHECK(example::find(r, "Tabel 2.2.4 (L181), baris Jumlah", "jenis_kelamin_jumlah", "nilai")
               .computed == "48");
      CHECK(example::find(r, "Tabel 2.2.5 (L191), baris Jumlah, kolom >20", "umur_per_kelompok",
                          "nilai:>20")
               .computed == "1");
      CHECK(example::find(r, "Tabel 2.2.6 (L205), Jumlah Formasi", "formasi_jumlah", "nilai")
               .computed == "84");
      // D06 and D10.
      CHECK(example::find(r, "Bab III 3.5 (L1407), Belanja Operasi (Rutin)",
                          "realisasi_belanja_rutin_penunjang", "nilai")
               .computed == "805.574.125");
      CHECK_FALSE(example::find(r, "Lampiran 2.3 (L1438), Pengukuran dengan 4 indikator",
                                "jumlah_komponen_sakip", "nilai")
                     .matches);
      // D12: Guru SD 3 + 128 + 1475 + 614 = 2220; the column totals are right.
      const auto& guru = example::find(r, "Lampiran, Jumlah ASN menurut unit kerja (L1541)",
                                       "asn_per_unit", "nilai:- Guru SD");
      CHECK(guru.computed == "2.220");
      CHECK(example::find(r, "Lampiran, Jumlah ASN menurut unit kerja (L1586), Way Kanan, Jumlah",
                          "asn_jumlah", "nilai")
               .matches);
      // 99% = mean(99,6; 95,8; 100,3): right from the wrong 95,8 (D13), not a truncation.
      const auto& kepegawaian = example::find(
         r, "Bab III 3.5 (L1409), Program Kepegawaian Daerah: capaian realisasi kinerja, tercetak 95.8%",
         "capaian_program_kepegawaian", "nilai");
      const auto& overall = example::find(r, "Bab III 3.5 (L1402), realisasi kinerja keseluruhan",
                                          "realisasi_kinerja_keseluruhan", "nilai");
      CHECK(overall.causes == std::vector<std::size_t>{kepegawaian.finding});
      CHECK(overall.hint.find("95,8%") != std::string::npos);
      CHECK(overall.hint.find("dipotong") == std::string::npos);
      // D08: 131,875 printed truncated.
      const auto& ip = example::find(r, "Tabel 3.3.1 (L1055), tercetak 131.8%", "ip_asn", "capaian");
      CHECK_FALSE(ip.matches);
      CHECK(ip.computed == "131,9");
      CHECK(ip.hint.find("dipotong") != std::string::npos);
      // D05: Tabel 2.6.2 prints 826.000, Lampiran 4.3 862.000.
      const auto& data = example::find(r, "Tabel 2.6.2 (L864)", "anggaran:A.1.6", "pagu");
      CHECK_FALSE(data.matches);
      CHECK(data.computed == "862.000");
      // D09: Lampiran 2.3 targets are those of Tabel 3.3.1 one year earlier.
      const auto& shifted = example::find(r, "Lampiran 2.3 (L1438), tercetak 57.1", "nilai_sakip", "target");
      CHECK_FALSE(shifted.matches);
      CHECK(shifted.hint == "sama dengan target 2022");
      // D11: 99 lies below the lowest class of the Sistem Merit scale.
      CHECK_FALSE(example::find(r, "Bab III 3.3.1 (L1046)", "indeks_sistem_merit", "kategori").matches);
      // D13 and D14: Program Kepegawaian Daerah in 3.5.
      CHECK_FALSE(example::find(r, "Bab III 3.5 (L1409), Program Kepegawaian Daerah: target RPJMD",
                          "cakupan_tertib_administrasi_kepegawaian", "target")
                     .matches);
      // 99.6 is the mean of the sub kegiatan capaian, not the program outcome (D15).
      CHECK(example::find(r,
                    "Bab III 3.5 (L1405), Program Penunjang: capaian realisasi kinerja, tercetak "
                    "99.6%",
                    "capaian_program_penunjang", "nilai")
               .matches);
      CHECK(example::find(r, "Lampiran Tabel 4.3 (L1495), Jumlah", "anggaran:jumlah", "serapan").matches);
   }
}

TEST_CASE("example: LKjIP 2023 BKPSDM Kota Blitar")
{
   auto e = run("kota-blitar.ind", "kota-blitar/2023", 2023);

   SUBCASE("IP ASN 70,89 / 80,20 = 88,39, Sangat berhasil")
   {
      const auto& ip = e->row("ip_asn");
      CHECK(text(ip.target) == "80.20");
      CHECK(text(ip.achievement) == "88.39");
      CHECK(label(ip.achievement_band) == "Sangat berhasil");
   }
   SUBCASE("Indeks Sistem Merit 271,50 (SK KASN), kategori III Baik; its aspects as listed sum to 271")
   {
      const auto& merit = e->row("indeks_sistem_merit");
      CHECK(text(merit.realisasi) == "271.50");
      CHECK(e->value("jumlah_aspek_sistem_merit") == "271.00");
      CHECK(text(merit.achievement) == "100.56");
      CHECK(label(merit.value_band) == "Baik");
      // The table prints "85 s.d 100"; the report labels 100,56 and 583,03 Sangat berhasil.
      CHECK(label(merit.achievement_band) == "Sangat berhasil");
      CHECK(text(merit.absorption) == "58.14");
      CHECK(text(merit.efficiency) == "1.73");
      CHECK(label(merit.efficiency_band) == "EFISIEN");
      CHECK(e->history("indeks_sistem_merit", 2022) == "262.00");
   }
   SUBCASE("ASN diklat 75,91 as printed, capaian 583,03; the printed counts give 75,90")
   {
      const auto& diklat = e->row("persentase_asn_diklat");
      CHECK(text(diklat.realisasi) == "75.91");
      CHECK(text(diklat.achievement) == "583.03");
      CHECK(e->value("cakupan_pengkom_dari_jumlah") == "75.90");
      CHECK(e->value("kemajuan_asn_diklat") == "148.84");
      CHECK(e->value("kenaikan_cakupan_pengkom") == "26.91"); // printed NAIK 30,91%
      CHECK(text(diklat.absorption) == "87.19");
      CHECK(text(diklat.efficiency) == "6.69");
      CHECK(label(diklat.efficiency_band) == "EFISIEN");
   }
   SUBCASE("Nilai SAKIP: 99,00 / 95,96 = 1,03, EFISIEN (the report printed 0,96 Tidak efisien)")
   {
      const auto& sakip = e->row("nilai_sakip");
      CHECK(text(sakip.realisasi) == "85.49");
      CHECK(text(sakip.achievement) == "99.00");
      CHECK(label(sakip.achievement_band) == "Sangat berhasil");
      CHECK(text(sakip.absorption) == "95.96");
      CHECK(text(sakip.efficiency) == "1.03");
      CHECK(label(sakip.efficiency_band) == "EFISIEN");
   }
   SUBCASE("budget per sasaran and the whole DPA")
   {
      REQUIRE(e->doc.budget_total.has_value());
      CHECK(text(e->doc.budget_total->ceiling) == "14613227630"); // printed 14.645.969.413
      CHECK(text(e->doc.budget_total->realised) == "12794779239");
      CHECK(e->value("pagu_dpa") == "14645969413");
      CHECK(e->value("serapan_dpa") == "87.36");
      CHECK(e->value("porsi_anggaran_sistem_merit") == "18.36");
      CHECK(e->value("porsi_anggaran_asn_diklat") == "16.46");
      CHECK(e->value("porsi_anggaran_nilai_sakip") == "64.96"); // printed 65,18
      CHECK(e->value("penurunan_pagu_sistem_merit") == "2150769223"); // printed 2.150.769.227
      CHECK(e->value("anggaran_pengkom_2023") == "3161008974");
   }
   SUBCASE("Tabel 3.1.3 and 3.1.4")
   {
      CHECK(e->value("kemajuan_sistem_merit") == "90.50");
      CHECK(e->value("kemajuan_nilai_sakip") == "98.97"); // printed 98,96
      CHECK(e->value("capaian_nasional_ip_asn") == "108.11");
      CHECK(e->value("capaian_nasional_sistem_merit") == "111.25");
      CHECK(e->value("capaian_nasional_sakip") == "100.15");
   }
   SUBCASE("staffing tables of Bab I")
   {
      CHECK(e->value("porsi_pendidikan_s1") == "54.29"); // printed 57,14
      CHECK(e->value("porsi_pendidikan_s2") == "11.43"); // printed 8,57
      CHECK(e->value("golongan_perempuan") == "20");      // printed 21
      CHECK(e->value("golongan_jumlah") == "34");         // printed 35
      CHECK(e->value("jumlah_ikut_dan_belum_pengkom") == "2491"); // of 3.008
   }
   SUBCASE("audit: 225 printed figures, 23 findings in 31 places, 4 of them consequences")
   {
      const rt::audit_result r = e->audit();
      CHECK(r.items.size() == 225);
      CHECK(r.findings() == 23);
      CHECK(r.mismatched_places() == 31);
      CHECK(r.consequences() == 4);
      // 75,91 and what the report computed from it (R03, R09, R33 at two decimals) match.
      for (const char* place : {"Tabel 3.1 (L491)", "Tabel 3.2.2 (L775)", "Lampiran 4 (L1080)"}) {
         CHECK(example::find(r, place, "persentase_asn_diklat", "realisasi").matches);
         CHECK(example::find(r, place, "persentase_asn_diklat", "capaian").matches);
      }
      CHECK(example::find(r, "Tabel 3.1.3 (L717)", "kemajuan_asn_diklat", "nilai").matches);
      CHECK(example::find(r, "Kesimpulan (L876)", "persentase_asn_diklat", "efisiensi").matches);
      // R42: the counts beside it give 75,90.
      CHECK(example::find(r,
                          "Tabel perbandingan sasaran 2 (L827), % Cakupan Pengkom di samping ASN "
                          "Ikut Pengkom 2.283 (dari 3008 ASN dan PTT, L576)",
                          "cakupan_pengkom_dari_jumlah", "nilai")
               .computed == "75,90");
      // R33: 6,690 at three decimals is 6,687.
      CHECK(example::find(r, "Tabel 3.2.3 (L784)", "persentase_asn_diklat", "efisiensi").computed ==
            "6,687");
      // R30 printed in four places is one finding; R36 (0,99, tidak efisien) follows from it.
      const auto& absorption = example::find(r, "Ikhtisar Eksekutif (L48)", "nilai_sakip", "serapan");
      CHECK_FALSE(absorption.consequence());
      const auto& again = example::find(r, "Tabel 3.2.2 (L776)", "nilai_sakip", "serapan");
      CHECK_FALSE(again.first_place);
      CHECK(again.finding == absorption.finding);
      const auto& ratio = example::find(r, "Ikhtisar Eksekutif (L48)", "nilai_sakip", "efisiensi");
      CHECK(ratio.causes == std::vector<std::size_t>{absorption.finding});
      CHECK(example::find(r, "Ikhtisar Eksekutif (L48)", "nilai_sakip", "predikat_efisiensi").causes ==
            std::vector<std::size_t>{absorption.finding});
      // R34, R35: 0,96 is an error of its own; "Tidak efisien" beside it follows from it.
      const auto& low = example::find(r, "Tabel 3.2.3 (L785)", "nilai_sakip", "efisiensi");
      CHECK_FALSE(low.consequence());
      CHECK(example::find(r, "Tabel 3.2.3 (L785)", "nilai_sakip", "predikat_efisiensi").causes ==
            std::vector<std::size_t>{low.finding});
      CHECK(example::find(r, "Tabel 3.2.3 (L785)", "nilai_sakip", "serapan").matches);
      // R16: the aspects as listed (52 for Pengembangan Karir) sum to 271.
      CHECK(example::find(r,
                          "Bab III 3.1.1 (L500), nilai 271,50 yang diuraikan per aspek di "
                          "L504-L511",
                          "jumlah_aspek_sistem_merit", "nilai")
               .computed == "271,00");
      CHECK(example::find(r, "Tabel 3.1 (L490)", "indeks_sistem_merit", "capaian").matches);
      // R59: the P column sums to 20; the total 35 follows from the 21 printed for it.
      const auto& women = example::find(r, "Tabel 1.3 (L292), JUMLAH", "golongan_perempuan", "nilai");
      CHECK(example::find(r, "Tabel 1.3 (L292), JUMLAH", "golongan_jumlah", "nilai").causes ==
            std::vector<std::size_t>{women.finding});
      // R02: 262 / 260 = 100,769..., printed truncated.
      const auto& merit = example::find(r, "Tabel 3.1.2.1 (L648), tercetak 100, 76%",
                                        "indeks_sistem_merit", "capaian");
      CHECK_FALSE(merit.matches);
      CHECK(merit.hint.find("dipotong") != std::string::npos);
      // R20: the Jumlah row of Tabel 3.2.1 is the DPA pagu, not the sum of its rows.
      CHECK_FALSE(example::find(r, "Tabel 3.2.1 (L766), Jumlah", "anggaran:jumlah", "pagu").matches);
      CHECK(example::find(r, "Ikhtisar Eksekutif (L50)", "serapan_dpa", "nilai").matches);
      // R65: the RKT prints the 2022 target.
      CHECK(example::find(r, "Lampiran 2 RKT (L999)", "persentase_asn_diklat", "target").hint ==
            "sama dengan target 2022");
   }
}
