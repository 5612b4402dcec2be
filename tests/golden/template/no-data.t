$ ind template stdlib/capaian.ind --period 2024 --out $OUT/x/
--- stdout

--- stderr
error[E-PERINTAH]: stdlib/capaian.ind tidak membaca berkas data
   = saran: template hanya untuk berkas aturan yang menyatakan tabel, realisasi, anggaran atau tercetak

--- exit 2
