$ ind explain tests/golden/stdlib/bobot/bobot.ind kompetensi_maksimum --data tests/golden/stdlib/bobot/2021 --period 2019
--- stdout
kompetensi_maksimum - Poin kompetensi tertinggi seorang pegawai, periode 2019

nilai kompetensi_maksimum 2019 = 40
  rumus: ipasn.dimensi.kompetensi   (tests/golden/stdlib/bobot/bobot.ind:16:73)
  ipasn.dimensi.kompetensi = 40
    bobot ipasn.dimensi   (stdlib/ipasn.ind:49:1)
      dasar: Perban BKN 8/2019, Lampiran I: kualifikasi 25% (lelemuku.com, 2019), kompetensi 40% (Pasal 8, salinan pasal.id); kinerja 30% dan disiplin 5% belum terbaca di peraturan; Keempat bobot tercetak di LKjIP BKPSDM Kab. Way Kanan 2023 (bagian IP ASN); berlaku sejak Perban BKN 8/2019 diundangkan, 15 Mei 2019 (Pasal 22); status: bacaan_praktisi; berlaku sejak 2019

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
