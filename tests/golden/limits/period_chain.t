$ ind eval tests/golden/limits/period_chain.ind --data tests/golden/errors/data/ok --period 2024
--- stdout

--- stderr
tests/golden/limits/period_chain.ind:7:9: error[E-BATAS]: rantai rujukan antarperiode terlalu panjang (batas 128 nama)
 7 |   rumus realisasi(a; periode - 1) + 1
   |         ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: periksa rujukan realisasi(...; periode - 1) yang berantai ke periode lampau
tests/golden/limits/period_chain.ind:7:9: warning[W-TIDAK-TERSEDIA]: realisasi a periode 2024 tidak tersedia: rantai rujukan terlalu panjang
 7 |   rumus realisasi(a; periode - 1) + 1
   |         ^~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 2
