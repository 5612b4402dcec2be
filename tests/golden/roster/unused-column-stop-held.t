$ ind eval tests/golden/roster/unused-column.ind --data tests/golden/roster/data/unused-column/stop --period 2024
--- stdout

--- stderr
tests/golden/roster/data/unused-column/stop/pegawai.csv:3:14: error[E-DATA-NILAI]: 'abc' pada kolom jp bukan angka bulat
 3 | 2023;PPPK;65;abc
   |              ^~~
   = saran: karakter "a" tidak boleh ada dalam angka

--- exit 2
