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
data          tests/golden/stdlib/bobot/2022/komponen.csv                                                      bd30c16acf6623d7fc5965a1eb10dd9685bcfe328fd62b52f241fa0c85a27e78
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
