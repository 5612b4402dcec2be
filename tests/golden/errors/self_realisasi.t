$ ind check tests/golden/errors/self_realisasi.ind
--- stdout
tests/golden/errors/self_realisasi.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/self_realisasi.ind:6:9: error[E-SIKLUS]: rumus melingkar: a -> a
 6 |   rumus realisasi(a; periode) + 1
   |         ^~~~~~~~~~~~~~~~~~~~~
   = saran: sebuah nilai tidak boleh bergantung pada dirinya sendiri; putus salah satu rujukan

--- exit 2
