$ ind audit rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW1
--- stdout
Audit: BKPSDM Kabupaten Contoh (sampel) — TW I 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    17
Cocok pada ketelitian cetaknya              15
Tidak cocok (temuan)                         2
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   1
Tempat angka yang tidak cocok tercetak       2

1. TIDAK COCOK, kesalahan asal - Tabel 3.1: capaian dokumen_formasi
   tercetak 16,7%, dihitung 66,7   (examples/contoh-triwulan/2024-TW1/tercetak.csv:7:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak lebih kecil 50,0

2. TIDAK COCOK, akibat temuan 1 - Tabel 3.1: predikat dokumen_formasi
   tercetak Kurang, dihitung Cukup   (examples/contoh-triwulan/2024-TW1/tercetak.csv:8:1)
   aturan: skala rentang_capaian atas 66,7
   petunjuk: sama dengan hasil rumus bila dihitung dari capaian tercetak 16,7% (temuan 1)

15 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059
data          examples/contoh-triwulan/2024-TW1/realisasi.csv                                                      d4d9f2cb1e9f9a486e88c1fad10e6342f6f5bf3c6fcfedd8fea55b9c84bf5ed2
data          examples/contoh-triwulan/2024-TW1/anggaran.csv                                                       ed6ad314d681e8c2793f1cc3d5c81a8d8671be02b613aea275dc4c82cb9e2793
data          examples/contoh-triwulan/2024-TW1/renja.csv                                                          67c11bab0fcfbaec3d0604ae8f00621b97a5199c5f6e9e931e59745633906b3c
tercetak      examples/contoh-triwulan/2024-TW1/tercetak.csv                                                       f5aa629bf7ef162afe9f316249fbd70c62f1b950ee9a3332eafaeeeef35a4dbd
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
