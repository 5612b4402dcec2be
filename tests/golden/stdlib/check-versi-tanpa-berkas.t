$ ind check --stdlib tests/golden/stdlib/bobot tests/golden/stdlib/versi_sah.ind
--- stdout
tests/golden/stdlib/versi_sah.ind: 2 galat, 0 peringatan

--- stderr
tests/golden/stdlib/versi_sah.ind:4:7: error[E-MODUL]: modul 'merit' tidak ditemukan
 4 | pakai merit versi 1
   |       ^~~~~
   = saran: dicari di: tests/golden/stdlib, tests/golden/stdlib/bobot; pakai --stdlib untuk folder lain; tests/golden/stdlib/bobot bukan pustaka standar yang lengkap (tanpa berkas VERSION)
tests/golden/stdlib/versi_sah.ind:4:13: error[E-VERSI]: berkas ini memerlukan pustaka standar versi 1, tetapi tests/golden/stdlib/bobot tidak menyebut versinya (berkas VERSION)
 4 | pakai merit versi 1
   |             ^~~~~~~
   = saran: pasang ulang ind, atau sebut folder pustaka yang lengkap dengan --stdlib

--- exit 2
