$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW3 --format md
--- stdout
## BKPSDM Kabupaten Contoh (sampel) — TW III 2024

### Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian kinerja

| No | Rentang | Predikat | Jumlah IKU | Persentase (%) |
| ---: | --- | --- | ---: | ---: |
| 1 | x ≥ 100 | Sangat memuaskan | 1 | 33,3 |
| 2 | 85 ≤ x \< 100 | Sangat Baik | 2 | 66,7 |
| 3 | 70 ≤ x \< 85 | Baik | 0 | 0,0 |
| 4 | 55 ≤ x \< 70 | Cukup | 0 | 0,0 |
| 5 | x \< 55 | Kurang | 0 | 0,0 |
|  |  | Jumlah | 3 | 100,0 |

### Capaian Kinerja TW III 2024

| No | Indikator | Tingkat | Satuan | Target | Target untuk | Realisasi | Capaian (%) | Predikat | Kategori |
| ---: | --- | --- | --- | ---: | --- | ---: | ---: | --- | --- |
|  | **Indikator Kinerja Sasaran** |  |  |  |  |  |  |  |  |
| 1 | Dokumen analisis kebutuhan formasi ASN yang diselesaikan | sasaran | dokumen | 9 | TW I s.d. TW III 2024 | 9 | 100,0 | Sangat memuaskan | - |
| 2 | Indeks kepuasan layanan kepegawaian | sasaran | indeks | 82 | 2024 | 81,9 | 99,88 | Sangat Baik | - |
| 3 | Layanan kepegawaian yang selesai tepat waktu | sasaran | persen | 95,00 | 2024 | 93,58 | 98,5 | Sangat Baik | - |

Tanpa target TW III 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024); Layanan kepegawaian yang selesai tepat waktu (target 2024). Target s.d. TW III 2024 (jumlah target TW I s.d. TW III 2024, kumulatif jumlah): Dokumen analisis kebutuhan formasi ASN yang diselesaikan.

### Realisasi TW III 2024 dan Kumulatif

| No | Indikator | Satuan | Kumulatif | Target TW III 2024 | Realisasi TW III 2024 | Capaian TW III 2024 (%) | Target s.d. TW III 2024 | Realisasi s.d. TW III 2024 | Capaian s.d. TW III 2024 (%) |
| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 1 | Dokumen analisis kebutuhan formasi ASN yang diselesaikan | dokumen | jumlah | 3 | 3 | 100,0 | 9 | 9 | 100,0 |
| 2 | Indeks kepuasan layanan kepegawaian | indeks | akhir | - | 81,9 | - | 82 | 81,9 | 99,88 |
| 3 | Layanan kepegawaian yang selesai tepat waktu | persen | rata | - | 95,00 | - | 95,00 | 93,58 | 98,5 |

Realisasi s.d. TW III 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW III 2024 hanya bila target TW III 2024 sendiri ditulis.

### Perbandingan Realisasi dan Target Renstra

| Indikator | Realisasi TW III 2023 | Realisasi TW III 2024 | Target TW IV 2024 | Target 2025 | Target 2026 |
| --- | ---: | ---: | ---: | ---: | ---: |
| Dokumen analisis kebutuhan formasi ASN yang diselesaikan | 6 | 9 | 3 | 12 | 12 |
| Indeks kepuasan layanan kepegawaian | 80,2 | 81,9 | - | 83 | 84 |
| Layanan kepegawaian yang selesai tepat waktu | 90,17 | 93,58 | - | 96,00 | 97,00 |

### Target, Realisasi dan Capaian TW III 2023–TW III 2024

| Indikator | Periode | Target | Realisasi | Capaian (%) | Predikat |
| --- | --- | ---: | ---: | ---: | --- |
| Dokumen analisis kebutuhan formasi ASN yang diselesaikan | TW III 2023 | - | 6 | - | - |
|  | TW III 2024 | 9 | 9 | 100,0 | Sangat memuaskan |
| Indeks kepuasan layanan kepegawaian | TW III 2023 | - | 80,2 | - | - |
|  | TW III 2024 | 82 | 81,9 | 99,88 | Sangat Baik |
| Layanan kepegawaian yang selesai tepat waktu | TW III 2023 | - | 90,17 | - | - |
|  | TW III 2024 | 95,00 | 93,58 | 98,5 | Sangat Baik |

Capaian tiap periode dihitung dari target dan realisasi periode itu dengan rumus capaian indikatornya.

