$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/text_limit.xlsx --period 2024
--- stdout

--- stderr
tests/golden/workbook/data/text_limit.xlsx:skor: error[E-BATAS]: lembar skor lebih dari 128 MB bila ditulis sebagai CSV
   = saran: simpan tabel sebesar ini sebagai CSV, yang dibaca bertahap

--- exit 2
