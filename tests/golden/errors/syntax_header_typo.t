$ ind check tests/golden/errors/syntax_header_typo.ind
--- stdout
tests/golden/errors/syntax_header_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_header_typo.ind:2:1: error[E-SINTAKS]: diharapkan deklarasi
 2 | instansy "Contoh" renstra 2024..2024
   | ^
   = saran: mungkin maksud Anda 'instansi'

--- exit 2
