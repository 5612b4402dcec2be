$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format md --locale en
--- stdout
## BKPSDM Kabupaten Pasuruan — 2024

### Rekapitulasi Capaian Indikator Kinerja Utama — Rentang capaian kinerja

| No | Rentang | Predikat | Jumlah IKU | Persentase (%) |
| ---: | --- | --- | ---: | ---: |
| 1 | x ≥ 100 | Sangat memuaskan | 3 | 100.0 |
| 2 | 85 ≤ x \< 100 | Sangat Baik | 0 | 0.0 |
| 3 | 70 ≤ x \< 85 | Baik | 0 | 0.0 |
| 4 | 55 ≤ x \< 70 | Cukup | 0 | 0.0 |
| 5 | x \< 55 | Kurang | 0 | 0.0 |
|  |  | Jumlah | 3 | 100.0 |

### Rekapitulasi Daya Serap Anggaran per Program — Rentang capaian daya serap anggaran

| No | Rentang | Predikat | Jumlah Program | Persentase (%) |
| ---: | --- | --- | ---: | ---: |
| 1 | x ≥ 100 | Sangat memuaskan | 0 | 0.0 |
| 2 | 85 ≤ x \< 100 | Sangat Baik | 1 | 33.3 |
| 3 | 70 ≤ x \< 85 | Baik | 2 | 66.7 |
| 4 | 55 ≤ x \< 70 | Cukup | 0 | 0.0 |
| 5 | x \< 55 | Kurang | 0 | 0.0 |
|  |  | Jumlah | 3 | 100.0 |

### Capaian Kinerja 2024

| No | Indikator | Tingkat | Satuan | Target | Realisasi | Capaian (%) | Predikat | Kategori |
| ---: | --- | --- | --- | ---: | ---: | ---: | --- | --- |
|  | **Indikator Kinerja Tujuan** |  |  |  |  |  |  |  |
| 1 | Indeks Profesionalitas ASN | tujuan | indeks | 71.17 | 77.32 | 108.6 | Sangat memuaskan | Sedang |
|  | **Indikator Kinerja Sasaran** |  |  |  |  |  |  |  |
| 2 | Indeks Sistem Merit | sasaran | nilai | 281.5 | 297.5 | 105.7 | Sangat memuaskan | - |
| 3 | Nilai SAKIP | sasaran | nilai | 82.10 | 82.10 | 100.00 | Sangat memuaskan | A |
|  | **Indikator Kinerja Program** |  |  |  |  |  |  |  |
| 4 | Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi | program | persen | 84 | 82 | 98 | - | - |
| 5 | Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan | program | nilai | 234 | 244 | 104 | - | - |
| 6 | Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai | program | nilai | 71.5 | 52.5 | 73 | - | - |

### Perbandingan Realisasi dan Target Renstra

| Indikator | Realisasi 2022 | Realisasi 2023 | Realisasi 2024 | Target 2025 | Target 2026 |
| --- | ---: | ---: | ---: | ---: | ---: |
| Indeks Profesionalitas ASN | 54.67 | 71.17 | 77.32 | 77.34 | 77.35 |
| Indeks Sistem Merit | 258.0 | 281.5 | 297.5 | 296.7 | 296.8 |
| Nilai SAKIP | 81.64 | 82.05 | 82.10 | 82.12 | 82.15 |
| Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi | - | - | 82 | - | - |
| Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan | - | - | 244 | - | - |
| Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai | - | - | 52.5 | - | - |

### Target, Realisasi dan Capaian 2022–2024

| Indikator | Tahun | Target | Realisasi | Capaian (%) | Predikat | Kategori |
| --- | --- | ---: | ---: | ---: | --- | --- |
| Indeks Profesionalitas ASN | 2022 | - | 54.67 | - | - | Sangat Rendah |
|  | 2023 | - | 71.17 | - | - | Sedang |
|  | 2024 | 71.17 | 77.32 | 108.6 | Sangat memuaskan | Sedang |
| Indeks Sistem Merit | 2022 | - | 258.0 | - | - | - |
|  | 2023 | - | 281.5 | - | - | - |
|  | 2024 | 281.5 | 297.5 | 105.7 | Sangat memuaskan | - |
| Nilai SAKIP | 2022 | - | 81.64 | - | - | A |
|  | 2023 | - | 82.05 | - | - | A |
|  | 2024 | 82.10 | 82.10 | 100.00 | Sangat memuaskan | A |

