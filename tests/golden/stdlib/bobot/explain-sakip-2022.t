$ ind explain tests/golden/stdlib/bobot/bobot.ind poin_evaluasi --data tests/golden/stdlib/bobot/2022
--- stdout
poin_evaluasi - Poin tertimbang evaluasi internal, periode 2022

nilai poin_evaluasi 2022 = 20,00
  rumus: sakip.poin(ambil(komponen.skor dengan komponen.komponen = "evaluasi"); sakip.komponen.evaluasi)   (tests/golden/stdlib/bobot/bobot.ind:14:3)
  sakip.poin(ambil(komponen.skor dengan komponen.komponen = "evaluasi"); sakip.komponen.evaluasi) = 20
    ambil(komponen.skor dengan komponen.komponen = "evaluasi") = 80
      komponen.komponen = "evaluasi" = salah
        kolom komponen, baris 2 = "perencanaan"   (tests/golden/stdlib/bobot/2022/komponen.csv:2:1)
      komponen.komponen = "evaluasi" = benar
        kolom komponen, baris 3 = "evaluasi"   (tests/golden/stdlib/bobot/2022/komponen.csv:3:1)
      kolom skor, baris 3 = 80   (tests/golden/stdlib/bobot/2022/komponen.csv:3:10)
    sakip.komponen.evaluasi = 25
      bobot sakip.komponen   (stdlib/sakip.ind:40:1)
        dasar: PermenPANRB 88/2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, Lampiran (komponen evaluasi); bobot bacaan praktisi (aplikasi LKE yang beredar), Lampiran peraturannya belum terbaca; Bobot yang sama pada LHE AKIP Inspektorat Kab. Pasuruan (Lampiran II LKjIP BKPSDM Kab. Pasuruan 2024); status: bacaan_praktisi; berlaku sejak 2022
    aturan sakip.poin   (stdlib/sakip.ind:55:1)
      dasar: Pilihan pustaka: komponen dinilai 0-100 lalu dikalikan bobotnya (LKjIP Way Kanan 2023 menulis Nilai SAKIP = 30% x Perencanaan + ...; skala skornya tidak tertulis); status: asumsi
    skor * bobot_komponen / 100 = 20
      skor * bobot_komponen = 2.000
        skor = 80
        bobot_komponen = 25
  dibulatkan setengah ke atas, 2 desimal: 20,00 (dari 20)


--- stderr

--- exit 0
