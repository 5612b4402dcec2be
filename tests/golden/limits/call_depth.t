$ ind check tests/golden/limits/call_depth.ind
--- stdout
tests/golden/limits/call_depth.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/call_depth.ind:69:8: error[E-BATAS]: aturan memanggil aturan terlalu dalam: 'r65' memerlukan 65 tingkat panggilan (batas 64)
 69 | aturan r65(x) = r64(x) + 1
    |        ^~~
   = saran: aturan tidak dapat berulang; tulis rantai panggilan yang lebih pendek

--- exit 2
