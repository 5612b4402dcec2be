$ ind check tests/golden/errors/arity.ind
--- stdout
tests/golden/errors/arity.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/arity.ind:18:9: error[E-ARGUMEN]: bulat() memerlukan 2 argumen, diberi 1
 18 |   rumus bulat(jumlah(skor.nilai)) bulat 2
    |         ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: argumen dipisahkan dengan ';'

--- exit 2
