$ ind audit tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/ok
--- stdout
Audit: Contoh — TW II 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    13
Cocok pada ketelitian cetaknya              11
Tidak cocok (temuan)                         2
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   1
Tempat angka yang tidak cocok tercetak       2

1. TIDAK COCOK, kesalahan asal - Tabel 3: realisasi_tw anggaran:A.1.2
   tercetak 85.000, dihitung 80.000   (tests/golden/budget-tw/data/ok/tercetak.csv:10:1)
   aturan: jumlah baris terendah di bawah kode A.1.2
   petunjuk: angka tercetak lebih besar 5.000

2. TIDAK COCOK, akibat temuan 1 - Tabel 3: serapan_tw anggaran:A.1.2
   tercetak 85,00%, dihitung 80,00   (tests/golden/budget-tw/data/ok/tercetak.csv:11:1)
   aturan: realisasi_tw / rencana_tw x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi_tw tercetak 85.000 (temuan 1)

11 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                        Versi atau waktu                                    SHA-256
------------  --------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                           0.1.0
waktu hitung                                                1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/budget-tw/tw.ind                                                                     d0ed492ba4995fde2610e7ead4991608c5017a1166d474070cb901d3501a92b4
data          tests/golden/budget-tw/data/ok/realisasi.csv                                                      e7efdefa780b4fa2a048ce066d132339d36b1ccd9986a136f542ac3ba1aecf74
data          tests/golden/budget-tw/data/ok/anggaran.csv                                                       02e21977fd6f4be207ffdd8e2512b98bddfef1c4842daf8265415aeb1caa423e
tercetak      tests/golden/budget-tw/data/ok/tercetak.csv                                                       b8b6260901a0e8eb3c5640e718053264b55c95268b0465d8965be256664f2aa0
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
