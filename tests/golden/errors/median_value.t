$ ind check tests/golden/errors/median_value.ind
--- stdout
tests/golden/errors/median_value.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/median_value.ind:4:27: error[E-ARGUMEN]: median() memerlukan tabel atau kolom tabel
 4 | nilai m "Median" = median(a)
   |                           ^
   = saran: mis. median(tabel.kolom dengan kolom_lain = "x")

--- exit 2
