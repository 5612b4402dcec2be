$ ind help eval
--- stdout
hitung dan cetak tabel LKjIP
Pemakaian: ind eval [OPSI] BERKAS

Argumen:
  BERKAS WAJIB                berkas .ind, atau folder berkas .ind: tiap <nama>.ind dengan --data DATA/<nama>/<periode>/, dalam satu tabel (table, csv, json, jsonl, xlsx, html)

Opsi:
  --data FOLDER WAJIB         folder data CSV, buku kerja .xlsx (dengan --period), atau satu berkas CSV bagi berkas aturan bertabel satu
  --period PERIODE            periode: 2024, 2024-TW2, 2024-S1
  --format FORMAT             table, json, csv, md, html, xlsx
  --locale LOKAL              format angka: id (77,32) atau en (77.32)
  --rows BERKAS               tulis setiap baris tabel (dengan kolom turunannya) ke berkas CSV ini
  --on-error TINDAKAN         sel yang tidak terbaca: stop (berhenti, bawaan) atau skip (lewati barisnya)
  --threads JUMLAH            jumlah thread pembaca roster (bawaan: satu per inti)
  --out BERKAS                tulis ke berkas ini (diganti secara atomik); untuk csv, folder/ menulis satu berkas per tabel; xlsx wajib memakai --out; folder aturan dengan html: folder/ berisi index.html dan laporan setiap instansi
  --bom                       csv: awali berkas dengan tanda urutan byte (BOM) UTF-8 agar Excel membacanya sebagai UTF-8; bawaan untuk --locale id dengan --out
  --tanpa-bom                 csv: tanpa tanda urutan byte, juga untuk --locale id dengan --out
  --reproducible              asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)
  -h,--help                   tampilkan bantuan ini

Contoh:
  tabel LKjIP di layar:
    ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024
  data dari buku kerja Excel: lembar realisasi, anggaran, ... (periode wajib disebut):
    ind eval rules/kab-pasuruan.ind --data data-2024.xlsx --period 2024
  laporan Markdown dengan angka bergaya en (77.32):
    ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format md --locale en --out lkjip.md
  buku kerja XLSX, satu lembar per tabel:
    ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format xlsx --out lkjip.xlsx
  capaian semua instansi dan periode dalam satu tabel CSV:
    ind eval rules --data examples --format csv --out semua.csv
  laporan HTML setiap instansi dan index.html yang membandingkan capaiannya:
    ind eval rules --data examples --format html --out semua/
  JSON yang sama byte demi byte setiap kali: asal laporan tanpa jam dan commit:
    ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format json --reproducible

--- stderr

--- exit 0
