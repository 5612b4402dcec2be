$ ind eval tests/golden/limits/value_size.ind --data tests/golden/errors/data/ok --period 2024
--- stdout

--- stderr
tests/golden/limits/value_size.ind:8:17: error[E-BATAS]: hasil rumus ini terlalu besar: angka lebih dari 2000 digit
 8 | nilai k3 "K3" = k2 × k2
   |                 ^~~~~~~
   = saran: periksa rumus yang mengalikan atau membagi berulang kali

--- exit 2
