$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/named_sheet.xlsx --period 2024
--- stdout

--- stderr
tests/golden/errors/base.ind:4:12: error[E-DATA-XLSX]: buku kerja tests/golden/workbook/data/named_sheet.xlsx tidak punya lembar 'skor'
 4 | tabel skor "skor.csv" {
   |            ^~~~~~~~~~
   = saran: lembar yang ada: Data Skor, Pagu
tests/golden/errors/base.ind:8:1: error[E-DATA-XLSX]: buku kerja tests/golden/workbook/data/named_sheet.xlsx tidak punya lembar 'anggaran'
 8 | anggaran "anggaran.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: lembar yang ada: Data Skor, Pagu

--- exit 2
