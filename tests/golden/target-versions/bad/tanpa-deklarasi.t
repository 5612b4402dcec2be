$ ind check tests/golden/target-versions/bad/tanpa-deklarasi.ind
--- stdout
tests/golden/target-versions/bad/tanpa-deklarasi.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/target-versions/bad/tanpa-deklarasi.ind:5:10: error[E-TARGET-VERSI]: versi target 'pk' tidak dikenal
 5 |   target pk 2024: 82
   |          ^~
   = saran: nyatakan versinya di tingkat berkas: target pk "Judul versi"

--- exit 2
