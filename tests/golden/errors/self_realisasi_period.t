$ ind eval tests/golden/errors/self_realisasi_period.ind --data tests/golden/errors/data/ok --period 2025
--- stdout

--- stderr
tests/golden/errors/self_realisasi_period.ind:7:9: error[E-SIKLUS]: rumus melingkar: realisasi a 2024 dipakai untuk menghitung dirinya sendiri
 7 |   rumus realisasi(a; 2024) + 1
   |         ^~~~~~~~~~~~~~~~~~
   = saran: periksa rujukan realisasi(...; periode) yang kembali ke periode yang sama
tests/golden/errors/self_realisasi_period.ind:7:9: warning[W-TIDAK-TERSEDIA]: realisasi a periode 2025 tidak tersedia: rumus melingkar
 7 |   rumus realisasi(a; 2024) + 1
   |         ^~~~~~~~~~~~~~~~~~

--- exit 2
