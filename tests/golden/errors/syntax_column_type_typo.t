$ ind check tests/golden/errors/syntax_column_type_typo.ind
--- stdout
tests/golden/errors/syntax_column_type_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_column_type_typo.ind:6:15: error[E-SINTAKS]: diharapkan jenis kolom atau '=' dan rumus kolom turunan
 6 |   kolom nilai desimel
   |               ^
   = saran: mungkin maksud Anda 'desimal'

--- exit 2
