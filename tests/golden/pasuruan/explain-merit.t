$ ind explain rules/kab-pasuruan.ind indeks_sistem_merit --data examples/kab-pasuruan/2024
--- stdout
indeks_sistem_merit - Indeks Sistem Merit, periode 2024

realisasi indeks_sistem_merit 2024 = 297,5
  rumus: jumlah(merit_aspek.skor)   (rules/kab-pasuruan.ind:145:9)
  jumlah(merit_aspek.skor) = 297,5
    kolom skor, baris 2 = 40   (examples/kab-pasuruan/2024/merit_aspek.csv:2:25)
    kolom skor, baris 3 = 40   (examples/kab-pasuruan/2024/merit_aspek.csv:3:13)
    kolom skor, baris 4 = 63   (examples/kab-pasuruan/2024/merit_aspek.csv:4:22)
    kolom skor, baris 5 = 20   (examples/kab-pasuruan/2024/merit_aspek.csv:5:22)
    kolom skor, baris 6 = 68   (examples/kab-pasuruan/2024/merit_aspek.csv:6:21)
    kolom skor, baris 7 = 37,5   (examples/kab-pasuruan/2024/merit_aspek.csv:7:40)
    kolom skor, baris 8 = 12   (examples/kab-pasuruan/2024/merit_aspek.csv:8:30)
    kolom skor, baris 9 = 17   (examples/kab-pasuruan/2024/merit_aspek.csv:9:20)
  dibulatkan setengah ke atas, 1 desimal: 297,5 (dari 297,5)

target indeks_sistem_merit 2024 = 281,5   (rules/kab-pasuruan.ind:146:10)
  dari berkas aturan

capaian indeks_sistem_merit 2024 = 105,7
  rumus: capaian.naik(realisasi; target)   (rules/kab-pasuruan.ind:147:13)
  capaian.naik(realisasi; target) = 105,68383658969804618117...
    realisasi indeks_sistem_merit 2024 = 297,5 (lihat di atas)
    target = 281,5
    aturan capaian.naik   (stdlib/capaian.ind:28:1)
      dasar: Capaian = Realisasi / Target x 100%: LKjIP Kab. Maluku Tengah 2021 (fliphtml5.com/qdghn/orip, hlm. 94), praktik pelaporan; rumus yang sama terbaca di Lampiran PermenPANRB 8/2021, tetapi untuk capaian IKI pegawai; Kerangka pelaporan: PermenPANRB 53/2014 (perbandingan target dan realisasi per indikator; rumus hitungnya tidak terbaca); status: bacaan_praktisi
    realisasi / target * 100 = 105,68383658969804618117...
      realisasi / target = 1,05683836589698046181...
        realisasi = 297,5
        target = 281,5
  dibulatkan setengah ke atas, 1 desimal: 105,7 (dari 105,683837...)

skala rentang_capaian: 105,7 masuk [100..~) -> "Sangat memuaskan"   (rules/kab-pasuruan.ind:53:3)

anggaran indeks_sistem_merit 2024 = 83,25
  (rules/kab-pasuruan.ind:138:1)
  kode B, C, dijumlah dari baris terendahnya
  pagu B (Program Kepegawaian Daerah) = 2.379.958.107   (examples/kab-pasuruan/2024/anggaran.csv:23:30)
  realisasi B = 1.991.707.604   (examples/kab-pasuruan/2024/anggaran.csv:23:44)
  pagu C (Program Pengembangan Sumber Daya Manusia) = 1.253.087.230   (examples/kab-pasuruan/2024/anggaran.csv:44:44)
  realisasi C = 1.032.961.861   (examples/kab-pasuruan/2024/anggaran.csv:44:58)
  pagu = 3.633.045.337
  realisasi anggaran = 3.024.669.465
  serapan = realisasi anggaran / pagu x 100 = 83,25
    (rules/kab-pasuruan.ind:44:1)
    dibulatkan setengah ke atas, 2 desimal: 83,25 (dari 83,254383...)

efisiensi indeks_sistem_merit 2024 = 127
  rumus: efisiensi.tingkat(capaian; serapan)   (rules/kab-pasuruan.ind:150:15)
  efisiensi.tingkat(capaian; serapan) = 126,96696696696696696696...
    capaian indeks_sistem_merit 2024 = 105,7 (lihat di atas)
    serapan = 83,25
    aturan efisiensi.tingkat   (stdlib/efisiensi.ind:24:1)
      dasar: LKjIP BKPSDM Kab. Pasuruan 2024, Tabel 3.12 dan 3.13 (capaian kinerja / capaian anggaran x 100); status: bacaan_praktisi
    capaian_kinerja / capaian_anggaran * 100 = 126,96696696696696696696...
      capaian_kinerja / capaian_anggaran = 1,26966966966966966966...
        capaian_kinerja = 105,7
        capaian_anggaran = 83,25
  dibulatkan setengah ke atas, 0 desimal: 127 (dari 126,966967...)

skala tingkat_efisiensi: 127 masuk (110..~) -> "Sangat efisiensi"   (rules/kab-pasuruan.ind:79:3)

Asal laporan
Unsur         Berkas                                         Versi atau waktu                                    SHA-256
------------  ---------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                            0.1.0
waktu hitung                                                 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/kab-pasuruan.ind                                                                             cde1f986cb455e251d85ae80ddcac667ae3e8ccc45f77bc996787f7c3a7c2bab
modul         stdlib/capaian.ind                             pustaka standar versi 1                             0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
modul         stdlib/efisiensi.ind                           pustaka standar versi 1                             765fe587f602a470edd68b8d4c7a082ccf7b847ee4949986db6caabf2591d510
modul         stdlib/ipasn.ind                               pustaka standar versi 1                             b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8
modul         stdlib/skp.ind                                 pustaka standar versi 1                             f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e
modul         stdlib/sakip.ind                               pustaka standar versi 1                             f451084bb2ee33a85703f387ca8a003f025ad2723bd42f6ba5bbc0d5b4d573c5
data          examples/kab-pasuruan/2024/ipasn_dimensi.csv                                                       1af3258e1f418d28559b53263b3cffa3092e793d81b885bafacf4e9f2a276bd1
data          examples/kab-pasuruan/2024/merit_aspek.csv                                                         17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8
data          examples/kab-pasuruan/2024/sakip_komponen.csv                                                      32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2
data          examples/kab-pasuruan/2024/realisasi.csv                                                           1010f5207a89c1791188d5a31de11ecf1a7bc501feb2a53dd0f67d11066197f2
data          examples/kab-pasuruan/2024/anggaran.csv                                                            8f22723516fee67b5212bc71cb5c2ad38219bc9ae1de46b111d0c52c860831be
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
