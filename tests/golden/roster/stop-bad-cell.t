$ ind eval examples/bench/ipasn-roster.ind --data tests/golden/roster/data/bad-cell.csv --format json
--- stdout

--- stderr
tests/golden/roster/data/bad-cell.csv:4:42: error[E-DATA-NILAI]: '1x' pada kolom jp_teknis bukan angka bulat
 4 | 198001012005011002,PPPK,pelaksana,S1,0,0,1x,1,baik,tidak,UK035
   |                                          ^~
   = saran: karakter "x" tidak boleh ada dalam angka

--- exit 2
