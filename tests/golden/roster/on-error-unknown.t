$ ind eval examples/bench/ipasn-roster.ind --data examples/bench/roster.csv --on-error ignore
--- stdout

--- stderr
error[E-PERINTAH]: --on-error 'ignore' tidak dikenal
   = saran: pilih stop (berhenti pada sel pertama yang tidak terbaca) atau skip (lewati barisnya)

--- exit 2
