$ ind check tests/golden/errors/syntax_comma_arguments.ind
--- stdout
tests/golden/errors/syntax_comma_arguments.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_comma_arguments.ind:18:32: error[E-SINTAKS]: diharapkan ';' atau ')' dalam daftar argumen
 18 |   rumus maks(jumlah(skor.nilai), 1) bulat 2
    |                                ^
   = saran: argumen dipisahkan dengan ';' karena koma adalah tanda desimal: rata(a; b)

--- exit 2
