$ ind --color biru check tests/golden/errors/base.ind
--- stdout

--- stderr
error[E-PERINTAH]: nilai untuk --color tidak dikenal
   = saran: pilih salah satu: auto, always, never

--- exit 2
