$ ind check --stdlib tests/golden/stdlib/tidak_ada tests/golden/stdlib/ubah_bobot_sah.ind
--- stdout
tests/golden/stdlib/ubah_bobot_sah.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/stdlib/ubah_bobot_sah.ind:4:7: error[E-MODUL]: modul 'merit' tidak ditemukan
 4 | pakai merit
   |       ^~~~~
   = saran: dicari di: tests/golden/stdlib, tests/golden/stdlib/tidak_ada; pakai --stdlib untuk folder lain; folder pustaka standar tests/golden/stdlib/tidak_ada tidak ada

--- exit 2
