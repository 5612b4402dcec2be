$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --rows $OUT/baris.csv
--- stdout

--- stderr
error[E-PERINTAH]: --rows hanya untuk berkas aturan yang menyatakan tepat satu tabel dan tidak menyatakan realisasi atau anggaran
   = saran: berkas ini menyatakan 3 tabel dan data realisasi atau anggaran; --rows menulis baris satu-satunya tabel berkas aturan

--- exit 2
