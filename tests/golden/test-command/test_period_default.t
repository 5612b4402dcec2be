$ ind test tests/golden/test-command/periode_bawaan.ind
--- stdout
tests/golden/test-command/periode_bawaan.ind: 2 contoh, 8 pernyataan, semua benar

--- stderr

--- exit 0