### Perbandingan Realisasi TW III 2024 dengan Provinsi dan Nasional

| Indikator | Realisasi TW III 2024 | Pembanding | Periode | Nilai Pembanding | Selisih | Keterangan |
| --- | ---: | --- | --- | ---: | ---: | --- |
| Indeks kepuasan layanan kepegawaian | 81,9 | Provinsi | TW II 2024 | 82,1 | -0,2 | di bawah 0,2 |
|  | 81,9 | Nasional | 2023 | 80,4 | 1,5 | di atas 1,5 |

Selisih = realisasi dikurangi nilai pembanding; nilai pembanding adalah angka terakhir yang diketahui sampai akhir periode laporan, dengan periodenya.

### Selisih Realisasi TW III 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra

| Indikator | Pembanding | Nilai Pembanding | Realisasi TW III 2024 | Selisih | Keterangan |
| --- | --- | ---: | ---: | ---: | --- |
| Dokumen analisis kebutuhan formasi ASN yang diselesaikan | Target TW III 2024 | 9 | 9 | 0 | sama dengan target |
|  | Realisasi TW III 2023 | 6 | 9 | 3 | naik |
|  | Target Renstra 2025 | 12 | 9 | 3 | perlu peningkatan |
|  | Target Renstra 2026 | 12 | 9 | 3 | perlu peningkatan |
| Indeks kepuasan layanan kepegawaian | Target 2024 | 82 | 81,9 | -0,1 | di bawah target |
|  | Realisasi TW III 2023 | 80,2 | 81,9 | 1,7 | naik |
|  | Target Renstra 2025 | 83 | 81,9 | 1,1 | perlu peningkatan |
|  | Target Renstra 2026 | 84 | 81,9 | 2,1 | perlu peningkatan |
| Layanan kepegawaian yang selesai tepat waktu | Target 2024 | 95,00 | 93,58 | -1,42 | di bawah target |
|  | Realisasi TW III 2023 | 90,17 | 93,58 | 3,41 | naik |
|  | Target Renstra 2025 | 96,00 | 93,58 | 2,42 | perlu peningkatan |
|  | Target Renstra 2026 | 97,00 | 93,58 | 3,42 | perlu peningkatan |

Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.

### Realisasi Anggaran TW III 2024

| Kode | Uraian | Tingkat | Pagu (Rp) | Rencana TW III (Rp) | Realisasi TW III (Rp) | Serapan TW III (%) | Rencana s.d. TW III (Rp) | Realisasi s.d. TW III (Rp) | Serapan thd Rencana (%) | Serapan thd Pagu (%) | Predikat |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| A | Program Pengembangan Sumber Daya Manusia | Program | 1.600.000.000 | 410.000.000 | 409.770.000 | 99,94 | 1.210.000.000 | 1.162.970.000 | 96,11 | 72,69 | - |
| A.1 | Pengembangan Kompetensi ASN | Kegiatan | 1.440.000.000 | 360.000.000 | 357.620.000 | 99,34 | 1.080.000.000 | 1.045.020.000 | 96,76 | 72,57 | - |
| A.1.1 | Penyelenggaraan Pelatihan Teknis | Sub Kegiatan | 1.200.000.000 | 300.000.000 | 298.720.000 | 99,57 | 900.000.000 | 880.270.000 | 97,81 | 73,36 | - |
| A.1.2 | Penyelenggaraan Uji Kompetensi | Sub Kegiatan | 240.000.000 | 60.000.000 | 58.900.000 | 98,17 | 180.000.000 | 164.750.000 | 91,53 | 68,65 | - |
| A.2 | Analisis Jabatan | Kegiatan | 160.000.000 | 50.000.000 | 52.150.000 | 104,30 | 130.000.000 | 117.950.000 | 90,73 | 73,72 | - |
| A.2.1 | Penyusunan Anjab dan ABK | Sub Kegiatan | 160.000.000 | 50.000.000 | 52.150.000 | 104,30 | 130.000.000 | 117.950.000 | 90,73 | 73,72 | - |
|  | Jumlah |  | 1.600.000.000 | 410.000.000 | 409.770.000 | 99,94 | 1.210.000.000 | 1.162.970.000 | 96,11 | 72,69 | - |

### Evaluasi Hasil Renja TW III 2024

