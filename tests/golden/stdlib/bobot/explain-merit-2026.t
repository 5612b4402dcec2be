$ ind explain tests/golden/stdlib/bobot/bobot.ind karier_maksimum --data tests/golden/stdlib/bobot/2022 --period 2026
--- stdout
karier_maksimum - Nilai aspek pengembangan karier tertinggi, periode 2026

nilai karier_maksimum 2026 = tidak tersedia (merit.nilai_maksimum_aspek berlaku sampai 2025, tidak lagi pada periode 2026)
  rumus: merit.nilai_maksimum_aspek(merit.aspek.pengembangan_karier)   (tests/golden/stdlib/bobot/bobot.ind:19:3)
  merit.nilai_maksimum_aspek(merit.aspek.pengembangan_karier) = tidak tersedia (merit.nilai_maksimum_aspek berlaku sampai 2025, tidak lagi pada periode 2026)
    merit.aspek.pengembangan_karier = tidak tersedia (merit.aspek berlaku sampai 2025, tidak lagi pada periode 2026)

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
