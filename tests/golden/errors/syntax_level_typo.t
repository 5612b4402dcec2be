$ ind check tests/golden/errors/syntax_level_typo.ind
--- stdout
tests/golden/errors/syntax_level_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_level_typo.ind:17:11: error[E-SINTAKS]: tingkat tidak dikenal
 17 |   tingkat tujun; satuan indeks; arah naik
    |           ^
   = saran: mungkin maksud Anda 'tujuan'

--- exit 2
