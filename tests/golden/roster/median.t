$ ind eval tests/golden/roster/median.ind --data tests/golden/roster/data/median/nilai.csv
--- stdout
Uji median
Tanpa periode

Nilai Komponen
Nilai            Uraian           Angka
---------------  ---------------  -----
skor_tengah      Median skor         80
skor_tengah_pns  Median skor PNS   80,5
porsi_tengah     Median porsi JP    0,4

Median skor per jenis
jenis  Angka  Jumlah Baris
-----  -----  ------------
PNS     80,5             4
PPPK      61             3
Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Asal laporan
Unsur         Berkas                                     Versi atau waktu                                    SHA-256
------------  -----------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                        0.1.0
waktu hitung                                             1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/roster/median.ind                                                                 ca77f57285a970c8f39ad0ec321495e877b05b52c36052e2a07270641a61ba1f
data          tests/golden/roster/data/median/nilai.csv                                                      df20af35ef1775ba6040f9cd15c08d2c39a026f6c22a223559917c02634b1679
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
