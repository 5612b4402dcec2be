$ ind explain tests/golden/capaian/tujuan.ind --data examples/kab-pasuruan/2024 tata_kelola
--- stdout
tata_kelola - Kualitas tata kelola kepegawaian (rata-rata capaian sasaran), periode 2024

realisasi tata_kelola 2024 = 102,85
  rumus: rata(capaian(indeks_sistem_merit); capaian(nilai_sakip))   (tests/golden/capaian/tujuan.ind:26:9)
  rata(capaian(indeks_sistem_merit); capaian(nilai_sakip)) = 102,85
    capaian indeks_sistem_merit 2024 = 105,7
      rumus: capaian.naik(realisasi; target)   (tests/golden/capaian/tujuan.ind:35:13)
      capaian.naik(realisasi; target) = 105,68383658969804618117...
        realisasi indeks_sistem_merit 2024 = 297,5
          rumus: jumlah(merit_aspek.skor)   (tests/golden/capaian/tujuan.ind:33:9)
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
        target = 281,5
        aturan capaian.naik   (stdlib/capaian.ind:28:1)
          dasar: Capaian = Realisasi / Target x 100%: LKjIP Kab. Maluku Tengah 2021 (fliphtml5.com/qdghn/orip, hlm. 94), praktik pelaporan; rumus yang sama terbaca di Lampiran PermenPANRB 8/2021, tetapi untuk capaian IKI pegawai; Kerangka pelaporan: PermenPANRB 53/2014 (perbandingan target dan realisasi per indikator; rumus hitungnya tidak terbaca); status: bacaan_praktisi
        realisasi / target * 100 = 105,68383658969804618117...
          realisasi / target = 1,05683836589698046181...
            realisasi = 297,5
            target = 281,5
      dibulatkan setengah ke atas, 1 desimal: 105,7 (dari 105,683837...)
    capaian nilai_sakip 2024 = 100,00
      rumus: capaian.naik(realisasi; target)   (tests/golden/capaian/tujuan.ind:42:13)
      capaian.naik(realisasi; target) = 100
        realisasi nilai_sakip 2024 = 82,10
          rumus: jumlah(sakip_komponen.nilai)   (tests/golden/capaian/tujuan.ind:40:9)
          jumlah(sakip_komponen.nilai) = 82,1
            kolom nilai, baris 10 = 26,1   (examples/kab-pasuruan/2024/sakip_komponen.csv:10:29)
            kolom nilai, baris 11 = 24   (examples/kab-pasuruan/2024/sakip_komponen.csv:11:28)
            kolom nilai, baris 12 = 12   (examples/kab-pasuruan/2024/sakip_komponen.csv:12:27)
            kolom nilai, baris 13 = 20   (examples/kab-pasuruan/2024/sakip_komponen.csv:13:49)
          dibulatkan setengah ke atas, 2 desimal: 82,10 (dari 82,1)
        target = 82,1
        aturan capaian.naik   (stdlib/capaian.ind:28:1)
          dasar: Capaian = Realisasi / Target x 100%: LKjIP Kab. Maluku Tengah 2021 (fliphtml5.com/qdghn/orip, hlm. 94), praktik pelaporan; rumus yang sama terbaca di Lampiran PermenPANRB 8/2021, tetapi untuk capaian IKI pegawai; Kerangka pelaporan: PermenPANRB 53/2014 (perbandingan target dan realisasi per indikator; rumus hitungnya tidak terbaca); status: bacaan_praktisi
        realisasi / target * 100 = 100
          realisasi / target = 1
            realisasi = 82,1
            target = 82,1
      dibulatkan setengah ke atas, 2 desimal: 100,00 (dari 100)
  dibulatkan setengah ke atas, 2 desimal: 102,85 (dari 102,85)

target tata_kelola 2024 = 100   (tests/golden/capaian/tujuan.ind:27:10)
  dari berkas aturan

capaian tata_kelola 2024 = 102,85
  rumus: capaian bulat 2   (tests/golden/capaian/tujuan.ind:28:3)
  rumus bawaan: realisasi / target x 100
  realisasi tata_kelola 2024 = 102,85 (lihat di atas)
  dibulatkan setengah ke atas, 2 desimal: 102,85 (dari 102,85)

Asal laporan
Unsur         Berkas                                         Versi atau waktu                                    SHA-256
------------  ---------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                            0.1.0
waktu hitung                                                 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/capaian/tujuan.ind                                                                    ad6e7e8e8548ea6475c225a831bcfd928c42020a47ca8e7c8d50811c4f87b0e3
modul         stdlib/capaian.ind                             pustaka standar versi 1                             0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
data          examples/kab-pasuruan/2024/merit_aspek.csv                                                         17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8
data          examples/kab-pasuruan/2024/sakip_komponen.csv                                                      32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
