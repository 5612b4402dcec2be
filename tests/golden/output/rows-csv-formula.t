$ ind eval tests/golden/output/roster.ind --data tests/golden/output/data/roster.csv --rows $OUT/baris.csv
--- stdout
Roster contoh
Tanpa periode

Nilai Komponen
Nilai           Uraian          Angka
--------------  --------------  -----
jumlah_pegawai  Banyak pegawai      5

--- stderr

--- file baris.csv
nip;nilai;selisih
'=cmd|' /C calc'!A0;5;-5
'@SUM(A1);12;2
'+1+1;-3;-13
'-2+3;7;-3
198001;4;-6

--- exit 0
