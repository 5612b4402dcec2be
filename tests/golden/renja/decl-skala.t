$ ind check tests/golden/renja/bad/skala.ind
--- stdout
tests/golden/renja/bad/skala.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/renja/bad/skala.ind:2:30: error[E-NAMA]: skala 'rentang_tidak_ada' tidak dikenal
 2 | renja "renja.csv" { predikat rentang_tidak_ada }
   |                              ^~~~~~~~~~~~~~~~~
   = saran: skala dinyatakan dengan: skala nama "judul" { ... }

--- exit 2
