$ ind periksa tests/golden/errors/base.ind
--- stdout

--- stderr
error[E-PERINTAH]: perintah 'periksa' tidak dikenal
   = saran: pilih salah satu: check, eval, explain, audit, test, fmt (lihat ind --help)

--- exit 2
