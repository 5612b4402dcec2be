$ ind eval tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/rusak
--- stdout

--- stderr
tests/golden/budget-tw/data/rusak/anggaran.csv:5:50: error[E-DATA-NILAI]: '80.00O' pada kolom realisasi_tw2 bukan angka rupiah
 5 | A.1.2;Sub dua;200.000;;0;100.000;50.000;50.000;0;80.00O;;
   |                                                  ^~~~~~
   = saran: karakter "O" tidak boleh ada dalam angka

--- exit 2
