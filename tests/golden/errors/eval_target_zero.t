$ ind eval tests/golden/errors/target_zero.ind --data tests/golden/errors/data/ok --period 2024
--- stdout

--- stderr
tests/golden/errors/target_zero.ind:19:10: error[E-TARGET-NOL]: target indeks periode 2024 bernilai 0
 19 |   target 2024: 0
    |          ^~~~~~~
   = saran: capaian dihitung dengan membagi oleh target; target 0 membuat capaian tidak tersedia. Tulis target yang sebenarnya

--- exit 2
