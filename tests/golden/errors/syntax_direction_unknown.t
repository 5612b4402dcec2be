$ ind check tests/golden/errors/syntax_direction_unknown.ind
--- stdout
tests/golden/errors/syntax_direction_unknown.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_direction_unknown.ind:17:39: error[E-SINTAKS]: arah tidak dikenal
 17 |   tingkat tujuan; satuan indeks; arah keatas
    |                                       ^
   = saran: yang dikenal: naik (makin tinggi makin baik), turun (makin rendah makin baik)

--- exit 2
