$ ind eval tests/golden/errors/one_table.ind --data tests/golden/errors/data/header_quote/skor.csv --period 2024
--- stdout

--- stderr
tests/golden/errors/data/header_quote/skor.csv:1:1: error[E-DATA-CSV]: tanda kutip tidak ditutup
 1 | "unsur;nilai
   | ^
   = saran: periksa tanda kutip pada baris ini

--- exit 2
