$ ind test rules/kab-pasuruan.ind
--- stdout
rules/kab-pasuruan.ind: 1 contoh, 4 pernyataan, semua benar

--- stderr

--- exit 0
