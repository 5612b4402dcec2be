$ ind check tests/golden/errors/syntax_keyword_typo.ind
--- stdout
tests/golden/errors/syntax_keyword_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_keyword_typo.ind:16:1: error[E-SINTAKS]: diharapkan deklarasi
 16 | indikatr indeks "Indeks contoh" {
    | ^
   = saran: mungkin maksud Anda 'indikator'

--- exit 2
