$ ind eval rules/kab-pasuruan.ind --data examples/bench/roster.csv
--- stdout

--- stderr
error[E-PERINTAH]: --data BERKAS.csv hanya untuk berkas aturan yang menyatakan tepat satu tabel dan tidak menyatakan realisasi atau anggaran
   = saran: berkas ini menyatakan 3 tabel dan data realisasi atau anggaran; sebut folder datanya: --data FOLDER

--- exit 2