| Kode | Uraian | Indikator | Satuan | (6) Target Renstra K | (6) Target Renstra Rp | (7) Realisasi s.d. Tahun Lalu K | (7) Realisasi s.d. Tahun Lalu Rp | (8) Target Renja K | (8) Target Renja Rp | (9) TW I K | (9) TW I Rp | (10) TW II K | (10) TW II Rp | (11) TW III K | (11) TW III Rp | (12) TW IV K | (12) TW IV Rp | (13) Realisasi Tahun Ini K | (13) Realisasi Tahun Ini Rp | (14) Capaian Renja (%) K | (14) Capaian Renja (%) Rp | (15) Realisasi Renstra K | (15) Realisasi Renstra Rp | (16) Capaian Renstra (%) K | (16) Capaian Renstra (%) Rp | Predikat K | Predikat Rp |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
| A | Program Pengembangan Sumber Daya Manusia | Jumlah ASN yang mengikuti pengembangan kompetensi | orang | 1.200 | 4.800.000.000 | 0 | 0 | 400 | 1.600.000.000 | 80 | 335.150.000 | 120 | 418.050.000 | 110 | 409.770.000 | - | - | 310 | 1.162.970.000 | 77,50 | 72,69 | 310 | 1.162.970.000 | 25,83 | 24,23 | Tinggi | Sedang |
| A | Program Pengembangan Sumber Daya Manusia | Dokumen analisis jabatan yang ditetapkan | dokumen | 30 |  | 0 |  | 10 |  | 2 |  | 3 |  | 3 |  | - |  | 8 |  | 80,00 |  | 8 |  | 26,67 |  | Tinggi |  |
| A.1 | Pengembangan Kompetensi ASN | Jumlah peserta pelatihan teknis | orang | 900 | 4.320.000.000 | 0 | 0 | 300 | 1.440.000.000 | 70 | 316.650.000 | 95 | 370.750.000 | 80 | 357.620.000 | - | - | 245 | 1.045.020.000 | 81,67 | 72,57 | 245 | 1.045.020.000 | 27,22 | 24,19 | Tinggi | Sedang |
| A.1.1 | Penyelenggaraan Pelatihan Teknis | Kelas pelatihan teknis yang diselenggarakan | kelas | 36 | 3.600.000.000 | 0 | 0 | 12 | 1.200.000.000 | 3 | 285.400.000 | 4 | 296.150.000 | 3 | 298.720.000 | - | - | 10 | 880.270.000 | 83,33 | 73,36 | 10 | 880.270.000 | 27,78 | 24,45 | Tinggi | Sedang |
| A.1.2 | Penyelenggaraan Uji Kompetensi | Peserta uji kompetensi | orang | 450 | 720.000.000 | 0 | 0 | 150 | 240.000.000 | 30 | 31.250.000 | 45 | 74.600.000 | 40 | 58.900.000 | - | - | 115 | 164.750.000 | 76,67 | 68,65 | 115 | 164.750.000 | 25,56 | 22,88 | Tinggi | Sedang |
| A.2 | Analisis Jabatan | Jabatan yang dianalisis | jabatan | 180 | 480.000.000 | 0 | 0 | 60 | 160.000.000 | 12 | 18.500.000 | 18 | 47.300.000 | 15 | 52.150.000 | - | - | 45 | 117.950.000 | 75,00 | 73,72 | 45 | 117.950.000 | 25,00 | 24,57 | Sedang | Sedang |
| A.2.1 | Penyusunan Anjab dan ABK | Dokumen anjab dan ABK yang disusun | dokumen | 30 | 480.000.000 | 0 | 0 | 10 | 160.000.000 | 2 | 18.500.000 | 3 | 47.300.000 | 3 | 52.150.000 | - | - | 8 | 117.950.000 | 80,00 | 73,72 | 8 | 117.950.000 | 26,67 | 24,57 | Tinggi | Sedang |

(13) = (9)+(10)+(11)+(12) atas TW I-III; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | rules/contoh-triwulan.ind |  | 222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059 |
| data | examples/contoh-triwulan/2024-TW3/realisasi.csv |  | a1a210b318b1767c9446c2daae5e3720e0362abb6f5cd46d9247979926d9e6aa |
| data | examples/contoh-triwulan/2024-TW3/anggaran.csv |  | e7e586da6d3c18698717ee64adfdfdbd37a476bdd30f479b7db1f5c6bc69c6c7 |
| data | examples/contoh-triwulan/2024-TW3/renja.csv |  | 3d271a26c2022f11f3ef2f10d551717d2eb4aba027bccd4c562df25e03a08d66 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
