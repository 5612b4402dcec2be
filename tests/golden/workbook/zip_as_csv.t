$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/zip_as_csv --period 2024
--- stdout

--- stderr
tests/golden/errors/base.ind:4:12: error[E-DATA-BERKAS]: berkas data 'tests/golden/workbook/data/zip_as_csv/skor.csv' adalah buku kerja (zip), bukan CSV
 4 | tabel skor "skor.csv" {
   |            ^~~~~~~~~~
   = saran: beri buku kerjanya sebagai --data BUKU.xlsx (tiap tabel satu lembar), atau simpan lembarnya sebagai CSV UTF-8

--- exit 2
