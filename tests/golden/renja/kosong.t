$ ind eval tests/golden/renja/renja.ind --data tests/golden/renja/data/kosong --period 2024-TW2 --format md
--- stdout
## Contoh Renja — TW II 2024

### Evaluasi Hasil Renja TW II 2024

| Kode | Uraian | Indikator | Satuan | (6) Target Renstra K | (6) Target Renstra Rp | (7) Realisasi s.d. Tahun Lalu K | (7) Realisasi s.d. Tahun Lalu Rp | (8) Target Renja K | (8) Target Renja Rp | (9) TW I K | (9) TW I Rp | (10) TW II K | (10) TW II Rp | (11) TW III K | (11) TW III Rp | (12) TW IV K | (12) TW IV Rp | (13) Realisasi Tahun Ini K | (13) Realisasi Tahun Ini Rp | (14) Capaian Renja (%) K | (14) Capaian Renja (%) Rp | (15) Realisasi Renstra K | (15) Realisasi Renstra Rp | (16) Capaian Renstra (%) K | (16) Capaian Renstra (%) Rp | Predikat K | Predikat Rp |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
| A | Program Pelayanan | Layanan yang diselesaikan | layanan | 300 | 900.000.000 | 90 | 280.000.000 | 100 | 300.000.000 | 20 | 60.000.000 | 30 | tidak lengkap | - | - | - | - | 50 | tidak lengkap | 50,00 | tidak lengkap | 140 | tidak lengkap | 46,67 | tidak lengkap | Sangat rendah | - |
| A.1 | Kegiatan Satu | Dokumen satu | dokumen | 60 | 600.000.000 | 18 | 180.000.000 | 20 | 200.000.000 | 5 | 40.000.000 | 6 | tidak lengkap | - | - | - | - | 11 | tidak lengkap | 55,00 | tidak lengkap | 29 | tidak lengkap | 48,33 | tidak lengkap | Rendah | - |
| A.1.1 | Sub Satu | Kelas satu | kelas | 30 | 400.000.000 | 9 | 120.000.000 | 10 | 150.000.000 | 2 | 30.000.000 | 3 | 40.000.000 | - | - | - | - | 5 | 70.000.000 | 50,00 | 46,67 | 14 | 190.000.000 | 46,67 | 47,50 | Sangat rendah | Sangat rendah |
| A.1.2 | Sub Dua | Kelas dua | kelas | 30 | 200.000.000 | 9 | 60.000.000 | 10 | 50.000.000 | 2 | 10.000.000 | 2 | - | - | - | - | - | 4 | tidak lengkap | 40,00 | tidak lengkap | 13 | tidak lengkap | 43,33 | tidak lengkap | Sangat rendah | - |
| A.2 | Kegiatan Dua | Dokumen dua | dokumen | 45 | 300.000.000 | 12 | 100.000.000 | 15 | 100.000.000 | 4 | 20.000.000 | 5 | 25.000.000 | - | - | - | - | 9 | 45.000.000 | 60,00 | 45,00 | 21 | 145.000.000 | 46,67 | 48,33 | Rendah | Sangat rendah |
| A.2 | Kegiatan Dua | Peserta dua | orang | 150 |  | 40 |  | 50 |  | 12 |  | 14 |  | - |  | - |  | 26 |  | 52,00 |  | 66 |  | 44,00 |  | Rendah |  |
| A.2.1 | Sub Tiga | Kelas tiga | kelas | 15 | 300.000.000 | 4 | 100.000.000 | 5 | 100.000.000 | 1 | 20.000.000 | 1 | 25.000.000 | - | - | - | - | 2 | 45.000.000 | 40,00 | 45,00 | 6 | 145.000.000 | 40,00 | 48,33 | Sangat rendah | Sangat rendah |

(13) = (9)+(10)+(11)+(12) atas TW I-II; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | tests/golden/renja/renja.ind |  | ea06e44ecbee311bf2b1b0d2f180197c704551314574d92d3829f83a9d293713 |
| data | tests/golden/renja/data/kosong/renja.csv |  | c006d0a8a3fbe9d0b07bf9f357c34e6666b9eac2cd3ab9b356d1874127cc2db2 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/renja/data/kosong/renja.csv:5:80: warning[W-RENJA-KOSONG]: kolom (10) Rp kode A.1.2 kosong; yang dihitung darinya tidak tersedia
 5 | A.1.2;Sub Dua;Kelas dua;kelas;30;200000000;9;60000000;10;50000000;2;10000000;2;;;;;
   |                                                                                ^
   = saran: (13) tidak dijumlahkan atas triwulan yang kurang; isi sel ini bila triwulannya sudah berjalan

--- exit 0
