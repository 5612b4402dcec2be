$ ind check tests/golden/workbook/sheets/two_sheets.ind
--- stdout
tests/golden/workbook/sheets/two_sheets.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/workbook/sheets/two_sheets.ind:8:35: error[E-LEMBAR]: berkas 'skor.csv' sudah dibaca dari lembar 'Data Skor', bukan 'Skor'
 8 | tabel skor_lagi "skor.csv" lembar "Skor" {
   |                                   ^~~~~~
tests/golden/workbook/sheets/two_sheets.ind:4:30: catatan: dibaca di sini
 4 | tabel skor "skor.csv" lembar "Data Skor" {
   |                              ^~~~~~~~~~~
   = saran: satu berkas dibaca dari satu lembar: samakan 'lembar' kedua deklarasi

--- exit 2
