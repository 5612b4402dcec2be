$ ind eval examples/bench/ipasn-roster.ind --data examples/bench/roster.csv --rows examples/../examples/bench/roster.csv
--- stdout

--- stderr
error[E-PERINTAH]: --rows tidak boleh menimpa berkas aturan atau berkas data
   = saran: tulis baris ke tempat lain

--- exit 2
