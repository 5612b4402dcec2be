$ ind check tests/golden/workbook/sheets/misspelt_keyword.ind
--- stdout
tests/golden/workbook/sheets/misspelt_keyword.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/workbook/sheets/misspelt_keyword.ind:4:23: error[E-SINTAKS]: diharapkan '{' untuk memulai daftar kolom
 4 | tabel skor "skor.csv" lembr "Data Skor" {
   |                       ^
   = saran: mungkin maksud Anda 'lembar'

--- exit 2