Capaian tiap tahun dihitung dari target dan realisasi tahun itu dengan rumus capaian indikatornya.

### Perbandingan Realisasi 2024 dengan Provinsi Jawa Timur dan Nasional

| Indikator | Realisasi 2024 | Pembanding | Tahun | Nilai Pembanding | Selisih | Keterangan |
| --- | ---: | --- | --- | ---: | ---: | --- |
| Indeks Profesionalitas ASN | 77.32 | Provinsi Jawa Timur | 2024 | 87.67 | -10.35 | di bawah 10.35 |
|  | 77.32 | Nasional | 2023 | 81.71 | -4.39 | di bawah 4.39 |
| Indeks Sistem Merit | 297.5 | Provinsi Jawa Timur | 2024 | 383.0 | -85.5 | di bawah 85.5 |
|  | 297.5 | Nasional | 2024 | - | - | tidak tersedia |
| Nilai SAKIP | 82.10 | Provinsi Jawa Timur | 2023 | 94.16 | -12.06 | di bawah 12.06 |
|  | 82.10 | Nasional | 2023 | 68.82 | 13.28 | di atas 13.28 |

Selisih = realisasi dikurangi nilai pembanding; nilai pembanding adalah angka terakhir yang diketahui sampai tahun laporan, dengan tahunnya.

### Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra

| Indikator | Pembanding | Nilai Pembanding | Realisasi 2024 | Selisih | Keterangan |
| --- | --- | ---: | ---: | ---: | --- |
| Indeks Profesionalitas ASN | Target 2024 | 71.17 | 77.32 | 6.15 | di atas target |
|  | Realisasi 2023 | 71.17 | 77.32 | 6.15 | naik |
|  | Realisasi 2022 | 54.67 | 77.32 | 22.65 | naik |
|  | Target Renstra 2025 | 77.34 | 77.32 | 0.02 | perlu peningkatan |
|  | Target Renstra 2026 | 77.35 | 77.32 | 0.03 | perlu peningkatan |
| Indeks Sistem Merit | Target 2024 | 281.5 | 297.5 | 16.0 | di atas target |
|  | Realisasi 2023 | 281.5 | 297.5 | 16.0 | naik |
|  | Realisasi 2022 | 258.0 | 297.5 | 39.5 | naik |
|  | Target Renstra 2025 | 296.7 | 297.5 | -0.8 | sudah tercapai |
|  | Target Renstra 2026 | 296.8 | 297.5 | -0.7 | sudah tercapai |
| Nilai SAKIP | Target 2024 | 82.10 | 82.10 | 0.00 | sama dengan target |
|  | Realisasi 2023 | 82.05 | 82.10 | 0.05 | naik |
|  | Realisasi 2022 | 81.64 | 82.10 | 0.46 | naik |
|  | Target Renstra 2025 | 82.12 | 82.10 | 0.02 | perlu peningkatan |
|  | Target Renstra 2026 | 82.15 | 82.10 | 0.05 | perlu peningkatan |
| Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi | Target 2024 | 84 | 82 | -2 | di bawah target |
| Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan | Target 2024 | 234 | 244 | 10 | di atas target |
| Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai | Target 2024 | 71.5 | 52.5 | -19.0 | di bawah target |

Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.

### Nilai Komponen

| Nilai | Uraian | Angka |
| --- | --- | ---: |
| ip_asn_pns | IP ASN PNS | 79.92 |
| ip_asn_pppk | IP ASN PPPK | 74.71 |

### Rincian Indeks Profesionalitas ASN per dimensi

| dimensi | pns | pppk |
| --- | ---: | ---: |
| Kualifikasi | 20.72 | 24.95 |
| Kompetensi | 29.21 | 19.90 |
| Kinerja | 24.99 | 24.86 |
| Disiplin | 5.00 | 5.00 |
| Jumlah | 79.92 | 74.71 |

Sumber: ipasn_dimensi.csv; dipakai oleh: Indeks Profesionalitas ASN; IP ASN PNS; IP ASN PPPK.

### Rincian Skor aspek Sistem Merit

| no | aspek | skor |
| ---: | --- | ---: |
| 1 | Perencanaan kebutuhan | 40.0 |
| 2 | Pengadaan | 40.0 |
| 3 | Pengembangan karir | 63.0 |
| 4 | Promosi dan Mutasi | 20.0 |
| 5 | Manajemen Kinerja | 68.0 |
| 6 | Penggajian, Penghargaan dan Disiplin | 37.5 |
| 7 | Perlindungan dan Pelayanan | 12.0 |
| 8 | Sistem Informasi | 17.0 |
|  | Jumlah | 297.5 |

