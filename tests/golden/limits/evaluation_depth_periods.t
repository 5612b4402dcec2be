$ ind eval tests/golden/limits/evaluation_depth_periods.ind --data tests/golden/errors/data/ok --period 2024
--- stdout

--- stderr
tests/golden/limits/evaluation_depth_periods.ind:8:9: error[E-BATAS]: perhitungan bersarang terlalu dalam (batas 600 tingkat)
 8 |   rumus realisasi(a; periode - 1)
   |         ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: pecah rumus yang panjang atau kurangi rantai rujukannya
tests/golden/limits/evaluation_depth_periods.ind:8:9: warning[W-TIDAK-TERSEDIA]: realisasi a periode 2024 tidak tersedia: batas kedalaman
 8 |   rumus realisasi(a; periode - 1)
   |         ^~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 2
