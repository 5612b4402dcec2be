$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format xlsx
--- stdout

--- stderr
error[E-PERINTAH]: format xlsx tidak dapat ditulis ke layar
   = saran: tambahkan --out LAPORAN.xlsx

--- exit 2