Sumber: merit_aspek.csv; dipakai oleh: Indeks Sistem Merit.

### Rincian Komponen evaluasi AKIP

| komponen | bobot | nilai |
| --- | ---: | ---: |
| Perencanaan Kinerja | 30 | 26.10 |
| Pengukuran Kinerja | 30 | 24.00 |
| Pelaporan Kinerja | 15 | 12.00 |
| Evaluasi Akuntabilitas Kinerja Internal | 25 | 20.00 |
| Jumlah |  | 82.10 |

Sumber: sakip_komponen.csv; dipakai oleh: Nilai SAKIP.

### Pagu Anggaran Sebelum dan Sesudah Perubahan 2024

| Kode | Uraian | Pagu Sebelum Perubahan (Rp) | Pagu Sesudah Perubahan (Rp) | Selisih (Rp) | Perubahan (%) |
| --- | --- | ---: | ---: | ---: | ---: |
| A | Program Penunjang Urusan Pemerintahan Daerah Kab/Kota | 10,731,527,542 | 10,656,768,771 | -74,758,771 | -0.70 |
| B | Program Kepegawaian Daerah | 3,398,999,531 | 2,379,958,107 | -1,019,041,424 | -29.98 |
| C | Program Pengembangan Sumber Daya Manusia | 1,360,252,230 | 1,253,087,230 | -107,165,000 | -7.88 |
|  | Jumlah | 15,490,779,303 | 14,289,814,108 | -1,200,965,195 | -7.75 |

Selisih = pagu sesudah dikurangi pagu sebelum perubahan; perubahan (%) = selisih / pagu sebelum x 100, dibulatkan setengah ke atas dua desimal.

### Realisasi Anggaran 2024

