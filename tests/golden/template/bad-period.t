$ ind template rules/kab-pasuruan.ind --period 2024-TW5 --out $OUT/x/
--- stdout

--- stderr
error[E-PERINTAH]: periode '2024-TW5' tidak dikenal
   = saran: tulis 2024, 2024-TW2 atau 2024-S1

--- exit 2
