$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/missing_column --period 2024
--- stdout

--- stderr
tests/golden/errors/data/missing_column/skor.csv:1:1: error[E-DATA-KOLOM]: berkas tests/golden/errors/data/missing_column/skor.csv tidak punya kolom 'nilai'
 1 | unsur;angka
   | ^
tests/golden/errors/base.ind:6:3: catatan: kolom dinyatakan di sini
 6 |   kolom nilai desimal
   |   ^~~~~~~~~~~~~~~~~~~
   = saran: kolom yang ada: unsur, angka

--- exit 2
