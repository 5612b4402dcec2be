$ ind audit tests/golden/renja/renja.ind --data tests/golden/renja/data/tw2 --period 2024-TW2
--- stdout
Audit: Contoh Renja — TW II 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    13
Cocok pada ketelitian cetaknya               6
Tidak cocok (temuan)                         7
Kesalahan asal laporan                       3
Akibat dari kesalahan lain                   4
Tempat angka yang tidak cocok tercetak       7

1. TIDAK COCOK, kesalahan asal - Lampiran 1: rp9 renja:A.1.2
   tercetak 100.000.000, dihitung 10.000.000   (tests/golden/renja/data/tw2/tercetak.csv:7:1)
   aturan: dari renja.csv
   petunjuk: angka tercetak lebih besar 90.000.000

2. TIDAK COCOK, akibat temuan 1 - Lampiran 1: rp13 renja:A.1.2
   tercetak 115.000.000, dihitung 25.000.000   (tests/golden/renja/data/tw2/tercetak.csv:8:1)
   aturan: (13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan
   petunjuk: sama dengan hasil rumus bila dihitung dari rp9 tercetak 100.000.000 (temuan 1)

3. TIDAK COCOK, akibat temuan 1 - Lampiran 1: rp14 renja:A.1.2
   tercetak 230,00, dihitung 50,00   (tests/golden/renja/data/tw2/tercetak.csv:9:1)
   aturan: (14) = (13) / (8) x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari rp9 tercetak 100.000.000 (temuan 1)

4. TIDAK COCOK, akibat temuan 1 - Lampiran 1: rp13 renja:A.1
   tercetak 185.000.000, dihitung 95.000.000   (tests/golden/renja/data/tw2/tercetak.csv:10:1)
   aturan: (13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan
   petunjuk: sama dengan hasil rumus bila dihitung dari rp9 renja:A.1.2 tercetak 100.000.000 (temuan 1)

5. TIDAK COCOK, akibat temuan 1 - Lampiran 1: rp13 renja:A
   tercetak 230.000.000, dihitung 140.000.000   (tests/golden/renja/data/tw2/tercetak.csv:11:1)
   aturan: (13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan
   petunjuk: sama dengan hasil rumus bila dihitung dari rp9 renja:A.1.2 tercetak 100.000.000 (temuan 1)

6. TIDAK COCOK, kesalahan asal - Lampiran 1: rp15 renja:A
   tercetak 530.000.000, dihitung 420.000.000   (tests/golden/renja/data/tw2/tercetak.csv:12:1)
   aturan: (15) = (7) + (13)
   petunjuk: angka tercetak lebih besar 110.000.000

7. TIDAK COCOK, kesalahan asal - Lampiran 1: k13 renja:A.2:2
   tercetak 25, dihitung 26   (tests/golden/renja/data/tw2/tercetak.csv:13:1)
   aturan: (13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan
   petunjuk: angka tercetak lebih kecil 1

6 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                    Versi atau waktu                                    SHA-256
------------  ----------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                       0.1.0
waktu hitung                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/renja/renja.ind                                                                  ea06e44ecbee311bf2b1b0d2f180197c704551314574d92d3829f83a9d293713
data          tests/golden/renja/data/tw2/renja.csv                                                         5d5964e4f91b17cf2eb6a14ac444e7724e769f8fb628fa11dee031c0ec82d704
tercetak      tests/golden/renja/data/tw2/tercetak.csv                                                      dc5ced4a71350c56c70b6cd52e32468ecd43260fd0e4e3e43ec73028c29f31cc
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
