$ ind eval tests/golden/workbook/sheets/misspelt.ind --data tests/golden/workbook/data/named_sheet.xlsx --period 2024
--- stdout

--- stderr
tests/golden/workbook/sheets/misspelt.ind:4:30: error[E-DATA-XLSX]: buku kerja tests/golden/workbook/data/named_sheet.xlsx tidak punya lembar 'Data Skr'
 4 | tabel skor "skor.csv" lembar "Data Skr" {
   |                              ^~~~~~~~~~
   = saran: mungkin maksud Anda 'Data Skor'; lembar yang ada: Data Skor, Pagu

--- exit 2