| Kode | Uraian | Tingkat | Pagu (Rp) | Realisasi (Rp) | Serapan (%) | Predikat |
| --- | --- | --- | ---: | ---: | ---: | --- |
| A | Program Penunjang Urusan Pemerintahan Daerah Kab/Kota | Program | 10,656,768,771 | 9,981,255,308 | 93.66 | Sangat Baik |
| A.1 | Administrasi Keuangan Perangkat Daerah | Kegiatan | 9,210,696,084 | 8,666,217,451 | 94.09 | Sangat Baik |
| A.1.1 | Penyediaan Gaji dan Tunjangan ASN | Sub Kegiatan | 8,606,303,544 | 8,072,123,141 | 93.79 | Sangat Baik |
| A.1.2 | Penyediaan Administrasi Pelaksanaan Tugas ASN | Sub Kegiatan | 501,912,540 | 496,104,310 | 98.84 | Sangat Baik |
| A.1.3 | Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD | Sub Kegiatan | 102,480,000 | 97,990,000 | 95.62 | Sangat Baik |
| A.2 | Administrasi Kepegawaian Perangkat Daerah | Kegiatan | 90,630,000 | 64,899,100 | 71.61 | Baik |
| A.2.1 | Sosialisasi Peraturan Perundang-Undangan | Sub Kegiatan | 90,630,000 | 64,899,100 | 71.61 | Baik |
| A.3 | Administrasi Umum Perangkat Daerah | Kegiatan | 518,679,922 | 491,391,589 | 94.74 | Sangat Baik |
| A.3.1 | Penyediaan Bahan Logistik Kantor | Sub Kegiatan | 158,489,252 | 151,921,325 | 95.86 | Sangat Baik |
| A.3.2 | Penyediaan Barang Cetakan dan Penggandaan | Sub Kegiatan | 112,978,470 | 107,533,150 | 95.18 | Sangat Baik |
| A.3.3 | Fasilitasi Kunjungan Tamu | Sub Kegiatan | 10,312,200 | 9,176,700 | 88.99 | Sangat Baik |
| A.3.4 | Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD | Sub Kegiatan | 236,900,000 | 222,760,414 | 94.03 | Sangat Baik |
| A.4 | Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah | Kegiatan | 101,061,120 | 82,490,000 | 81.62 | Baik |
| A.4.1 | Pengadaan Peralatan dan Mesin Lainnya | Sub Kegiatan | 101,061,120 | 82,490,000 | 81.62 | Baik |
| A.5 | Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah | Kegiatan | 259,879,195 | 236,313,829 | 90.93 | Sangat Baik |
| A.5.1 | Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik | Sub Kegiatan | 199,110,885 | 180,501,329 | 90.65 | Sangat Baik |
| A.5.2 | Penyediaan Jasa Peralatan dan Perlengkapan Kantor | Sub Kegiatan | 60,768,310 | 55,812,500 | 91.84 | Sangat Baik |
| A.6 | Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah | Kegiatan | 475,822,450 | 439,943,339 | 92.46 | Sangat Baik |
| A.6.1 | Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan | Sub Kegiatan | 181,767,450 | 151,312,439 | 83.25 | Baik |
| A.6.2 | Pemeliharaan Peralatan dan Mesin Lainnya | Sub Kegiatan | 64,815,000 | 62,463,500 | 96.37 | Sangat Baik |
| A.6.3 | Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya | Sub Kegiatan | 229,240,000 | 226,167,400 | 98.66 | Sangat Baik |
| B | Program Kepegawaian Daerah | Program | 2,379,958,107 | 1,991,707,604 | 83.69 | Baik |
| B.1 | Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN | Kegiatan | 680,431,987 | 629,901,801 | 92.57 | Sangat Baik |
| B.1.1 | Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN | Sub Kegiatan | 6,109,000 | 5,257,450 | 86.06 | Sangat Baik |
| B.1.2 | Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK | Sub Kegiatan | 534,694,009 | 498,323,570 | 93.20 | Sangat Baik |
| B.1.3 | Koordinasi Pelaksanaan Administrasi Pemberhentian | Sub Kegiatan | 63,306,026 | 56,247,601 | 88.85 | Sangat Baik |
| B.1.4 | Fasilitasi Lembaga Profesi ASN | Sub Kegiatan | 5,982,000 | 5,081,000 | 84.94 | Baik |
| B.1.5 | Pengelolaan Sistem Informasi Kepergawaihan | Sub Kegiatan | 19,264,000 | 17,460,640 | 90.64 | Sangat Baik |
| B.1.6 | Pengelolaan Data Kepegawaian | Sub Kegiatan | 51,076,952 | 47,531,540 | 93.06 | Sangat Baik |
| B.2 | Mutasi dan Promosi ASN | Kegiatan | 551,509,020 | 327,578,389 | 59.40 | Cukup |
| B.2.1 | Pengelolaan Mutasi ASN | Sub Kegiatan | 218,243,400 | 96,665,312 | 44.29 | Kurang |
| B.2.2 | Pengelolaan Kenaikan Pangkat ASN | Sub Kegiatan | 63,060,020 | 35,059,527 | 55.60 | Cukup |
| B.2.3 | Pengelolaan Promosi ASN | Sub Kegiatan | 270,205,600 | 195,853,550 | 72.48 | Baik |
| B.3 | Pengembangan Kompetensi ASN | Kegiatan | 789,075,100 | 714,391,642 | 90.54 | Sangat Baik |
| B.3.1 | Peningkatan Kapasitas Kinerja ASN | Sub Kegiatan | 446,047,000 | 397,598,443 | 89.14 | Sangat Baik |
| B.3.2 | Pengelolaan Assesment Center | Sub Kegiatan | 50,133,100 | 38,031,000 | 75.86 | Baik |
| B.3.3 | Pengeloaan Administrasi Diklat dan Sertifikasi ASN | Sub Kegiatan | 238,645,000 | 226,742,699 | 95.01 | Sangat Baik |
| B.3.4 | Fasilitasi Sertifikasi Jabatan ASN | Sub Kegiatan | 54,250,000 | 52,019,500 | 95.89 | Sangat Baik |
| B.4 | Penilaian dan Evaluasi Kinerja Aparatur | Kegiatan | 358,942,000 | 319,835,772 | 89.11 | Sangat Baik |
| B.4.1 | Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur | Sub Kegiatan | 95,904,800 | 87,614,198 | 91.36 | Sangat Baik |
| B.4.2 | Pengelolaan Pemberian Penghargaan Bagi Pegawai | Sub Kegiatan | 141,981,500 | 140,168,340 | 98.72 | Sangat Baik |
| B.4.3 | Pengelolaan Penyelesaian Pelanggaran Disiplin ASN | Sub Kegiatan | 121,055,700 | 92,053,234 | 76.04 | Baik |
| C | Program Pengembangan Sumber Daya Manusia | Program | 1,253,087,230 | 1,032,961,861 | 82.43 | Baik |
| C.1 | Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional | Kegiatan | 1,253,087,230 | 1,032,961,861 | 82.43 | Baik |
| C.1.1 | Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional, Kepemimpinan, dan Prajabatan | Sub Kegiatan | 255,737,500 | 73,945,611 | 28.91 | Kurang |
| C.1.2 | Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan, Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi, Pengelolaan Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan Sumber Belajar, dan Kerjasama, serta Pengembangan Kompetensi Pimpinan Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan Prajabatan Tinggi, Jabatan Fungsional, Kepemimpinan dan Prajabatan | Sub Kegiatan | 997,349,730 | 959,016,250 | 96.16 | Sangat Baik |
|  | Jumlah |  | 14,289,814,108 | 13,005,924,773 | 91.02 | Sangat Baik |

