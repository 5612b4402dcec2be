$ ind eval tests/golden/berlaku/berlaku.ind --data tests/golden/berlaku/data --period 2024
--- stdout
Contoh Rumus Berganti
Periode 2024 (Renstra 2020-2024)

Capaian Kinerja 2024
No  Indikator                   Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat  Kategori
--  --------------------------  -------  ------  ------  ---------  -----------  --------  --------
 1  Responden yang puas         program  orang        -          -            -  -         -
 2  Responden survei            program  orang        -          -            -  -         -
 3  Nilai unsur pelayanan       program  nilai        -       84,5            -  -         -
 4  Nilai unsur sarana          program  nilai        -         80            -  -         -
 5  Indeks kepuasan layanan     sasaran  indeks      82      82,25       100,30  -         -
 6  Dimensi kualifikasi         program  nilai        -         70            -  -         -
 7  Dimensi kompetensi          program  nilai        -         75            -  -         -
 8  Indeks Profesionalitas ASN  sasaran  indeks      70         73       104,29  -         -

Perbandingan Realisasi dan Target Renstra
Indikator                   Realisasi 2020  Realisasi 2021  Realisasi 2022  Realisasi 2023  Realisasi 2024
--------------------------  --------------  --------------  --------------  --------------  --------------
Responden yang puas                    300             342               -               -               -
Responden survei                       400             450               -               -               -
Nilai unsur pelayanan                    -               -              80              82            84,5
Nilai unsur sarana                       -               -              78              79              80
Indeks kepuasan layanan                 75              76              79            80,5           82,25
Dimensi kualifikasi                      -               -              66              68              70
Dimensi kompetensi                       -               -              70              72              75
Indeks Profesionalitas ASN            58,5               -            68,4            70,4              73

Asal laporan
Unsur         Berkas                                   Versi atau waktu                                    SHA-256
------------  ---------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                      0.1.0
waktu hitung                                           1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/berlaku/berlaku.ind                                                             32841966013bb768494b9b127ecbd69b51ded63f6368c8cff2d3e3c012dddeae
data          tests/golden/berlaku/data/realisasi.csv                                                      075d7a6c9ffd58e0cc3845a1ede1ef4594e5b6d24f59a485f8e9c0cdb1866fc6
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi puas periode 2024 tidak tersedia: tidak ada realisasi puas periode 2024 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi responden periode 2024 tidak tersedia: tidak ada realisasi responden periode 2024 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:8:1: warning[W-TIDAK-TERSEDIA]: target puas periode 2024 tidak tersedia: target puas periode 2024 tidak ditulis
 8 | indikator puas "Responden yang puas" {
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:12:1: warning[W-TIDAK-TERSEDIA]: target responden periode 2024 tidak tersedia: target responden periode 2024 tidak ditulis
 12 | indikator responden "Responden survei" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:16:1: warning[W-TIDAK-TERSEDIA]: target pelayanan periode 2024 tidak tersedia: target pelayanan periode 2024 tidak ditulis
 16 | indikator pelayanan "Nilai unsur pelayanan" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:20:1: warning[W-TIDAK-TERSEDIA]: target sarana periode 2024 tidak tersedia: target sarana periode 2024 tidak ditulis
 20 | indikator sarana "Nilai unsur sarana" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:35:1: warning[W-TIDAK-TERSEDIA]: target kualifikasi periode 2024 tidak tersedia: target kualifikasi periode 2024 tidak ditulis
 35 | indikator kualifikasi "Dimensi kualifikasi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/berlaku.ind:39:1: warning[W-TIDAK-TERSEDIA]: target kompetensi periode 2024 tidak tersedia: target kompetensi periode 2024 tidak ditulis
 39 | indikator kompetensi "Dimensi kompetensi" {
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
