$ ind template rules/kab-pasuruan.ind --period 2024 --out examples/kab-pasuruan/2024
--- stdout

--- stderr
error[E-PERINTAH]: examples/kab-pasuruan/2024/ipasn_dimensi.csv sudah ada; template tidak menimpa berkas data
   = saran: pilih folder baru atau kosong untuk --out

--- exit 2
