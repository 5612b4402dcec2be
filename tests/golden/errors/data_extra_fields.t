$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/extra_fields --period 2024
--- stdout

--- stderr
tests/golden/errors/data/extra_fields/skor.csv:2:9: error[E-DATA-BARIS]: baris ini punya 3 kolom, judulnya hanya 2; '5' tidak masuk kolom mana pun
 2 | Satu,40,5
   |         ^
   = saran: sel yang memuat koma (40,5) harus dikutip: "40,5"; atau pakai ';' sebagai pemisah kolom
tests/golden/errors/data/extra_fields/skor.csv:3:8: error[E-DATA-BARIS]: baris ini punya 3 kolom, judulnya hanya 2; '25' tidak masuk kolom mana pun
 3 | Dua,41,25
   |        ^~
   = saran: sel yang memuat koma (40,5) harus dikutip: "40,5"; atau pakai ';' sebagai pemisah kolom

--- exit 2
