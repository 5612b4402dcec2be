$ ind check tests/golden/target-versions/bad/fungsi-versi.ind
--- stdout
tests/golden/target-versions/bad/fungsi-versi.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/target-versions/bad/fungsi-versi.ind:9:75: error[E-TARGET-VERSI]: versi target 'renstar' tidak dikenal
 9 | nilai selisih "Selisih" = target(kepuasan; 2024) - target(kepuasan; 2024; renstar)
   |                                                                           ^~~~~~~
   = saran: mungkin maksud Anda 'renstra'

--- exit 2
