$ ind test tests/golden/test-command/nope
--- stdout
tests/golden/test-command/nope: tidak dapat diuji (1 galat)

--- stderr
tests/golden/test-command/nope: error[E-BERKAS]: berkas aturan: berkas tidak dapat dibuka

--- exit 2
