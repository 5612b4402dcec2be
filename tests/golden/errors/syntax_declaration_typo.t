$ ind check tests/golden/errors/syntax_declaration_typo.ind
--- stdout
tests/golden/errors/syntax_declaration_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_declaration_typo.ind:10:1: error[E-SINTAKS]: diharapkan deklarasi
 10 | skal rentang "Rentang capaian" {
    | ^
   = saran: mungkin maksud Anda 'skala'

--- exit 2
