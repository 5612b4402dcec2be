$ ind template rules/kab-pasuruan.ind --period 2025 --format csv --out $OUT/data.xlsx
--- stdout

--- stderr
error[E-PERINTAH]: --out '$OUT/data.xlsx' harus folder: template CSV ditulis sebagai satu berkas per berkas data
   = saran: mis. --out data-2024/, atau --format xlsx --out data-2024.xlsx

--- exit 2
