$ ind check tests/golden/workbook/sheets/too_long.ind
--- stdout
tests/golden/workbook/sheets/too_long.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/workbook/sheets/too_long.ind:4:30: error[E-LEMBAR]: nama lembar 'Skor Indeks Profesionalitas ASN Tahunan' terlalu panjang (39 karakter)
 4 | tabel skor "skor.csv" lembar "Skor Indeks Profesionalitas ASN Tahunan" {
   |                              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: Excel membatasi nama lembar 31 karakter dan tidak menerima yang kosong; pendekkan namanya di buku kerja dan di sini

--- exit 2
