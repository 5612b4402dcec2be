$ ind check tests/golden/limits/value_literal.ind
--- stdout
tests/golden/limits/value_literal.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/value_literal.ind:4:27: error[E-BATAS]: angka lebih dari 2000 digit
 4 | nilai panjang "Panjang" = 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000...
   |                           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: periksa angka ini; tidak ada angka laporan sepanjang ini

--- exit 2
