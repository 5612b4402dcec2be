$ ind check tests/golden/kumulatif/ganda.ind
--- stdout
tests/golden/kumulatif/ganda.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/kumulatif/ganda.ind:7:3: error[E-GANDA]: 'kumulatif' ditulis dua kali dalam satu deklarasi
 7 |   kumulatif akhir
   |   ^~~~~~~~~~~~~~~
tests/golden/kumulatif/ganda.ind:5:3: catatan: 'kumulatif' yang pertama
 5 |   kumulatif jumlah
   |   ^~~~~~~~~~~~~~~~
   = saran: tulis sekali saja: hapus salah satunya

--- exit 2
