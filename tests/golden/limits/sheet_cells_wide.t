$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/wide_limit.xlsx --period 2024
--- stdout

--- stderr
tests/golden/workbook/data/wide_limit.xlsx:skor: error[E-BATAS]: lembar skor punya lebih dari 4194304 sel, dihitung dari kolom A sampai sel terakhir tiap baris
   = saran: simpan tabel sebesar ini sebagai CSV, yang dibaca bertahap

--- exit 2
