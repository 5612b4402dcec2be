$ ind eval tests/golden/stdlib/ubah_pilihan_sah.ind --data tests/golden/stdlib/bobot/2022 --period 2024
--- stdout
Uji pilihan tetapan
Periode 2024

Nilai Komponen
Nilai   Uraian               Angka
------  -------------------  -----
indeks  Indeks Sistem Merit   0,68

Asal laporan
Unsur         Berkas                                    Versi atau waktu                                    SHA-256
------------  ----------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                       0.1.0
waktu hitung                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/stdlib/ubah_pilihan_sah.ind                                                      9010a814e7d3ea8e8cea09cfd4e406671e78aac105d457679a537f4d02b3acca
modul         stdlib/merit.ind                          pustaka standar versi 1                             d8a84ffcfbdb713df4fef14bcc59c9fcb1f3c49f65b7c8513a02a1182a611c27
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
