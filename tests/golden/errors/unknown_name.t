$ ind check tests/golden/errors/unknown_name.ind
--- stdout
tests/golden/errors/unknown_name.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/unknown_name.ind:18:21: error[E-NAMA]: tabel 'skor' tidak punya kolom 'nilia'
 18 |   rumus jumlah(skor.nilia) bulat 2
    |                     ^~~~~
   = saran: mungkin maksud Anda 'nilai'

--- exit 2
