$ ind eval tests/golden/limits/report_value_size.ind --data tests/golden/limits/data/big --period 2024
--- stdout

--- stderr
error[E-BATAS]: angka laporan terlalu besar untuk dihitung: angka lebih dari 2000 digit
   = saran: periksa angka data dan rumus yang sebesar ini

--- exit 2
