$ ind help check
--- stdout
periksa berkas aturan tanpa data
Pemakaian: ind check [OPSI] JALUR...

Argumen:
  JALUR ... WAJIB             berkas .ind atau folder

Opsi:
  --no-warnings               tampilkan galat saja
  -h,--help                   tampilkan bantuan ini

Contoh:
  periksa satu berkas aturan:
    ind check rules/kab-pasuruan.ind
  periksa semua berkas .ind di folder, galat saja:
    ind check --no-warnings rules

--- stderr

--- exit 0
