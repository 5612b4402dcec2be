$ ind eval tests/golden/berlaku/berlaku.ind --data tests/golden/berlaku/data-ganda --period 2023
--- stdout
Contoh Rumus Berganti
Periode 2023 (Renstra 2020-2024)

Capaian Kinerja 2023
No  Indikator                   Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat  Kategori
--  --------------------------  -------  ------  ------  ---------  -----------  --------  --------
 1  Responden yang puas         program  orang        -          -            -  -         -
 2  Responden survei            program  orang        -          -            -  -         -
 3  Nilai unsur pelayanan       program  nilai        -         82            -  -         -
 4  Nilai unsur sarana          program  nilai        -         79            -  -         -
 5  Indeks kepuasan layanan     sasaran  indeks      80       80,5       100,63  -         -
 6  Dimensi kualifikasi         program  nilai        -         68            -  -         -
 7  Dimensi kompetensi          program  nilai        -         72            -  -         -
 8  Indeks Profesionalitas ASN  sasaran  indeks      68       70,4       103,53  -         -

Perbandingan Realisasi dan Target Renstra
Indikator                   Realisasi 2020  Realisasi 2021  Realisasi 2022  Realisasi 2023  Target 2024
--------------------------  --------------  --------------  --------------  --------------  -----------
Responden yang puas                    300             342               -               -            -
Responden survei                       400             450               -               -            -
Nilai unsur pelayanan                    -               -              80              82            -
Nilai unsur sarana                       -               -              78              79            -
Indeks kepuasan layanan                 75              76              79            80,5           82
Dimensi kualifikasi                      -               -              66              68            -
Dimensi kompetensi                       -               -              70              72            -
Indeks Profesionalitas ASN            58,5               -            68,4            70,4           70

Asal laporan
Unsur         Berkas                                         Versi atau waktu                                    SHA-256
------------  ---------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                            0.1.0
waktu hitung                                                 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/berlaku/berlaku.ind                                                                   32841966013bb768494b9b127ecbd69b51ded63f6368c8cff2d3e3c012dddeae
data          tests/golden/berlaku/data-ganda/realisasi.csv                                                      c3259fa6333ac814d2623ac3c998e72bbf43d0b81ef68904af842f91c3be5008
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi puas periode 2023 tidak tersedia: tidak ada realisasi puas periode 2023 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi responden periode 2023 tidak tersedia: tidak ada realisasi responden periode 2023 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:8:1: warning[W-TIDAK-TERSEDIA]: target puas periode 2023 tidak tersedia: target puas periode 2023 tidak ditulis
 8 | indikator puas "Responden yang puas" {
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:12:1: warning[W-TIDAK-TERSEDIA]: target responden periode 2023 tidak tersedia: target responden periode 2023 tidak ditulis
 12 | indikator responden "Responden survei" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:16:1: warning[W-TIDAK-TERSEDIA]: target pelayanan periode 2023 tidak tersedia: target pelayanan periode 2023 tidak ditulis
 16 | indikator pelayanan "Nilai unsur pelayanan" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:20:1: warning[W-TIDAK-TERSEDIA]: target sarana periode 2023 tidak tersedia: target sarana periode 2023 tidak ditulis
 20 | indikator sarana "Nilai unsur sarana" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:35:1: warning[W-TIDAK-TERSEDIA]: target kualifikasi periode 2023 tidak tersedia: target kualifikasi periode 2023 tidak ditulis
 35 | indikator kualifikasi "Dimensi kualifikasi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:39:1: warning[W-TIDAK-TERSEDIA]: target kompetensi periode 2023 tidak tersedia: target kompetensi periode 2023 tidak ditulis
 39 | indikator kompetensi "Dimensi kompetensi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/data-ganda/realisasi.csv:19:15: warning[W-REALISASI-GANDA]: realisasi kepuasan 2023 tertulis 81 tetapi rumusnya menghasilkan 80,5
 19 | kepuasan;2023;81
    |               ^~
tests/golden/berlaku/berlaku.ind:30:9: catatan: rumus realisasi, berlaku sejak 2022
 30 |   rumus (realisasi(pelayanan) + realisasi(sarana)) / 2 bulat 2 berlaku sejak 2022
    |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: hasil rumus yang dipakai; hapus baris ini atau perbaiki datanya

--- exit 0
