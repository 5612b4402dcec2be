$ ind template rules/kab-pasuruan.ind --out $OUT/x/
--- stdout

--- stderr
error[E-PERINTAH]: --period wajib disebut
   = saran: lihat ind --help

--- exit 2
