$ ind audit rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW2
--- stdout
Audit: BKPSDM Kabupaten Contoh (sampel) — TW II 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    28
Cocok pada ketelitian cetaknya              23
Tidak cocok (temuan)                         5
Kesalahan asal laporan                       2
Akibat dari kesalahan lain                   3
Tempat angka yang tidak cocok tercetak       5

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

23 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            c79bb566b5dd9ce57cc2be438c972f00cc9525e4c322e5a35fb9d52ff58bafea
data          examples/contoh-triwulan/2024-TW2/realisasi.csv                                                      20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234
data          examples/contoh-triwulan/2024-TW2/anggaran.csv                                                       62041f84e57088034fa54a447d93339c0279f42298cfea30c32a5d63c27bf25e
tercetak      examples/contoh-triwulan/2024-TW2/tercetak.csv                                                       677eaef2c566807760eacdc60bb28c95a5969e34f2c5b67a407c5137dc37b491
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
