$ ind eval tests/golden/errors/self_realisasi.ind --data tests/golden/errors/data/ok --period 2024
--- stdout

--- stderr
tests/golden/errors/self_realisasi.ind:6:9: error[E-SIKLUS]: rumus melingkar: a -> a
 6 |   rumus realisasi(a; periode) + 1
   |         ^~~~~~~~~~~~~~~~~~~~~
   = saran: sebuah nilai tidak boleh bergantung pada dirinya sendiri; putus salah satu rujukan

--- exit 2
