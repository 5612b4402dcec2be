$ ind check tests/golden/errors/syntax_status_typo.ind
--- stdout
tests/golden/errors/syntax_status_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_status_typo.ind:14:10: error[E-SINTAKS]: status sumber tidak dikenal
 14 |   status terkonfirmsi
    |          ^
   = saran: mungkin maksud Anda 'terkonfirmasi'

--- exit 2
