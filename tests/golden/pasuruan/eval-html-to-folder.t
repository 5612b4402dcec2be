$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format html --out docs/
--- stdout

--- stderr
error[E-PERINTAH]: --out 'docs/' adalah folder; hanya format csv menulis ke folder
   = saran: sebut nama berkas, misalnya --out laporan.html

--- exit 2
