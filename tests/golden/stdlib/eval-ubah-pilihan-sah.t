$ ind eval tests/golden/stdlib/ubah_pilihan_sah.ind --data tests/golden/stdlib/bobot/2022 --period 2024
--- stdout
Uji pilihan tetapan
Periode 2024

Nilai Komponen
Nilai   Uraian               Angka
------  -------------------  -----
indeks  Indeks Sistem Merit   0,68

--- stderr

--- exit 0
