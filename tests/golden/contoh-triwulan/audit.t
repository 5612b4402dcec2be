$ ind audit rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW2
--- stdout
Audit: BKPSDM Kabupaten Contoh (sampel) — TW II 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                    16
Cocok pada ketelitian cetaknya              13
Tidak cocok (temuan)                         3
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   2
Tempat angka yang tidak cocok tercetak       3

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

13 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            6b8cb1a839bcbab479566229a765d0fe50bac096665729e56d6fe8c7cefc203f
data          examples/contoh-triwulan/2024-TW2/realisasi.csv                                                      20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234
tercetak      examples/contoh-triwulan/2024-TW2/tercetak.csv                                                       9a86d18aa9a580647a1ce9976cc7c236448df06d98efd20c4a544da3547a8d4e
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
