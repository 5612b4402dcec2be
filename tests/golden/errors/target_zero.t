$ ind check tests/golden/errors/target_zero.ind
--- stdout
tests/golden/errors/target_zero.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/target_zero.ind:19:10: error[E-TARGET-NOL]: target indeks periode 2024 bernilai 0
 19 |   target 2024: 0
    |          ^~~~~~~
   = saran: capaian dihitung dengan membagi oleh target; target 0 membuat capaian tidak tersedia. Tulis target yang sebenarnya

--- exit 2
