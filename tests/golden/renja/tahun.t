$ ind eval tests/golden/renja/renja.ind --data tests/golden/renja/data/tw2 --period 2024 --format md
--- stdout
## Contoh Renja — 2024

### Evaluasi Hasil Renja 2024

| Kode | Uraian | Indikator | Satuan | (6) Target Renstra K | (6) Target Renstra Rp | (7) Realisasi s.d. Tahun Lalu K | (7) Realisasi s.d. Tahun Lalu Rp | (8) Target Renja K | (8) Target Renja Rp | (9) TW I K | (9) TW I Rp | (10) TW II K | (10) TW II Rp | (11) TW III K | (11) TW III Rp | (12) TW IV K | (12) TW IV Rp | (13) Realisasi Tahun Ini K | (13) Realisasi Tahun Ini Rp | (14) Capaian Renja (%) K | (14) Capaian Renja (%) Rp | (15) Realisasi Renstra K | (15) Realisasi Renstra Rp | (16) Capaian Renstra (%) K | (16) Capaian Renstra (%) Rp | Predikat K | Predikat Rp |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
| A | Program Pelayanan | Layanan yang diselesaikan | layanan | 300 | 900.000.000 | 90 | 280.000.000 | 100 | 300.000.000 | 20 | 60.000.000 | 30 | 80.000.000 | - | tidak lengkap | - | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | - | - |
| A.1 | Kegiatan Satu | Dokumen satu | dokumen | 60 | 600.000.000 | 18 | 180.000.000 | 20 | 200.000.000 | 5 | 40.000.000 | 6 | 55.000.000 | - | tidak lengkap | - | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | - | - |
| A.1.1 | Sub Satu | Kelas satu | kelas | 30 | 400.000.000 | 9 | 120.000.000 | 10 | 150.000.000 | 2 | 30.000.000 | 3 | 40.000.000 | - | - | - | - | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | - | - |
| A.1.2 | Sub Dua | Kelas dua | kelas | 30 | 200.000.000 | 9 | 60.000.000 | 10 | 50.000.000 | 2 | 10.000.000 | 2 | 15.000.000 | - | - | - | - | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | - | - |
| A.2 | Kegiatan Dua | Dokumen dua | dokumen | 45 | 300.000.000 | 12 | 100.000.000 | 15 | 100.000.000 | 4 | 20.000.000 | 5 | 25.000.000 | - | tidak lengkap | - | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | - | - |
| A.2 | Kegiatan Dua | Peserta dua | orang | 150 |  | 40 |  | 50 |  | 12 |  | 14 |  | - |  | - |  | tidak lengkap |  | tidak lengkap |  | tidak lengkap |  | tidak lengkap |  | - |  |
| A.2.1 | Sub Tiga | Kelas tiga | kelas | 15 | 300.000.000 | 4 | 100.000.000 | 5 | 100.000.000 | 1 | 20.000.000 | 1 | 25.000.000 | - | - | - | - | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | tidak lengkap | - | - |

