$ ind eval tests/golden/roster/median.ind --data tests/golden/roster/data/median
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

--- stderr

--- exit 0
