$ ind audit tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024
--- stdout
Audit: Contoh Versi Target — 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     6
Cocok pada ketelitian cetaknya               5
Tidak cocok (temuan)                         1
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   0
Tempat angka yang tidak cocok tercetak       1

1. TIDAK COCOK, kesalahan asal - Tabel 3.1: target:pk_perubahan kepuasan
   tercetak 81,0, dihitung 81,5   (tests/golden/target-versions/data/2024/tercetak.csv:4:1)
   aturan: target pk_perubahan (PK Perubahan) dalam berkas aturan
   petunjuk: angka tercetak lebih kecil 0,5

5 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                                Versi atau waktu                                    SHA-256
------------  ----------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                   0.1.0
waktu hitung                                                        1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/target-versions/versi.ind                                                                    424ac41f6c7d088f308d2cb1592be21b92f117459ab510950541390af83d03cb
data          tests/golden/target-versions/data/2024/realisasi.csv                                                      31899b67589bd4a382cf0d47880eab377ad0b23313c690d16933f168f74603c1
tercetak      tests/golden/target-versions/data/2024/tercetak.csv                                                       29f5ecd588f51e5c499ccf74ec75677239397707dfba083aaf371c10d509cbe6
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
