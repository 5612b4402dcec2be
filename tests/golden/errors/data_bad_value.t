$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/bad_value --period 2024
--- stdout

--- stderr
tests/golden/errors/data/bad_value/skor.csv:3:5: error[E-DATA-NILAI]: '41,2x' pada kolom nilai bukan angka desimal
 3 | Dua;41,2x
   |     ^~~~~
   = saran: karakter "x" tidak boleh ada dalam angka

--- exit 2
