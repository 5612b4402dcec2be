$ ind check tests/golden/syarat/sintaks-setiap.ind
--- stdout
tests/golden/syarat/sintaks-setiap.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/syarat/sintaks-setiap.ind:8:34: error[E-SINTAKS]: diharapkan 'setiap baris' setelah 'untuk'
 8 | syarat "Nilai dalam batas" untuk setap baris aspek { nilai <= maks }
   |                                  ^
   = saran: bentuknya: syarat "judul" untuk setiap baris <tabel> { kondisi }

--- exit 2
