$ ind check tests/golden/target-versions/bad/judul-hilang.ind
--- stdout
tests/golden/target-versions/bad/judul-hilang.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/target-versions/bad/judul-hilang.ind:3:1: error[E-SINTAKS]: diharapkan judul versi target dalam tanda kutip, mis. target pk "Perjanjian Kinerja"
 3 | 
   | ^

--- exit 2
