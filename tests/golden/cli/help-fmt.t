$ ind help fmt
--- stdout
rapikan tata letak berkas aturan
Pemakaian: ind fmt [OPSI] JALUR...

Argumen:
  JALUR ... WAJIB             berkas .ind atau folder (juga subfoldernya)

Opsi:
  --check                     jangan menulis; sebut berkas yang akan berubah (keluar 1 bila ada)
  --diff                      jangan menulis; tunjukkan perubahannya sebagai diff (keluar 1 bila ada)
  -h,--help                   tampilkan bantuan ini

Contoh:
  rapikan berkas aturan dan semua berkas .ind di bawah folder:
    ind fmt rules/kab-pasuruan.ind stdlib
  periksa tanpa menulis, untuk CI (keluar 1 bila ada yang belum rapi):
    ind fmt --check stdlib rules examples
  tunjukkan perubahannya:
    ind fmt --diff rules/kab-pasuruan.ind

--- stderr

--- exit 0
