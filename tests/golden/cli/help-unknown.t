$ ind help periksa
--- stdout

--- stderr
error[E-PERINTAH]: perintah 'periksa' tidak dikenal
   = saran: pilih salah satu: check, test, audit, explain, eval, template, fmt, lsp, help (lihat ind --help)

--- exit 2
