$ ind
--- stdout

--- stderr
error[E-PERINTAH]: perintah tidak disebut
   = saran: pilih salah satu: check, eval, explain, audit, test (lihat ind --help)

--- exit 2
