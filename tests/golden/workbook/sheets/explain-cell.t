$ ind explain tests/golden/workbook/sheets/named.ind indeks --data tests/golden/workbook/data/named_sheet.xlsx --period 2024
--- stdout
indeks - Indeks contoh, periode 2024

realisasi indeks 2024 = 81,75
  rumus: jumlah(skor.nilai)   (tests/golden/workbook/sheets/named.ind:18:9)
  jumlah(skor.nilai) = 81,75
    kolom nilai, baris 2 = 40,5   (tests/golden/workbook/data/named_sheet.xlsx:'Data Skor'!B2)
    kolom nilai, baris 3 = 41,25   (tests/golden/workbook/data/named_sheet.xlsx:'Data Skor'!B3)
  dibulatkan setengah ke atas, 2 desimal: 81,75 (dari 81,75)

target indeks 2024 = 80   (tests/golden/workbook/sheets/named.ind:19:10)
  dari berkas aturan

capaian indeks 2024 = 102,2
  rumus: capaian bulat 1   (tests/golden/workbook/sheets/named.ind:20:3)
  rumus bawaan: realisasi / target x 100
  realisasi indeks 2024 = 81,75 (lihat di atas)
  dibulatkan setengah ke atas, 1 desimal: 102,2 (dari 102,1875)

skala rentang: 102,2 masuk [100..~) -> "Sangat memuaskan"   (tests/golden/workbook/sheets/named.ind:11:3)

anggaran indeks 2024 = 90,00
  (tests/golden/workbook/sheets/named.ind:16:1)
  seluruh anggaran (jumlah semua program)
  pagu A (Program) = 1.000.000   (tests/golden/workbook/data/named_sheet.xlsx:Pagu!C2)
  realisasi A = 900.000   (tests/golden/workbook/data/named_sheet.xlsx:Pagu!D2)
  pagu = 1.000.000
  realisasi anggaran = 900.000
  serapan = realisasi anggaran / pagu x 100 = 90,00
    (tests/golden/workbook/sheets/named.ind:8:1)
    dibulatkan setengah ke atas, 2 desimal: 90,00 (dari 90)

efisiensi indeks 2024 = 114
  rumus: efisiensi bulat 0   (tests/golden/workbook/sheets/named.ind:23:3)
  rumus bawaan: capaian / serapan x 100
  capaian indeks 2024 = 102,2 (lihat di atas)
  dibulatkan setengah ke atas, 0 desimal: 114 (dari 113,555556...)

Asal laporan
Unsur         Berkas                                       Versi atau waktu                                    SHA-256
------------  -------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                          0.1.0
waktu hitung                                               1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/workbook/sheets/named.ind                                                           6c80b2e223fdf240b060c0fcddc82dd00dfdf419eb8a93ab7d7665ab12eb07ea
data          tests/golden/workbook/data/named_sheet.xlsx                                                      f57fc9dbc88344c90708a96b5dc8019f4d22900e5c02dda0542127ba4f298d49
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
