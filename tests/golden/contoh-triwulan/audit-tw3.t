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
aturan        rules/contoh-triwulan.ind                                                                            a96740caf45f5ec029e894fc7734b8d8681c3d42766c1c2dbd188faf9a447cdc
data          examples/contoh-triwulan/2024-TW3/realisasi.csv                                                      a1a210b318b1767c9446c2daae5e3720e0362abb6f5cd46d9247979926d9e6aa
data          examples/contoh-triwulan/2024-TW3/anggaran.csv                                                       f2bef2c79103ba9810ccf8bd6f3b74643eb2b489c9c5e338f40555f3e9b10ec5
data          examples/contoh-triwulan/2024-TW3/renja.csv                                                          5cb61262a8c349656d67ccd62b250b9627056b772b84867b42e0a12e7943af40
tercetak      examples/contoh-triwulan/2024-TW3/tercetak.csv                                                       5540a850fa6704d02c1aed15c40a698f8430ec962bb0f23c63df59ead3f0d192
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
