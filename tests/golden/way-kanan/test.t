$ ind test rules/kab-way-kanan.ind
--- stdout
rules/kab-way-kanan.ind: 3 contoh, 11 pernyataan, semua benar

--- stderr

--- exit 0
