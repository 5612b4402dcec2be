$ ind help explain
--- stdout
tunjukkan bagaimana angka satu indikator diperoleh
Pemakaian: ind explain [OPSI] BERKAS ID

Argumen:
  BERKAS WAJIB                berkas .ind
  ID WAJIB                    id indikator atau nilai, atau judul syarat

Opsi:
  --data FOLDER WAJIB         folder data CSV, atau buku kerja .xlsx (dengan --period)
  --period PERIODE            periode: 2024, 2024-TW2, 2024-S1
  --format FORMAT             text atau json
  --locale LOKAL              format angka: id atau en
  --reproducible              asal laporan tanpa waktu hitung dan commit, agar keluaran sama byte demi byte (SOURCE_DATE_EPOCH memberi waktunya)
  -h,--help                   tampilkan bantuan ini

Contoh:
  asal angka indikator ip_asn:
    ind explain rules/kab-pasuruan.ind ip_asn --data examples/kab-pasuruan/2024

--- stderr

--- exit 0
