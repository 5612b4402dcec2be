$ ind audit tests/golden/batch/audit/rules --data tests/golden/batch/audit/data --format md
--- stdout

--- stderr
error[E-PERINTAH]: format 'md' tidak tersedia untuk folder aturan
   = saran: pilih text, csv, json, jsonl, xlsx; laporan satu instansi: sebut berkas .ind-nya

--- exit 2
