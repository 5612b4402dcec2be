$ ind check tests/golden/stdlib/berlaku_salah.ind
--- stdout
tests/golden/stdlib/berlaku_salah.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/stdlib/berlaku_salah.ind:3:28: error[E-SINTAKS]: diharapkan 'sejak' atau 'sampai' setelah 'berlaku'
 3 | tetapan batas = 90 berlaku 2022
   |                            ^
   = saran: bentuknya: berlaku sejak 2022, berlaku sampai 2025, atau berlaku sejak 2015 sampai 2021

--- exit 2
