$ ind check tests/golden/limits/evaluation_depth.ind
--- stdout
tests/golden/limits/evaluation_depth.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/evaluation_depth.ind:34:7: error[E-BATAS]: perhitungan 'e5' bersarang terlalu dalam: 601 tingkat (batas 600)
 34 | nilai e5 "E5" = e4
    |       ^~
   = saran: pecah rumus yang panjang atau kurangi rantai rujukannya

--- exit 2
