$ ind eval tests/golden/batch/rules --data tests/golden/batch/data --format md
--- stdout

--- stderr
error[E-PERINTAH]: format 'md' tidak tersedia untuk folder aturan
   = saran: pilih table, csv, json, jsonl, xlsx, html; laporan satu instansi: sebut berkas .ind-nya

--- exit 2
