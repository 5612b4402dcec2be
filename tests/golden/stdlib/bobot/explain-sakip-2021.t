$ ind explain tests/golden/stdlib/bobot/bobot.ind poin_evaluasi --data tests/golden/stdlib/bobot/2021
--- stdout
poin_evaluasi - Poin tertimbang evaluasi internal, periode 2021

nilai poin_evaluasi 2021 = 8,00
  rumus: sakip.poin(ambil(komponen.skor dengan komponen.komponen = "evaluasi"); sakip.komponen.evaluasi)   (tests/golden/stdlib/bobot/bobot.ind:14:3)
  sakip.poin(ambil(komponen.skor dengan komponen.komponen = "evaluasi"); sakip.komponen.evaluasi) = 8
    ambil(komponen.skor dengan komponen.komponen = "evaluasi") = 80
      komponen.komponen = "evaluasi" = salah
        kolom komponen, baris 2 = "perencanaan"   (tests/golden/stdlib/bobot/2021/komponen.csv:2:1)
      komponen.komponen = "evaluasi" = benar
        kolom komponen, baris 3 = "evaluasi"   (tests/golden/stdlib/bobot/2021/komponen.csv:3:1)
      kolom skor, baris 3 = 80   (tests/golden/stdlib/bobot/2021/komponen.csv:3:10)
    sakip.komponen.evaluasi = 10
      bobot sakip.komponen   (stdlib/sakip.ind:25:1)
        dasar: PermenPANRB 12/2015 tentang Pedoman Evaluasi atas Implementasi SAKIP, Lampiran (komponen evaluasi); bobot bacaan praktisi (aplikasi LKE yang beredar), Lampiran peraturannya belum terbaca; status: bacaan_praktisi; berlaku sejak 2015 sampai 2021
    aturan sakip.poin   (stdlib/sakip.ind:55:1)
      dasar: Pilihan pustaka: komponen dinilai 0-100 lalu dikalikan bobotnya (LKjIP Way Kanan 2023 menulis Nilai SAKIP = 30% x Perencanaan + ...; skala skornya tidak tertulis); status: asumsi
    skor * bobot_komponen / 100 = 8
      skor * bobot_komponen = 800
        skor = 80
        bobot_komponen = 10
  dibulatkan setengah ke atas, 2 desimal: 8,00 (dari 8)


--- stderr

--- exit 0
