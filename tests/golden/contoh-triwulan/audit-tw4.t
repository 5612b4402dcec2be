$ ind audit rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW4
--- stdout
Audit: BKPSDM Kabupaten Contoh (sampel) — TW IV 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    21
Cocok pada ketelitian cetaknya              19
Tidak cocok (temuan)                         2
Kesalahan asal laporan                       2
Akibat dari kesalahan lain                   0
Tempat angka yang tidak cocok tercetak       2

1. TIDAK COCOK, kesalahan asal - Tabel 3.1: capaian indeks_kepuasan
   tercetak 100,37%, dihitung 100,73   (examples/contoh-triwulan/2024-TW4/tercetak.csv:12:1)
   aturan: realisasi / target x 100
   petunjuk: angka tercetak lebih kecil 0,36

2. TIDAK COCOK, kesalahan asal - Tabel 3.1: realisasi layanan_tepat_waktu
   tercetak 94,37, dihitung 94,38   (examples/contoh-triwulan/2024-TW4/tercetak.csv:16:1)
   aturan: data realisasi
   petunjuk: angka tercetak dipotong (94,37500 dibulatkan ke bawah), bukan dibulatkan setengah ke atas

19 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059
data          examples/contoh-triwulan/2024-TW4/realisasi.csv                                                      8dcf6ed869d482d8a46de3e34993ca3652d0d2d1038e15e2f83807090121032f
data          examples/contoh-triwulan/2024-TW4/anggaran.csv                                                       3f53dc77c42eb6ca070867921643102e1b2aa2e4bbff40c0fc25d090233699ca
data          examples/contoh-triwulan/2024-TW4/renja.csv                                                          48dc62e7eb32cd5ea5e4257ea3373556dd50749f750f9dc56d25775d01162655
tercetak      examples/contoh-triwulan/2024-TW4/tercetak.csv                                                       4ee39199ff4870f4172f12ad018576525726a8d5b1c3d0fbbdfe11d84566137e
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
