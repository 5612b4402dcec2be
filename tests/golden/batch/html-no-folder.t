$ ind eval tests/golden/batch/rules --data tests/golden/batch/data --format html --out $OUT/semua.html
--- stdout

--- stderr
error[E-PERINTAH]: format html untuk folder aturan menulis ke folder: index.html dan laporan setiap instansi
   = saran: mis. --out laporan/

--- exit 2
