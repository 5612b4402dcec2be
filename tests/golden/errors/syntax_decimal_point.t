$ ind check tests/golden/errors/syntax_decimal_point.ind
--- stdout
tests/golden/errors/syntax_decimal_point.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_decimal_point.ind:19:18: error[E-SINTAKS]: tanda desimal dalam berkas .ind adalah koma
 19 |   target 2024: 80.5
    |                  ^
   = saran: tulis 77,32 bukan 77.32; titik hanya untuk pemisah ribuan (14.289.814.108)

--- exit 2
