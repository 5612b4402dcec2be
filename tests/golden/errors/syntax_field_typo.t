$ ind check tests/golden/errors/syntax_field_typo.ind
--- stdout
tests/golden/errors/syntax_field_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_field_typo.ind:19:3: error[E-SINTAKS]: diharapkan kolom indikator atau '}'
 19 |   taget 2024: 80
    |   ^
   = saran: mungkin maksud Anda 'target'

--- exit 2
