$ ind explain tests/golden/roster/audit.ind --data tests/golden/roster/data/audit/pegawai.csv rata_skor --period 2024
--- stdout
rata_skor - Rata-rata skor, periode 2024

nilai rata_skor 2024 = 80,00
  rumus: total_skor / hitung(pegawai)   (tests/golden/roster/audit.ind:13:36)
  total_skor / hitung(pegawai) = 80
    nilai total_skor 2024 = 320
      rumus: jumlah(pegawai.skor)   (tests/golden/roster/audit.ind:12:34)
      jumlah(pegawai.skor) = 320
    hitung(pegawai) = 4
  dibulatkan setengah ke atas, 2 desimal: 80,00 (dari 80)

Asal laporan
Unsur         Berkas                                      Versi atau waktu                                    SHA-256
------------  ------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                         0.1.0
waktu hitung                                              1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/roster/audit.ind                                                                   5c32cdacd45d368ea180ff6e0b0f1b767e869dce0dd66d107fcb05393cfe3a34
data          tests/golden/roster/data/audit/pegawai.csv                                                      081ab996b1d029a869d244350b30f22a7ed52519cbc7ded3236bcfcc9536d643
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
