$ ind check tests/golden/limits/decimal_places.ind
--- stdout
tests/golden/limits/decimal_places.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/decimal_places.ind:5:43: error[E-SINTAKS]: jumlah desimal terlalu besar (paling banyak 30)
 5 | nilai ditolak "Ditolak" = dasar / 3 bulat 31
   |                                           ^~

--- exit 2
