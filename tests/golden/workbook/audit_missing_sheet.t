$ ind audit tests/golden/errors/printed.ind --data tests/golden/workbook/data/ok.xlsx --period 2024
--- stdout

--- stderr
tests/golden/errors/printed.ind:4:1: error[E-DATA-XLSX]: buku kerja tests/golden/workbook/data/ok.xlsx tidak punya lembar 'realisasi'
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: lembar yang ada: skor, anggaran

--- exit 2
