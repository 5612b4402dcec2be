$ ind eval tests/golden/roster/unused-table.ind --data tests/golden/roster/data/unused-table/pegawai.csv
--- stdout

--- stderr
tests/golden/roster/data/unused-table/pegawai.csv:3:6: error[E-DATA-NILAI]: 'delapan' pada kolom skor bukan angka desimal
 3 | Budi;delapan
   |      ^~~~~~~
   = saran: karakter "d" tidak boleh ada dalam angka

--- exit 2
