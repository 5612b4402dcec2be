$ ind check tests/golden/syarat/sintaks.ind
--- stdout
tests/golden/syarat/sintaks.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/syarat/sintaks.ind:8:64: error[E-SINTAKS]: diharapkan '}': satu syarat memuat satu kondisi
 8 | syarat "Dua kondisi" untuk setiap baris aspek { nilai <= maks  nilai >= 0 }
   |                                                                ^
   = saran: gabungkan dengan 'dan', atau tulis syarat kedua

--- exit 2
