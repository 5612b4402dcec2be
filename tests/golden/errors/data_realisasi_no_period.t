$ ind eval tests/golden/errors/printed.ind --data tests/golden/errors/data/realisasi_no_period --period 2024
--- stdout

--- stderr
tests/golden/errors/data/realisasi_no_period/realisasi.csv:3:8: error[E-DATA-NILAI]: baris realisasi ini tidak punya periode ('')
 3 | indeks;;81,75
   |        ^
   = saran: tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1) angka baris ini; hapus barisnya bila tidak dipakai
tests/golden/errors/data/realisasi_no_period/realisasi.csv:4:8: error[E-DATA-NILAI]: baris realisasi ini tidak punya periode ('-')
 4 | indeks;-;80,00
   |        ^
   = saran: tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1) angka baris ini; hapus barisnya bila tidak dipakai

--- exit 2
