$ ind check tests/golden/stdlib/berlaku_terbalik.ind
--- stdout
tests/golden/stdlib/berlaku_terbalik.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/stdlib/berlaku_terbalik.ind:3:20: error[E-PERIODE]: berlaku sampai 2021 lebih awal dari berlaku sejak 2022
 3 | tetapan batas = 90 berlaku sejak 2022 sampai 2021 dasar "Contoh"
   |                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tulis periode terakhir berlakunya sesudah periode pertamanya

--- exit 2
