$ ind check tests/golden/errors/syntax_uppercase.ind
--- stdout
tests/golden/errors/syntax_uppercase.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_uppercase.ind:18:16: error[E-SINTAKS]: diharapkan ';' atau ')' dalam daftar argumen
 18 |   rumus jumlah(Skor.nilai) bulat 2
    |                ^
   = saran: argumen dipisahkan dengan ';' karena koma adalah tanda desimal: rata(a; b)

--- exit 2
