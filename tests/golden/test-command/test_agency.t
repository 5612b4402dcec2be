$ ind test tests/golden/test-command/agensi.ind
--- stdout
tests/golden/test-command/agensi.ind: 2 contoh, 2 pernyataan, semua benar

--- stderr

--- exit 0
