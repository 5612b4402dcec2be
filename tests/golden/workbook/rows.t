$ ind eval tests/golden/errors/one_table.ind --data tests/golden/workbook/data/ok.xlsx --period 2024 --rows $OUT/baris.csv
--- stdout

--- stderr
error[E-PERINTAH]: --rows hanya untuk data CSV, bukan buku kerja
   = saran: simpan lembar tabelnya sebagai CSV UTF-8 dan beri --data BERKAS.csv

--- exit 2
