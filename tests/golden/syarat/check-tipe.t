$ ind check tests/golden/syarat/tipe.ind
--- stdout
tests/golden/syarat/tipe.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/syarat/tipe.ind:8:31: error[E-TIPE]: kondisi syarat harus berupa benar/salah, bukan angka
 8 | syarat "Jumlah nilai aspek" { jumlah(aspek.nilai) }
   |                               ^~~~~~~~~~~~~~~~~~~
   = saran: tulis perbandingan yang harus dipenuhi data, mis. jumlah(t.kolom) = total atau nilai <= maks

--- exit 2
