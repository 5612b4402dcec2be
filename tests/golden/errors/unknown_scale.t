$ ind check tests/golden/errors/unknown_scale.ind
--- stdout
tests/golden/errors/unknown_scale.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/unknown_scale.ind:21:12: error[E-NAMA]: skala 'rentan' tidak dikenal
 21 |   predikat rentan
    |            ^~~~~~
   = saran: mungkin maksud Anda 'rentang'

--- exit 2
