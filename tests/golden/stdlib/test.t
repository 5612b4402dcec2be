$ ind test stdlib
--- stdout
stdlib/capaian.ind: 8 contoh, 62 pernyataan, semua benar
stdlib/efisiensi.ind: 6 contoh, 43 pernyataan, semua benar
stdlib/ipasn.ind: 21 contoh, 167 pernyataan, semua benar
stdlib/merit.ind: 17 contoh, 111 pernyataan, semua benar
stdlib/sakip.ind: 7 contoh, 48 pernyataan, semua benar
stdlib/skp.ind: 4 contoh, 33 pernyataan, semua benar

--- stderr

--- exit 0
