$ ind check tests/golden/renja/bad/ganda.ind
--- stdout
tests/golden/renja/bad/ganda.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/renja/bad/ganda.ind:3:1: error[E-GANDA]: 'renja' sudah dinyatakan dalam berkas ini
 3 | renja "renja2.csv"
   | ^~~~~~~~~~~~~~~~~~

--- exit 2
