$ ind template rules/kab-pasuruan.ind --period 2024 --out $OUT/data.xlsx
--- stdout

--- stderr
error[E-PERINTAH]: --out '$OUT/data.xlsx' harus folder: template ditulis sebagai satu berkas CSV per berkas data
   = saran: mis. --out data-2024/

--- exit 2
