$ ind check tests/golden/limits/nesting.ind
--- stdout
tests/golden/limits/nesting.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/nesting.ind:3:224: error[E-SINTAKS]: ekspresi bersarang terlalu dalam (batas 200 tingkat)
 3 | ...(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((...
   |                                 ^
   = saran: pecah rumus menjadi beberapa 'nilai' bernama

--- exit 2
