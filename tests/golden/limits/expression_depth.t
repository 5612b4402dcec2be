$ ind check tests/golden/limits/expression_depth.ind
--- stdout
tests/golden/limits/expression_depth.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/expression_depth.ind:17:69: error[E-BATAS]: rumus terlalu dalam: lebih dari 256 tingkat operasi
 17 |   + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1
    |                                                                     ^
   = saran: tulis penjumlahan panjang rata, mis. jumlah(a; b; c; ...), atau pecah rumus menjadi beberapa 'nilai' bernama

--- exit 2
