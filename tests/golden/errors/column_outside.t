$ ind check tests/golden/errors/column_outside.ind
--- stdout
tests/golden/errors/column_outside.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/column_outside.ind:18:9: error[E-KOLOM]: kolom skor.nilai hanya dapat dibaca di dalam agregat
 18 |   rumus skor.nilai bulat 2
    |         ^~~~~~~~~~
   = saran: mis. jumlah(skor.nilai), rata(...), ambil(skor.nilai dengan kunci = "...")

--- exit 2
