$ ind eval examples/bench/ipasn-roster.ind --data examples/bench/roster.csv --rows $OUT/hasil.csv --out $OUT/./hasil.csv
--- stdout

--- stderr
error[E-PERINTAH]: --rows dan --out menyebut berkas yang sama: satu hasil akan hilang
   = saran: tulis baris (--rows) dan laporan (--out) ke dua berkas berbeda

--- exit 2
