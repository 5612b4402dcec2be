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

Asal laporan
Unsur         Berkas                                       Versi atau waktu                                    SHA-256
------------  -------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                          0.1.0
waktu hitung                                               1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/stdlib/bobot/bobot.ind                                                              4bba394d71e8025348c985b186e80cf9ca1cee069d03310ffc7717e15de64892
modul         stdlib/sakip.ind                             pustaka standar versi 1                             f451084bb2ee33a85703f387ca8a003f025ad2723bd42f6ba5bbc0d5b4d573c5
modul         stdlib/ipasn.ind                             pustaka standar versi 1                             b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8
modul         stdlib/skp.ind                               pustaka standar versi 1                             f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e
modul         stdlib/merit.ind                             pustaka standar versi 1                             d8a84ffcfbdb713df4fef14bcc59c9fcb1f3c49f65b7c8513a02a1182a611c27
data          tests/golden/stdlib/bobot/2021/komponen.csv                                                      bd30c16acf6623d7fc5965a1eb10dd9685bcfe328fd62b52f241fa0c85a27e78
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
