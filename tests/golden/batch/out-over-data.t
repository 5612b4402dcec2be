$ ind eval tests/golden/batch/rules --data tests/golden/batch/data --out tests/golden/batch/data/baik/2024/skor.csv
--- stdout

--- stderr
error[E-PERINTAH]: --out tidak boleh menimpa berkas aturan atau berkas di folder data
   = saran: tulis laporan ke tempat lain

--- exit 2
