$ ind check tests/golden/target-versions/bad/nama-salah.ind
--- stdout
tests/golden/target-versions/bad/nama-salah.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/target-versions/bad/nama-salah.ind:8:10: error[E-TARGET-VERSI]: versi target 'rentsra' tidak dikenal
 8 |   target rentsra 2024: 80
   |          ^~~~~~~
   = saran: mungkin maksud Anda 'renstra'

--- exit 2
