$ ind eval tests/golden/errors/base.ind
--- stdout

--- stderr
error[E-PERINTAH]: --data wajib disebut
   = saran: lihat ind --help

--- exit 2
