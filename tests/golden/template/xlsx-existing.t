$ ind template rules/kab-pasuruan.ind --period 2025 --out $OUT/data.xlsx
--- given data.xlsx
isian planner
--- stdout

--- stderr
error[E-PERINTAH]: $OUT/data.xlsx sudah ada; template tidak menimpa berkas data
   = saran: pilih folder baru atau kosong untuk --out

--- file data.xlsx
isian planner
--- exit 2
