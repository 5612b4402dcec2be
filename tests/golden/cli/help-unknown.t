$ ind help periksa
--- stdout

--- stderr
error[E-PERINTAH]: perintah 'periksa' tidak dikenal
   = saran: pilih salah satu: check, test, audit, explain, eval, fmt, help

--- exit 2
