$ ind check tests/golden/errors/syntax_column_type_unknown.ind
--- stdout
tests/golden/errors/syntax_column_type_unknown.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_column_type_unknown.ind:6:15: error[E-SINTAKS]: diharapkan jenis kolom atau '=' dan rumus kolom turunan
 6 |   kolom nilai angka
   |               ^
   = saran: jenis kolom: teks, desimal, bulat, rupiah, persen, periode, ya_tidak; kolom turunan: kolom skor = rumus(kolom_a; kolom_b)

--- exit 2
