$ ind check tests/golden/stdlib/versi_tanpa_angka.ind
--- stdout
tests/golden/stdlib/versi_tanpa_angka.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/stdlib/versi_tanpa_angka.ind:6:1: error[E-SINTAKS]: diharapkan bilangan bulat, mis. 2
 6 | nilai maksimum "Nilai Sistem Merit tertinggi" = merit.nilai_dari_skor(4; 4; 4; 4; 4; 4; 4; 4)
   | ^

--- exit 2
