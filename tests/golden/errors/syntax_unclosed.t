$ ind check tests/golden/errors/syntax_unclosed.ind
--- stdout
tests/golden/errors/syntax_unclosed.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_unclosed.ind:8:1: error[E-SINTAKS]: diharapkan 'kolom', 'pemisah', 'dasar' atau '}' dalam tabel
 8 | anggaran "anggaran.csv"
   | ^

--- exit 2
