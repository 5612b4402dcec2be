$ ind help test
--- stdout
jalankan contoh di dalam berkas aturan
Pemakaian: ind test [OPSI] JALUR...

Argumen:
  JALUR ... WAJIB             berkas .ind atau folder

Opsi:
  -h,--help                   tampilkan bantuan ini

Contoh:
  jalankan contoh semua modul pustaka standar:
    ind test /usr/share/ind/stdlib
  jalankan contoh satu berkas aturan:
    ind test rules/kab-pasuruan.ind

--- stderr

--- exit 0
