$ ind eval tests/golden/output/label.ind --data tests/golden/output/data/kontrol --period 2024
--- stdout

--- stderr
tests/golden/output/data/kontrol/skor.csv:2:7: error[E-DATA-NILAI]: '4\nlabel.ind:1:1: error[E-PALSU]: baris p...' pada kolom nilai bukan angka desimal
 2 | Satu;"4
   |       ^
   = saran: spasi tidak boleh ada di tengah angka
tests/golden/output/data/kontrol/skor.csv:4:6: error[E-DATA-NILAI]: '\x1b[2J1' pada kolom nilai bukan angka desimal
 4 | Dua;"\x1b[2J1"
   |      ^~~~~~~~
   = saran: karakter "\x1b" tidak boleh ada dalam angka

--- exit 2
