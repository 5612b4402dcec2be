$ ind eval tests/golden/roster/modus.ind --data tests/golden/roster/data/modus/nilai.csv
--- stdout
Uji modus
Tanpa periode

Nilai Komponen
Nilai         Uraian              Angka
------------  ------------------  -----
skor_modus    Modus skor             -3
jp_modus      Modus JP                8
jp_pppk       Modus JP PPPK           4
porsi_modus   Modus porsi JP          1
skor_honorer  Modus skor honorer      -
Tidak tersedia: skor_honorer (tidak ada baris yang cocok di tabel nilai).

Modus skor per jenis
jenis                         Angka  Jumlah Baris
-----  ----------------------------  ------------
PNS                             2,5             5
PPPK   12.345.678.901.234.567.890,5             6
Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

--- stderr

--- exit 0
