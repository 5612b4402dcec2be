$ ind check tests/golden/errors/base.ind --max-diagnostics semua
--- stdout

--- stderr
error[E-PERINTAH]: nilai untuk --max-diagnostics tidak sah
   = saran: lihat ind --help

--- exit 2
