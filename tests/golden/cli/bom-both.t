$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format csv --bom --tanpa-bom
--- stdout

--- stderr
error[E-PERINTAH]: --bom dan --tanpa-bom tidak dapat dipakai bersama
   = saran: sebut salah satu saja

--- exit 2
