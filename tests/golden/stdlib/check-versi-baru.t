$ ind check tests/golden/stdlib/versi_baru.ind
--- stdout
tests/golden/stdlib/versi_baru.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/stdlib/versi_baru.ind:4:20: error[E-VERSI]: berkas ini memerlukan pustaka standar versi 2 atau lebih baru; yang dipakai versi 1 (stdlib)
 4 | pakai merit, ipasn versi 2
   |                    ^~~~~~~
   = saran: pasang ind yang lebih baru (lihat ind --version), atau sebut folder pustaka versi 2 dengan --stdlib

--- exit 2
