$ ind audit tests/golden/kumulatif/kumulatif.ind --data tests/golden/kumulatif/data/2024-TW2
--- stdout
Audit: Contoh Kumulatif — TW II 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     8
Cocok pada ketelitian cetaknya               5
Tidak cocok (temuan)                         3
Kesalahan asal laporan                       2
Akibat dari kesalahan lain                   1
Tempat angka yang tidak cocok tercetak       3

1. TIDAK COCOK, kesalahan asal - Tabel 3.1: realisasi dokumen
   tercetak 4, dihitung 6   (tests/golden/kumulatif/data/2024-TW2/tercetak.csv:5:1)
   aturan: data realisasi
   petunjuk: sama dengan realisasi 2024-TW2 saja, bukan s.d. 2024-TW2

2. TIDAK COCOK, akibat temuan 1 - Tabel 3.1: capaian dokumen
   tercetak 66,7, dihitung 100,0   (tests/golden/kumulatif/data/2024-TW2/tercetak.csv:6:1)
   aturan: realisasi / target x 100
   petunjuk: sama dengan hasil rumus bila dihitung dari realisasi tercetak 4 (temuan 1)

3. TIDAK COCOK, kesalahan asal - Tabel 3.1: realisasi tepat_waktu
   tercetak 94,25, dihitung 92,88   (tests/golden/kumulatif/data/2024-TW2/tercetak.csv:8:1)
   aturan: data realisasi
   petunjuk: sama dengan realisasi 2024-TW2 saja, bukan s.d. 2024-TW2

5 angka lain cocok pada ketelitian cetaknya (tampilkan dengan --all)

Asal laporan
Unsur         Berkas                                              Versi atau waktu                                    SHA-256
------------  --------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                 0.1.0
waktu hitung                                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/kumulatif/kumulatif.ind                                                                    16bff3ddd8ef968c71404efe21eb14b24f7bcaba2cb5d85ad78783ba7076bdf4
data          tests/golden/kumulatif/data/2024-TW2/realisasi.csv                                                      bf0888f4107eea90517a90d691adc9304f2513ddcaa7a58c33e5599d16d14b56
tercetak      tests/golden/kumulatif/data/2024-TW2/tercetak.csv                                                       664303b5eba7a295f41a773986ce18de44cd7e366833317b762fb4f7519d1340
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
