$ ind audit tests/golden/roster/audit.ind --data tests/golden/roster/data/audit/pegawai.csv --period 2024
--- stdout
Audit: Uji audit roster — 2024

Putusan audit
Putusan                                 Jumlah
--------------------------------------  ------
Angka tercetak diperiksa                     2
Cocok pada ketelitian cetaknya               0
Tidak cocok (temuan)                         2
Kesalahan asal laporan                       1
Akibat dari kesalahan lain                   1
Tempat angka yang tidak cocok tercetak       2

1. TIDAK COCOK, kesalahan asal - Bab III (L10): nilai total_skor
   tercetak 330, dihitung 320   (tests/golden/roster/data/audit/tercetak.csv:2:1)
   aturan: jumlah(pegawai.skor) (tests/golden/roster/audit.ind:12:34)
   petunjuk: angka tercetak lebih besar 10

2. TIDAK COCOK, akibat temuan 1 - Bab III (L11): nilai rata_skor
   tercetak 82,50, dihitung 80,00   (tests/golden/roster/data/audit/tercetak.csv:3:1)
   aturan: total_skor / hitung(pegawai) (tests/golden/roster/audit.ind:13:36)
   petunjuk: sama dengan hasil rumus bila dihitung dari nilai total_skor tercetak 330 (temuan 1)

Asal laporan
Unsur         Berkas                                       Versi atau waktu                                    SHA-256
------------  -------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                          0.1.0
waktu hitung                                               1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/roster/audit.ind                                                                    5c32cdacd45d368ea180ff6e0b0f1b767e869dce0dd66d107fcb05393cfe3a34
data          tests/golden/roster/data/audit/pegawai.csv                                                       081ab996b1d029a869d244350b30f22a7ed52519cbc7ded3236bcfcc9536d643
tercetak      tests/golden/roster/data/audit/tercetak.csv                                                      285647b13f7cafaa33a27447bc4f833789e38a698dbc094376a6667c9683c2bd
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 1
