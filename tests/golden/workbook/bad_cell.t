$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/bad_cell.xlsx --period 2024
--- stdout

--- stderr
tests/golden/workbook/data/bad_cell.xlsx:skor!B14: error[E-DATA-NILAI]: '41,2x' pada kolom nilai bukan angka desimal
 14 | Dua;"41,2x"
    |      ^~~~~
   = saran: karakter "x" tidak boleh ada dalam angka

--- exit 2
