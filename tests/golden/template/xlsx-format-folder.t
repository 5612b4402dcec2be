$ ind template rules/kab-pasuruan.ind --period 2025 --format xlsx --out $OUT/data/
--- stdout

--- stderr
error[E-PERINTAH]: --out '$OUT/data/' harus berkas .xlsx: --format xlsx menulis satu buku kerja, satu lembar per berkas data
   = saran: mis. --out data-2024.xlsx

--- exit 2
