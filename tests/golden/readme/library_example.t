$ ind test tests/golden/readme/library_example.ind
--- stdout
tests/golden/readme/library_example.ind: 2 contoh, 3 pernyataan, semua benar

--- stderr

--- exit 0
