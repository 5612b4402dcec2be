$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/date.xlsx --period 2024
--- stdout

--- stderr
tests/golden/workbook/data/date.xlsx:skor!B2: error[E-DATA-XLSX]: sel berisi tanggal, yang tidak dibaca
   = saran: tulis periode sebagai teks (2024, 2024-TW2); format sel sebagai Teks

--- exit 2
