$ ind help audit
--- stdout
bandingkan angka tercetak dengan hasil hitung ulang
Pemakaian: ind audit [OPSI] BERKAS

Argumen:
  BERKAS WAJIB                berkas .ind, atau folder berkas .ind: tiap <nama>.ind dengan --data DATA/<nama>/<periode>/, dalam satu tabel (text, csv, json, jsonl, xlsx)

Opsi:
  --data FOLDER WAJIB         folder data CSV, atau buku kerja .xlsx (dengan --period)
  --period PERIODE            periode: 2024, 2024-TW2, 2024-S1
  --format FORMAT             text, json, csv, md, html, xlsx
  --locale LOKAL              format angka: id atau en
  --out BERKAS                tulis ke berkas ini (diganti secara atomik)
  --all                       tampilkan juga angka yang cocok
  --bom                       csv: awali berkas dengan tanda urutan byte (BOM) UTF-8 agar Excel membacanya sebagai UTF-8; bawaan untuk --locale id dengan --out
  --tanpa-bom                 csv: tanpa tanda urutan byte, juga untuk --locale id dengan --out
  --reproducible              asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)
  -h,--help                   tampilkan bantuan ini

Contoh:
  angka tercetak yang tidak cocok dengan hasil hitung ulang:
    ind audit rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024
  data dari buku kerja, satu lembar per berkas CSV (realisasi, anggaran, tercetak ...):
    ind audit rules/kab-pasuruan.ind --data data-2024.xlsx --period 2024
  laporan HTML dengan setiap temuan ditandai:
    ind audit rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format html --out audit.html
  audit semua instansi dan periode: satu baris per angka tercetak:
    ind audit rules --data examples --format csv --out audit-semua.csv

--- stderr

--- exit 0
