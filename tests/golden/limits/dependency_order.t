$ ind check tests/golden/limits/dependency_order.ind
--- stdout
tests/golden/limits/dependency_order.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/dependency_order.ind:133:21: error[E-BATAS]: rantai rujukan terlalu panjang: lebih dari 128 nama saling merujuk berurutan
 133 | nilai b128 "B128" = b129 + 1
     |                     ^~~~
   = saran: hitung bagian rantai itu dalam satu rumus, mis. jumlah(...) atas kolom tabel

--- exit 2
