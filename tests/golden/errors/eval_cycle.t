$ ind eval tests/golden/errors/cycle.ind --data tests/golden/errors/data/ok --period 2024
--- stdout

--- stderr
tests/golden/errors/cycle.ind:19:9: error[E-SIKLUS]: rumus melingkar: a -> b -> c -> a
 19 |   rumus a - 1
    |         ^
tests/golden/errors/cycle.ind:5:9: catatan: dipakai di sini
 5 |   rumus b + 1
   |         ^
tests/golden/errors/cycle.ind:12:9: catatan: dipakai di sini
 12 |   rumus c * 2
    |         ^
   = saran: sebuah nilai tidak boleh bergantung pada dirinya sendiri; putus salah satu rujukan

--- exit 2
