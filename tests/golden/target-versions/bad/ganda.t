$ ind check tests/golden/target-versions/bad/ganda.ind
--- stdout
tests/golden/target-versions/bad/ganda.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/target-versions/bad/ganda.ind:8:13: error[E-GANDA]: target pk periode 2024 ditulis dua kali
 8 |   target pk 2024: 83
   |             ^~~~
tests/golden/target-versions/bad/ganda.ind:6:13: catatan: target pk pertama di sini
 6 |   target pk 2024: 82
   |             ^~~~~~~~
   = saran: satu versi target punya satu nilai per periode; hapus salah satunya

--- exit 2
