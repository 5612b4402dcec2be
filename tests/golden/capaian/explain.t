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


--- stderr

--- exit 0
