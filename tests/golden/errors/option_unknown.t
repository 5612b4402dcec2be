$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/ok --periode 2024
--- stdout

--- stderr
error[E-PERINTAH]: argumen tidak dikenal: --periode 2024
   = saran: lihat ind --help

--- exit 2
