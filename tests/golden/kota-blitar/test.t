$ ind test rules/kota-blitar.ind
--- stdout
rules/kota-blitar.ind: 2 contoh, 14 pernyataan, semua benar

--- stderr

--- exit 0
