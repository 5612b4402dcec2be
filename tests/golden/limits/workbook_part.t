$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/part_limit.xlsx --period 2024
--- stdout

--- stderr
tests/golden/workbook/data/part_limit.xlsx:skor: error[E-BATAS]: bagian xl/worksheets/sheet1.xml buku kerja lebih dari 64 MB setelah dibuka
   = saran: simpan lembar sebesar ini sebagai CSV, yang dibaca bertahap

--- exit 2
