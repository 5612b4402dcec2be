$ ind check tests/golden/errors/modul_lokal/utama.ind
--- stdout
tests/golden/errors/modul_lokal/utama.ind: 1 peringatan

--- stderr
tests/golden/errors/modul_lokal/utama.ind:3:7: warning[W-MODUL-BAYANG]: modul 'capaian' dibaca dari tests/golden/errors/modul_lokal/capaian.ind, bukan dari pustaka standar stdlib/capaian.ind
 3 | pakai capaian
   |       ^~~~~~~
   = saran: jika yang dimaksud modul pustaka, beri berkas lokal nama lain (mis. capaian_instansi.ind) dan pakai nama itu; jika disengaja, abaikan peringatan ini

--- exit 1
