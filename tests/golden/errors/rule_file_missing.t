$ ind check tests/golden/errors/nope.ind
--- stdout
tests/golden/errors/nope.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/nope.ind: error[E-BERKAS]: berkas aturan: berkas tidak dapat dibuka

--- exit 2
