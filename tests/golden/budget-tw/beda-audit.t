$ ind audit tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/beda
--- stdout
Audit: Contoh — TW II 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     0
Cocok pada ketelitian cetaknya               0
Tidak cocok (temuan)                         0
Kesalahan asal laporan                       0
Akibat dari kesalahan lain                   0
Tempat angka yang tidak cocok tercetak       0

Asal laporan
Unsur         Berkas                                          Versi atau waktu                                    SHA-256
------------  ----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                             0.1.0
waktu hitung                                                  1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/budget-tw/tw.ind                                                                       d0ed492ba4995fde2610e7ead4991608c5017a1166d474070cb901d3501a92b4
data          tests/golden/budget-tw/data/beda/realisasi.csv                                                      e7efdefa780b4fa2a048ce066d132339d36b1ccd9986a136f542ac3ba1aecf74
data          tests/golden/budget-tw/data/beda/anggaran.csv                                                       a9672981c8499c6761bd0fe50d3d1af771555ab121d24a91f49750c829d19095
tercetak      tests/golden/budget-tw/data/beda/tercetak.csv                                                       ba8876c1e58fc002f474d7b60916863338ea1d867cbf2962f2092009b6b63c99
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/budget-tw/data/beda/anggaran.csv:6:26: warning[W-ANGGARAN-KUMULATIF]: realisasi anggaran A.2 s.d. TW II tertulis 145.000, tetapi realisasi_tw1 + realisasi_tw2 = 185.000; yang dipakai 185.000
 6 | A.2;Kegiatan dua;400.000;145.000;50.000;150.000;100.000;100.000;40.000;145.000;;
   |                          ^~~~~~~
   = saran: realisasi s.d. triwulan adalah jumlah realisasi tiap triwulan; perbaiki kolom realisasi atau kolom triwulannya (atau kosongkan kolom realisasi)

--- exit 1
