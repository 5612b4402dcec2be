$ ind audit tests/golden/triwulan/kumulatif.ind --data tests/golden/triwulan/data/target-tw-salah --period 2024-TW2
--- stdout
Audit: Contoh Realisasi Kumulatif — TW II 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     5
Cocok pada ketelitian cetaknya               3
Tidak cocok (temuan)                         2
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   1
Tempat angka yang tidak cocok tercetak       2

1. TIDAK COCOK, kesalahan asal - Tabel 3.1: target_tw dokumen
   tercetak 4, dihitung 3   (tests/golden/triwulan/data/target-tw-salah/tercetak.csv:2:1)
   aturan: target periode itu sendiri dalam berkas aturan
   petunjuk: angka tercetak lebih besar 1

2. TIDAK COCOK, akibat temuan 1 - Tabel 3.1: capaian_tw dokumen
   tercetak 100%, dihitung 133   (tests/golden/triwulan/data/target-tw-salah/tercetak.csv:4:1)
   aturan: realisasi / target periode itu x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari target_tw tercetak 4 (temuan 1)

3 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                                    Versi atau waktu                                    SHA-256
------------  --------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                       0.1.0
waktu hitung                                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/triwulan/kumulatif.ind                                                                           ed229338522ab503a9c9a8e67e7af7a4eba18abc11ab00fa00b206104f965dca
data          tests/golden/triwulan/data/target-tw-salah/realisasi.csv                                                      dff9d473d356ddb886fbd40b785be49141f4ab6b2e71d2419ca7987b811dcd29
tercetak      tests/golden/triwulan/data/target-tw-salah/tercetak.csv                                                       a2191b49dc58ebed8661c1c2fe7a1c9069a0e9aec85a059f236a0e98690eb172
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
