$ ind eval tests/golden/renja/renja.ind --data tests/golden/renja/data/sel --period 2024-TW2
--- stdout

--- stderr
tests/golden/renja/data/sel/renja.csv:5:67: error[E-DATA-NILAI]: '2x' pada kolom k9 bukan angka desimal
 5 | A.1.2;Sub Dua;Kelas dua;kelas;30;200000000;9;60000000;10;50000000;2x;10000000;2;15000000;;;;
   |                                                                   ^~
   = saran: karakter "x" tidak boleh ada dalam angka

--- exit 2
