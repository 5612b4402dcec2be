$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/ok --period 2024-TW5
--- stdout

--- stderr
error[E-PERINTAH]: periode '2024-TW5' tidak dikenal
   = saran: tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1)

--- exit 2
