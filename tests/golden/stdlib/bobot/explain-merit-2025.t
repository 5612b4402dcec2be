$ ind explain tests/golden/stdlib/bobot/bobot.ind karier_maksimum --data tests/golden/stdlib/bobot/2022 --period 2025
--- stdout
karier_maksimum - Nilai aspek pengembangan karier tertinggi, periode 2025

nilai karier_maksimum 2025 = 120
  rumus: merit.nilai_maksimum_aspek(merit.aspek.pengembangan_karier)   (tests/golden/stdlib/bobot/bobot.ind:19:3)
  merit.nilai_maksimum_aspek(merit.aspek.pengembangan_karier) = 120
    merit.aspek.pengembangan_karier = 30
      bobot merit.aspek   (stdlib/merit.ind:41:1)
        dasar: Delapan aspek: meritopedia.kasn.go.id, Penilaian Sistem Merit (Peraturan KASN 9/2019); bobot: LKjIP BKPSDM Kab. Way Kanan 2023 dan maket kode praktisi, belum dicocokkan dengan Lampiran Peraturan KASN 9/2019; status: bacaan_praktisi; berlaku sampai 2025
    aturan merit.nilai_maksimum_aspek   (stdlib/merit.ind:123:1)
      dasar: Nilai maksimum aspek = 4 x bobot (bacaan praktisi: dua aplikasi penilaian mandiri yang beredar; Lampiran Peraturan KASN 9/2019 belum terbaca); status: bacaan_praktisi; berlaku sampai 2025
    skor_tertinggi * bobot = 120
      skor_tertinggi = 4
        tetapan merit.skor_tertinggi   (stdlib/merit.ind:104:1)
          dasar: Peraturan KASN 9/2019 (skala jawaban belum terbaca); nilai aspek paling tinggi 4 x bobot: bacaan praktisi (dua aplikasi penilaian mandiri yang beredar), Lampiran peraturannya belum terbaca; status: bacaan_praktisi; berlaku sampai 2025
      bobot = 30


--- stderr

--- exit 0
