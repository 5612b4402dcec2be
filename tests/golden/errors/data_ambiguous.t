$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/ambiguous --period 2024
--- stdout

--- stderr
tests/golden/errors/data/ambiguous/skor.csv:3:5: error[E-DATA-AMBIGU]: '1.234' pada kolom nilai dapat dibaca dua cara
 3 | Dua;1.234
   |     ^~~~~
   = saran: kolom ini memakai koma sebagai tanda desimal; tulis 1.234,0 untuk seribu dua ratus tiga puluh empat atau 1,234 untuk satu koma dua tiga empat

--- exit 2
