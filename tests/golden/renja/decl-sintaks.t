$ ind check tests/golden/renja/bad/sintaks.ind
--- stdout
tests/golden/renja/bad/sintaks.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/renja/bad/sintaks.ind:2:29: error[E-SINTAKS]: diharapkan 'bulat' dan jumlah desimal, mis. bulat 2
 2 | renja "renja.csv" { capaian 2 }
   |                             ^

--- exit 2
