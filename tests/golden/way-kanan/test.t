$ ind test rules/kab-way-kanan.ind
--- stdout
rules/kab-way-kanan.ind: 4 contoh, 14 pernyataan, semua benar

--- stderr

--- exit 0
