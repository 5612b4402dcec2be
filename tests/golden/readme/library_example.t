$ ind test tests/golden/readme/library_example.ind
--- stdout
tests/golden/readme/library_example.ind: 1 contoh, 2 pernyataan, semua benar

--- stderr

--- exit 0
