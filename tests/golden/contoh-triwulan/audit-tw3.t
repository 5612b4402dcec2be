$ ind audit rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW3
--- stdout
Audit: BKPSDM Kabupaten Contoh (sampel) — TW III 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    17
Cocok pada ketelitian cetaknya              14
Tidak cocok (temuan)                         3
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   2
Tempat angka yang tidak cocok tercetak       3

1. TIDAK COCOK, kesalahan asal - Tabel 3.1: realisasi dokumen_formasi
   tercetak 3, dihitung 9   (examples/contoh-triwulan/2024-TW3/tercetak.csv:6:1)
   aturan: data realisasi
   petunjuk: sama dengan realisasi 2024-TW3 saja, bukan s.d. 2024-TW3

2. TIDAK COCOK, akibat temuan 1 - Tabel 3.1: capaian dokumen_formasi
   tercetak 33,3%, dihitung 100,0   (examples/contoh-triwulan/2024-TW3/tercetak.csv:7:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 3 (temuan 1)

3. TIDAK COCOK, akibat temuan 1 - Tabel 3.1: predikat dokumen_formasi
   tercetak Kurang, dihitung Sangat memuaskan   (examples/contoh-triwulan/2024-TW3/tercetak.csv:8:1)
   aturan: skala rentang_capaian atas 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 3 (temuan 1)

14 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059
data          examples/contoh-triwulan/2024-TW3/realisasi.csv                                                      a1a210b318b1767c9446c2daae5e3720e0362abb6f5cd46d9247979926d9e6aa
data          examples/contoh-triwulan/2024-TW3/anggaran.csv                                                       e7e586da6d3c18698717ee64adfdfdbd37a476bdd30f479b7db1f5c6bc69c6c7
data          examples/contoh-triwulan/2024-TW3/renja.csv                                                          3d271a26c2022f11f3ef2f10d551717d2eb4aba027bccd4c562df25e03a08d66
tercetak      examples/contoh-triwulan/2024-TW3/tercetak.csv                                                       5540a850fa6704d02c1aed15c40a698f8430ec962bb0f23c63df59ead3f0d192
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
