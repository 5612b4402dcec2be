$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/ok --period 2024 --format pdf
--- stdout

--- stderr
error[E-PERINTAH]: format 'pdf' tidak dikenal
   = saran: pilih salah satu: table, json, csv, md, html, xlsx

--- exit 2
