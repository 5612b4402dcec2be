$ ind explain tests/golden/output/label.ind indeks --data tests/golden/errors/data/ok --period 2024
--- stdout
indeks - =cmd|' /C calc'!A0 [x](javascript:alert(1)) \x1b]0;judul\x07, periode 2024

realisasi indeks 2024 = 81,75
  rumus: jumlah(skor.nilai)   (tests/golden/output/label.ind:12:9)
  jumlah(skor.nilai) = 81,75
    kolom nilai, baris 2 = 40,5   (tests/golden/errors/data/ok/skor.csv:2:6)
    kolom nilai, baris 3 = 41,25   (tests/golden/errors/data/ok/skor.csv:3:5)
  dibulatkan setengah ke atas, 2 desimal: 81,75 (dari 81,75)

target indeks 2024 = 90   (tests/golden/output/label.ind:13:10)
  dari berkas aturan

capaian indeks 2024 = 90,83333333333333333333...
  (tests/golden/output/label.ind:10:1)
  rumus bawaan: realisasi / target x 100
  realisasi indeks 2024 = 81,75 (lihat di atas)

Asal laporan
Unsur         Berkas                                Versi atau waktu                                    SHA-256
------------  ------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                   0.1.0
waktu hitung                                        1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/output/label.ind                                                             e098b520669dcb882b218b3abe73e134833004f6ca67098231cec4387bc1a943
data          tests/golden/errors/data/ok/skor.csv                                                      3a9a1e3ca23d1acad37b35e38a28000fade66f01bab8469f0c0f8e134671efe0
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
