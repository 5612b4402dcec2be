$ ind check tests/golden/errors/syntax_direction_typo.ind
--- stdout
tests/golden/errors/syntax_direction_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_direction_typo.ind:17:39: error[E-SINTAKS]: arah tidak dikenal
 17 |   tingkat tujuan; satuan indeks; arah Naik
    |                                       ^
   = saran: mungkin maksud Anda 'naik'

--- exit 2
