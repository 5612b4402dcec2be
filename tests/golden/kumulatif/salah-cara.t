$ ind check tests/golden/kumulatif/salah-cara.ind
--- stdout
tests/golden/kumulatif/salah-cara.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/kumulatif/salah-cara.ind:5:13: error[E-SINTAKS]: cara kumulatif tidak dikenal
 5 |   kumulatif total
   |             ^
   = saran: yang dikenal: jumlah (dijumlahkan atas triwulan sampai periode), rata (dirata-ratakan atas triwulan sampai periode), akhir (dibaca pada akhir periode)

--- exit 2
