$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/ok.xlsx
--- stdout

--- stderr
error[E-PERINTAH]: periode tidak disebut; buku kerja 'tests/golden/workbook/data/ok.xlsx' tidak membawa periode datanya
   = saran: tambahkan --period 2024 (atau 2024-TW2, 2024-S1): periode baris yang tidak punya kolom periode

--- exit 2
