$ ind eval examples/bench/ipasn-roster.ind --data tests/golden/roster/data/short-row.csv --format json
--- stdout

--- stderr
tests/golden/roster/data/short-row.csv:4:1: error[E-DATA-BARIS]: baris ini punya 10 kolom, judulnya menuntut paling sedikit 11
 4 | 198001012005011002,PPPK,pelaksana,S1,0,0,0,1,baik,tidak
   | ^
   = saran: periksa pemisah kolom dan tanda kutip

--- exit 2
