$ ind audit rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW2
--- stdout
Audit: BKPSDM Kabupaten Contoh (sampel) — TW II 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    40
Cocok pada ketelitian cetaknya              29
Tidak cocok (temuan)                        11
Kesalahan asal laporan                       3
Akibat dari kesalahan lain                   8
Tempat angka yang tidak cocok tercetak      11

1. TIDAK COCOK, kesalahan asal - Tabel 3.1: realisasi layanan_tepat_waktu
   tercetak 94,25, dihitung 92,88   (examples/contoh-triwulan/2024-TW2/tercetak.csv:15:1)
   aturan: data realisasi
   petunjuk: sama dengan realisasi 2024-TW2 saja, bukan s.d. 2024-TW2

2. TIDAK COCOK, akibat temuan 1 - Tabel 3.1: capaian layanan_tepat_waktu
   tercetak 101,3%, dihitung 99,9   (examples/contoh-triwulan/2024-TW2/tercetak.csv:16:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 94,25 (temuan 1)

3. TIDAK COCOK, akibat temuan 1 - Tabel 3.1: predikat layanan_tepat_waktu
   tercetak Sangat memuaskan, dihitung Sangat Baik   (examples/contoh-triwulan/2024-TW2/tercetak.csv:17:1)
   aturan: skala rentang_capaian atas 99,9
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 94,25 (temuan 1)

4. TIDAK COCOK, kesalahan asal - Tabel 3.2: realisasi_tw anggaran:A.1.2
   tercetak 76.400.000, dihitung 74.600.000   (examples/contoh-triwulan/2024-TW2/tercetak.csv:26:1)
   aturan: jumlah baris terendah di bawah kode A.1.2
   petunjuk: angka tercetak lebih besar 1.800.000

5. TIDAK COCOK, akibat temuan 4 - Tabel 3.2: serapan_tw anggaran:A.1.2
   tercetak 95,50%, dihitung 93,25   (examples/contoh-triwulan/2024-TW2/tercetak.csv:27:1)
   aturan: realisasi_tw / rencana_tw x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi_tw tercetak 76.400.000 (temuan 4)

6. TIDAK COCOK, kesalahan asal - Lampiran Evaluasi Renja: rp10 renja:A.1.1
   tercetak 269.150.000, dihitung 296.150.000   (examples/contoh-triwulan/2024-TW2/tercetak.csv:35:1)
   aturan: dari renja.csv
   petunjuk: angka tercetak lebih kecil 27.000.000

7. TIDAK COCOK, akibat temuan 6 - Lampiran Evaluasi Renja: rp13 renja:A.1.1
   tercetak 554.550.000, dihitung 581.550.000   (examples/contoh-triwulan/2024-TW2/tercetak.csv:36:1)
   aturan: (13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan
   petunjuk: sama dengan hasil rumus bila dihitung dari rp10 tercetak 269.150.000 (temuan 6)

8. TIDAK COCOK, akibat temuan 6 - Lampiran Evaluasi Renja: rp14 renja:A.1.1
   tercetak 46,21, dihitung 48,46   (examples/contoh-triwulan/2024-TW2/tercetak.csv:37:1)
   aturan: (14) = (13) / (8) x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari rp10 tercetak 269.150.000 (temuan 6)

9. TIDAK COCOK, akibat temuan 6 - Lampiran Evaluasi Renja: rp13 renja:A.1
   tercetak 660.400.000, dihitung 687.400.000   (examples/contoh-triwulan/2024-TW2/tercetak.csv:38:1)
   aturan: (13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan
   petunjuk: sama dengan hasil rumus bila dihitung dari rp10 renja:A.1.1 tercetak 269.150.000 (temuan 6)

10. TIDAK COCOK, akibat temuan 6 - Lampiran Evaluasi Renja: rp13 renja:A
   tercetak 726.200.000, dihitung 753.200.000   (examples/contoh-triwulan/2024-TW2/tercetak.csv:39:1)
   aturan: (13) = (9) + (10) + (11) + (12), triwulan yang sudah berjalan
   petunjuk: sama dengan hasil rumus bila dihitung dari rp10 renja:A.1.1 tercetak 269.150.000 (temuan 6)

11. TIDAK COCOK, akibat temuan 6 - Lampiran Evaluasi Renja: rp14 renja:A
   tercetak 45,39, dihitung 47,08   (examples/contoh-triwulan/2024-TW2/tercetak.csv:40:1)
   aturan: (14) = (13) / (8) x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari rp10 renja:A.1.1 tercetak 269.150.000 (temuan 6)

29 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059
data          examples/contoh-triwulan/2024-TW2/realisasi.csv                                                      20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234
data          examples/contoh-triwulan/2024-TW2/anggaran.csv                                                       1dc53b08000e6b9c42f5f72edf5a3a0c5a2b6b4c3b12ddb70c950a2237e0089b
data          examples/contoh-triwulan/2024-TW2/renja.csv                                                          ad2fbbc3aac102dd659eb178a1d8545a6e21fef5e5811726bf7eb64a18ccac93
tercetak      examples/contoh-triwulan/2024-TW2/tercetak.csv                                                       da630951a6d1f20057f36ea547d088736f4b8635e98c14b606e1cbc67543ae4f
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
