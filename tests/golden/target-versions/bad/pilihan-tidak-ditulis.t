$ ind check tests/golden/target-versions/bad/pilihan-tidak-ditulis.ind
--- stdout
tests/golden/target-versions/bad/pilihan-tidak-ditulis.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/target-versions/bad/pilihan-tidak-ditulis.ind:8:20: error[E-TARGET-VERSI]: indikator kepuasan tidak menulis target pk, versi yang dipakai untuk capaian
 8 |   capaian terhadap pk
   |                    ^~
   = saran: versi yang ditulis: renstra; tulis target pk ... atau pilih salah satunya: capaian terhadap ...

--- exit 2
