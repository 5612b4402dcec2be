$ ind explain rules/kab-pasuruan.ind ip_asn --data examples/kab-pasuruan/2024
--- stdout
ip_asn - Indeks Profesionalitas ASN, periode 2024

realisasi ip_asn 2024 = 77,32
  rumus: ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk)   (rules/kab-pasuruan.ind:125:9)
  ipasn.rata_jenis(ip_asn_pns; ip_asn_pppk) = 77,315
    nilai ip_asn_pns 2024 = 79,92
      rumus: jumlah(ipasn_dimensi.pns)   (rules/kab-pasuruan.ind:113:33)
      jumlah(ipasn_dimensi.pns) = 79,92
        kolom pns, baris 2 = 20,72   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:2:13)
        kolom pns, baris 3 = 29,21   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:3:12)
        kolom pns, baris 4 = 24,99   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:4:9)
        kolom pns, baris 5 = 5   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:5:10)
      dibulatkan setengah ke atas, 2 desimal: 79,92 (dari 79,92)
    nilai ip_asn_pppk 2024 = 74,71
      rumus: jumlah(ipasn_dimensi.pppk)   (rules/kab-pasuruan.ind:114:35)
      jumlah(ipasn_dimensi.pppk) = 74,71
        kolom pppk, baris 2 = 24,95   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:2:19)
        kolom pppk, baris 3 = 19,9   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:3:18)
        kolom pppk, baris 4 = 24,86   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:4:15)
        kolom pppk, baris 5 = 5   (examples/kab-pasuruan/2024/ipasn_dimensi.csv:5:12)
      dibulatkan setengah ke atas, 2 desimal: 74,71 (dari 74,71)
    aturan ipasn.rata_jenis   (stdlib/ipasn.ind:319:1)
      dasar: LKjIP BKPSDM Kab. Pasuruan 2024 (realisasi IP ASN 77,32 dari PNS 79,92 dan PPPK 74,71); tidak tertulis sebagai ketentuan; status: bacaan_praktisi
    rata(pns; pppk) = 77,315
      pns = 79,92
      pppk = 74,71
  dibulatkan setengah ke atas, 2 desimal: 77,32 (dari 77,315)

target ip_asn 2024 = 71,17   (rules/kab-pasuruan.ind:126:10)
  dari berkas aturan

capaian ip_asn 2024 = 108,6
  rumus: capaian.naik(realisasi; target)   (rules/kab-pasuruan.ind:128:13)
  capaian.naik(realisasi; target) = 108,64128143880848672193...
    realisasi ip_asn 2024 = 77,32 (lihat di atas)
    target = 71,17
    aturan capaian.naik   (stdlib/capaian.ind:28:1)
      dasar: Capaian = Realisasi / Target x 100%: LKjIP Kab. Maluku Tengah 2021 (fliphtml5.com/qdghn/orip, hlm. 94), praktik pelaporan; rumus yang sama terbaca di Lampiran PermenPANRB 8/2021, tetapi untuk capaian IKI pegawai; Kerangka pelaporan: PermenPANRB 53/2014 (perbandingan target dan realisasi per indikator; rumus hitungnya tidak terbaca); status: bacaan_praktisi
    realisasi / target * 100 = 108,64128143880848672193...
      realisasi / target = 1,08641281438808486721...
        realisasi = 77,32
        target = 71,17
  dibulatkan setengah ke atas, 1 desimal: 108,6 (dari 108,641281...)

skala rentang_capaian: 108,6 masuk [100..~) -> "Sangat memuaskan"   (rules/kab-pasuruan.ind:53:3)

skala ipasn.kategori: 77,32 masuk (70..80] -> "Sedang"   (stdlib/ipasn.ind:298:3)
  dasar: Perban BKN 8/2019, sebutan tingkat profesionalitas 91-100, 81-90, 71-80, 61-70, 60 ke bawah (nasional.kontan.co.id, 2019); Nilai pecahan di celah tabel (mis. 90 < x < 91) masuk kelas yang lebih tinggi: pilihan pustaka; status: terkonfirmasi; berlaku sejak 2019

anggaran ip_asn 2024 = 91,02
  (rules/kab-pasuruan.ind:118:1)
  seluruh anggaran (jumlah semua program)
  pagu A (Program Penunjang Urusan Pemerintahan Daerah Kab/Kota) = 10.656.768.771   (examples/kab-pasuruan/2024/anggaran.csv:2:57)
  realisasi A = 9.981.255.308   (examples/kab-pasuruan/2024/anggaran.csv:2:72)
  pagu B (Program Kepegawaian Daerah) = 2.379.958.107   (examples/kab-pasuruan/2024/anggaran.csv:23:30)
  realisasi B = 1.991.707.604   (examples/kab-pasuruan/2024/anggaran.csv:23:44)
  pagu C (Program Pengembangan Sumber Daya Manusia) = 1.253.087.230   (examples/kab-pasuruan/2024/anggaran.csv:44:44)
  realisasi C = 1.032.961.861   (examples/kab-pasuruan/2024/anggaran.csv:44:58)
  pagu = 14.289.814.108
  realisasi anggaran = 13.005.924.773
  serapan = realisasi anggaran / pagu x 100 = 91,02
    (rules/kab-pasuruan.ind:44:1)
    dibulatkan setengah ke atas, 2 desimal: 91,02 (dari 91,015353...)

efisiensi ip_asn 2024 = 119
  rumus: efisiensi.tingkat(capaian; serapan)   (rules/kab-pasuruan.ind:132:15)
  efisiensi.tingkat(capaian; serapan) = 119,31443638760711931443...
    capaian ip_asn 2024 = 108,6 (lihat di atas)
    serapan = 91,02
    aturan efisiensi.tingkat   (stdlib/efisiensi.ind:24:1)
      dasar: LKjIP BKPSDM Kab. Pasuruan 2024, Tabel 3.12 dan 3.13 (capaian kinerja / capaian anggaran x 100); status: bacaan_praktisi
    capaian_kinerja / capaian_anggaran * 100 = 119,31443638760711931443...
      capaian_kinerja / capaian_anggaran = 1,19314436387607119314...
        capaian_kinerja = 108,6
        capaian_anggaran = 91,02
  dibulatkan setengah ke atas, 0 desimal: 119 (dari 119,314436...)

skala tingkat_efisiensi: 119 masuk (110..~) -> "Sangat efisiensi"   (rules/kab-pasuruan.ind:79:3)

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