### Efisiensi Penggunaan Sumber Daya

| Indikator | Capaian Kinerja (%) | Pagu (Rp) | Realisasi (Rp) | Serapan (%) | Efisiensi (%) | Tingkat Efisiensi |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
| Indeks Profesionalitas ASN | 108.6 | 14,289,814,108 | 13,005,924,773 | 91.02 | 119 | Sangat efisiensi |
| Indeks Sistem Merit | 105.7 | 3,633,045,337 | 3,024,669,465 | 83.25 | 127 | Sangat efisiensi |
| Nilai SAKIP | 100.00 | 10,656,768,771 | 9,981,255,308 | 93.66 | 107 | Efisiensi |
| Persentase dokumen/laporan administrasi PD yang baik/sesuai regulasi | 98 | 10,656,768,771 | 9,981,255,308 | 93.66 | 105 | Efisiensi |
| Nilai aspek kinerja dan penempatan ASN sesuai formasi dan jabatan | 104 | 2,379,958,107 | 1,991,707,604 | 83.69 | 124 | Sangat efisiensi |
| Nilai aspek pengembangan karier dan peningkatan kompetensi pegawai | 73 | 1,253,087,230 | 1,032,961,861 | 82.43 | 89 | Tidak efisiensi |

### Pemeriksaan data

| No | Syarat | Hasil | Sisi kiri | Sisi kanan | Keterangan | Dasar |
| ---: | --- | --- | --- | --- | --- | --- |
| 1 | Nilai komponen AKIP tidak melebihi bobotnya | terpenuhi |  |  | 4 baris tabel sakip_komponen diperiksa | PermenPANRB 88/2021, Lampiran: bobot komponen 30/30/15/25 |
| 2 | Bobot komponen AKIP berjumlah 100 | terpenuhi | 100 | 100 |  | PermenPANRB 88/2021, Lampiran |

Setiap syarat yang berlaku dipenuhi data periode ini.

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | rules/kab-pasuruan.ind |  | cde1f986cb455e251d85ae80ddcac667ae3e8ccc45f77bc996787f7c3a7c2bab |
| modul | stdlib/capaian.ind | pustaka standar versi 1 | 0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12 |
| modul | stdlib/efisiensi.ind | pustaka standar versi 1 | 765fe587f602a470edd68b8d4c7a082ccf7b847ee4949986db6caabf2591d510 |
| modul | stdlib/ipasn.ind | pustaka standar versi 1 | b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8 |
| modul | stdlib/skp.ind | pustaka standar versi 1 | f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e |
| modul | stdlib/sakip.ind | pustaka standar versi 1 | f451084bb2ee33a85703f387ca8a003f025ad2723bd42f6ba5bbc0d5b4d573c5 |
| data | examples/kab-pasuruan/2024/ipasn_dimensi.csv |  | 1af3258e1f418d28559b53263b3cffa3092e793d81b885bafacf4e9f2a276bd1 |
| data | examples/kab-pasuruan/2024/merit_aspek.csv |  | 17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8 |
| data | examples/kab-pasuruan/2024/sakip_komponen.csv |  | 32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2 |
| data | examples/kab-pasuruan/2024/realisasi.csv |  | 1010f5207a89c1791188d5a31de11ecf1a7bc501feb2a53dd0f67d11066197f2 |
| data | examples/kab-pasuruan/2024/anggaran.csv |  | 8f22723516fee67b5212bc71cb5c2ad38219bc9ae1de46b111d0c52c860831be |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
