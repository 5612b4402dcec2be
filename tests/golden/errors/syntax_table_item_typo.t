$ ind check tests/golden/errors/syntax_table_item_typo.ind
--- stdout
tests/golden/errors/syntax_table_item_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_table_item_typo.ind:7:3: error[E-SINTAKS]: diharapkan 'kolom', 'pemisah', 'dasar' atau '}' dalam tabel
 7 |   pemsah ";"
   |   ^
   = saran: mungkin maksud Anda 'pemisah'

--- exit 2
