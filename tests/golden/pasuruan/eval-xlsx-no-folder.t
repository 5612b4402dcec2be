$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format xlsx --out tidak-ada/laporan.xlsx
--- stdout

--- stderr
error[E-PERINTAH]: folder 'tidak-ada' untuk --out tidak ada
   = saran: buat foldernya dahulu, atau tulis ke folder lain

--- exit 2
