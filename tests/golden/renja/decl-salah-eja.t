$ ind check tests/golden/renja/bad/salah-eja.ind
--- stdout
tests/golden/renja/bad/salah-eja.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/renja/bad/salah-eja.ind:2:37: error[E-SINTAKS]: diharapkan 'capaian bulat N', 'predikat <skala>' atau '}'
 2 | renja "renja.csv" { capaian bulat 2 predikt rentang }
   |                                     ^
   = saran: mungkin maksud Anda 'predikat'

--- exit 2
