$ ind check tests/golden/limits/nesting_over_limit.ind
--- stdout
tests/golden/limits/nesting_over_limit.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/nesting_over_limit.ind:4:224: error[E-SINTAKS]: ekspresi bersarang terlalu dalam (batas 200 tingkat)
 4 | ...(((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))...
   |                                 ^
   = saran: pecah rumus menjadi beberapa 'nilai' bernama

--- exit 2
