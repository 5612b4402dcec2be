$ ind check tests/golden/output/excerpt.ind
--- stdout
tests/golden/output/excerpt.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/output/excerpt.ind:5:26: error[E-SINTAKS]: diharapkan satuan, mis. persen, indeks, nilai atau "dokumen"
 5 |   tingkat tujuan; satuan \x1b[31mindeks; arah naik
   |                          ^~~~

--- exit 2
