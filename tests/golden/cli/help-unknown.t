$ ind help periksa
--- stdout

--- stderr
error[E-PERINTAH]: perintah 'periksa' tidak dikenal
   = saran: pilih salah satu: check, test, audit, explain, eval, lsp, help

--- exit 2
