$ ind check tests/golden/workbook/sheets/bad_char.ind
--- stdout
tests/golden/workbook/sheets/bad_char.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/workbook/sheets/bad_char.ind:4:30: error[E-LEMBAR]: nama lembar 'Skor/2024' memuat '/', yang tidak boleh ada pada nama lembar
 4 | tabel skor "skor.csv" lembar "Skor/2024" {
   |                              ^~~~~~~~~~~
   = saran: Excel tidak menerima [ ] : * ? / \ pada nama lembar

--- exit 2
