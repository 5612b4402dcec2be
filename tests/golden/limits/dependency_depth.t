$ ind check tests/golden/limits/dependency_depth.ind
--- stdout
tests/golden/limits/dependency_depth.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/dependency_depth.ind:133:7: error[E-BATAS]: rantai rujukan terlalu panjang: 'n129' bergantung pada 129 nama berurutan (batas 128)
 133 | nilai n129 "N129" = n128 + 1
     |       ^~~~
   = saran: hitung bagian rantai itu dalam satu rumus, mis. jumlah(...) atas kolom tabel

--- exit 2