(13) = (9)+(10)+(11)+(12) atas TW I-IV; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | tests/golden/renja/renja.ind |  | ea06e44ecbee311bf2b1b0d2f180197c704551314574d92d3829f83a9d293713 |
| data | tests/golden/renja/data/tw2/renja.csv |  | 5d5964e4f91b17cf2eb6a14ac444e7724e769f8fb628fa11dee031c0ec82d704 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/renja/data/tw2/renja.csv:2:104: warning[W-RENJA-KOSONG]: kolom (11) K kode A kosong; yang dihitung darinya tidak tersedia
 2 | A;Program Pelayanan;Layanan yang diselesaikan;layanan;300;900000000;90;280000000;100;300000000;20;;30;;;;;
   |                                                                                                        ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:2:106: warning[W-RENJA-KOSONG]: kolom (12) K kode A kosong; yang dihitung darinya tidak tersedia
 2 | A;Program Pelayanan;Layanan yang diselesaikan;layanan;300;900000000;90;280000000;100;300000000;20;;30;;;;;
   |                                                                                                          ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:3:58: warning[W-RENJA-KOSONG]: kolom (11) K kode A.1 kosong; yang dihitung darinya tidak tersedia
 3 | A.1;Kegiatan Satu;Dokumen satu;dokumen;60;;18;;20;;5;;6;;;;;
   |                                                          ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:3:60: warning[W-RENJA-KOSONG]: kolom (12) K kode A.1 kosong; yang dihitung darinya tidak tersedia
 3 | A.1;Kegiatan Satu;Dokumen satu;dokumen;60;;18;;20;;5;;6;;;;;
   |                                                            ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:4:93: warning[W-RENJA-KOSONG]: kolom (11) K kode A.1.1 kosong; yang dihitung darinya tidak tersedia
 4 | A.1.1;Sub Satu;Kelas satu;kelas;30;400000000;9;120000000;10;150000000;2;30000000;3;40000000;;;;
   |                                                                                             ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:4:94: warning[W-RENJA-KOSONG]: kolom (11) Rp kode A.1.1 kosong; yang dihitung darinya tidak tersedia
 4 | A.1.1;Sub Satu;Kelas satu;kelas;30;400000000;9;120000000;10;150000000;2;30000000;3;40000000;;;;
   |                                                                                              ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:4:95: warning[W-RENJA-KOSONG]: kolom (12) K kode A.1.1 kosong; yang dihitung darinya tidak tersedia
 4 | A.1.1;Sub Satu;Kelas satu;kelas;30;400000000;9;120000000;10;150000000;2;30000000;3;40000000;;;;
   |                                                                                               ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:4:96: warning[W-RENJA-KOSONG]: kolom (12) Rp kode A.1.1 kosong; yang dihitung darinya tidak tersedia
 4 | A.1.1;Sub Satu;Kelas satu;kelas;30;400000000;9;120000000;10;150000000;2;30000000;3;40000000;;;;
   |                                                                                                ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:5:89: warning[W-RENJA-KOSONG]: kolom (11) K kode A.1.2 kosong; yang dihitung darinya tidak tersedia
 5 | A.1.2;Sub Dua;Kelas dua;kelas;30;200000000;9;60000000;10;50000000;2;10000000;2;15000000;;;;
   |                                                                                         ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:5:90: warning[W-RENJA-KOSONG]: kolom (11) Rp kode A.1.2 kosong; yang dihitung darinya tidak tersedia
 5 | A.1.2;Sub Dua;Kelas dua;kelas;30;200000000;9;60000000;10;50000000;2;10000000;2;15000000;;;;
   |                                                                                          ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:5:91: warning[W-RENJA-KOSONG]: kolom (12) K kode A.1.2 kosong; yang dihitung darinya tidak tersedia
 5 | A.1.2;Sub Dua;Kelas dua;kelas;30;200000000;9;60000000;10;50000000;2;10000000;2;15000000;;;;
   |                                                                                           ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:5:92: warning[W-RENJA-KOSONG]: kolom (12) Rp kode A.1.2 kosong; yang dihitung darinya tidak tersedia
 5 | A.1.2;Sub Dua;Kelas dua;kelas;30;200000000;9;60000000;10;50000000;2;10000000;2;15000000;;;;
   |                                                                                            ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:6:56: warning[W-RENJA-KOSONG]: kolom (11) K kode A.2 kosong; yang dihitung darinya tidak tersedia
 6 | A.2;Kegiatan Dua;Dokumen dua;dokumen;45;;12;;15;;4;;5;;;;;
   |                                                        ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:6:58: warning[W-RENJA-KOSONG]: kolom (12) K kode A.2 kosong; yang dihitung darinya tidak tersedia
 6 | A.2;Kegiatan Dua;Dokumen dua;dokumen;45;;12;;15;;4;;5;;;;;
   |                                                          ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:7:57: warning[W-RENJA-KOSONG]: kolom (11) K kode A.2 kosong; yang dihitung darinya tidak tersedia
 7 | A.2;Kegiatan Dua;Peserta dua;orang;150;;40;;50;;12;;14;;;;;
   |                                                         ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:7:59: warning[W-RENJA-KOSONG]: kolom (12) K kode A.2 kosong; yang dihitung darinya tidak tersedia
 7 | A.2;Kegiatan Dua;Peserta dua;orang;150;;40;;50;;12;;14;;;;;
   |                                                           ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:8:92: warning[W-RENJA-KOSONG]: kolom (11) K kode A.2.1 kosong; yang dihitung darinya tidak tersedia
 8 | A.2.1;Sub Tiga;Kelas tiga;kelas;15;300000000;4;100000000;5;100000000;1;20000000;1;25000000;;;;
   |                                                                                            ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:8:93: warning[W-RENJA-KOSONG]: kolom (11) Rp kode A.2.1 kosong; yang dihitung darinya tidak tersedia
 8 | A.2.1;Sub Tiga;Kelas tiga;kelas;15;300000000;4;100000000;5;100000000;1;20000000;1;25000000;;;;
   |                                                                                             ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:8:94: warning[W-RENJA-KOSONG]: kolom (12) K kode A.2.1 kosong; yang dihitung darinya tidak tersedia
 8 | A.2.1;Sub Tiga;Kelas tiga;kelas;15;300000000;4;100000000;5;100000000;1;20000000;1;25000000;;;;
   |                                                                                              ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan
tests/golden/renja/data/tw2/renja.csv:8:95: warning[W-RENJA-KOSONG]: kolom (12) Rp kode A.2.1 kosong; yang dihitung darinya tidak tersedia
 8 | A.2.1;Sub Tiga;Kelas tiga;kelas;15;300000000;4;100000000;5;100000000;1;20000000;1;25000000;;;;
   |                                                                                               ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan

--- exit 0
