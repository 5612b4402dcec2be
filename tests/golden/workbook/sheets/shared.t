$ ind check tests/golden/workbook/sheets/shared.ind
--- stdout
tests/golden/workbook/sheets/shared.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/workbook/sheets/shared.ind:8:32: error[E-LEMBAR]: lembar 'data skor' sudah dibaca untuk berkas 'skor.csv'; berkas 'anggaran.csv' tidak dapat memakainya juga
 8 | anggaran "anggaran.csv" lembar "data skor"
   |                                ^~~~~~~~~~~
tests/golden/workbook/sheets/shared.ind:4:30: catatan: dibaca di sini
 4 | tabel skor "skor.csv" lembar "Data Skor" {
   |                              ^~~~~~~~~~~
   = saran: beri berkas ini lembar sendiri: lembar "..." setelah nama berkasnya

--- exit 2
