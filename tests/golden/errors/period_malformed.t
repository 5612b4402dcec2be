$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/ok --period 2024-TW5
--- stdout

--- stderr
error[E-PERINTAH]: periode '2024-TW5' tidak dikenal
   = saran: tulis 2024, 2024-TW2 atau 2024-S1

--- exit 2
