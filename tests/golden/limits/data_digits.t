$ ind eval tests/golden/errors/base.ind --data tests/golden/limits/data/digits --period 2024
--- stdout

--- stderr
tests/golden/limits/data/digits/skor.csv:3:5: error[E-DATA-NILAI]: '1000000000000000000000000000000000000000...' pada kolom nilai bukan angka desimal
 3 | Dua;10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000...
   |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: angka ini lebih dari 2000 digit; periksa isi sel ini

--- exit 2
