$ ind eval rules/kota-blitar.ind --data examples/kota-blitar/2023 --format md
--- stdout
## BKPSDM Kota Blitar — 2023

### Rekapitulasi Capaian Indikator Kinerja Utama — Pemberian atribut capaian indikator kinerja

| No | Rentang | Predikat | Jumlah IKU | Persentase (%) |
| ---: | --- | --- | ---: | ---: |
| 1 | x ≥ 85 | Sangat berhasil | 4 | 100,0 |
| 2 | 70 ≤ x \< 85 | Berhasil | 0 | 0,0 |
| 3 | 55 ≤ x \< 70 | Cukup berhasil | 0 | 0,0 |
| 4 | x \< 55 | Tidak berhasil | 0 | 0,0 |
|  |  | Jumlah | 4 | 100,0 |

### Capaian Kinerja 2023

| No | Indikator | Tingkat | Satuan | Target | Realisasi | Capaian (%) | Predikat | Kategori |
| ---: | --- | --- | --- | ---: | ---: | ---: | --- | --- |
|  | **Indikator Kinerja Tujuan** |  |  |  |  |  |  |  |
| 1 | Indeks Profesionalitas ASN | tujuan | nilai | 80,20 | 70,89 | 88,39 | Sangat berhasil | - |
|  | **Indikator Kinerja Sasaran** |  |  |  |  |  |  |  |
| 2 | Indeks Sistem Merit | sasaran | nilai | 270,00 | 271,50 | 100,56 | Sangat berhasil | Baik |
| 3 | Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN | sasaran | persen | 13,02 | 75,91 | 583,03 | Sangat berhasil | - |
| 4 | Nilai SAKIP Perangkat Daerah | sasaran | nilai | 86,35 | 85,49 | 99,00 | Sangat berhasil | - |

### Perbandingan Realisasi dan Target Renstra

| Indikator | Realisasi 2020 | Realisasi 2022 | Realisasi 2023 | Target 2026 |
| --- | ---: | ---: | ---: | ---: |
| Indeks Profesionalitas ASN | 78,54 | - | 70,89 | - |
| Indeks Sistem Merit | 208,00 | 262,00 | 271,50 | 300,00 |
| Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN | 8,30 | 49,00 | 75,91 | 51,00 |
| Nilai SAKIP Perangkat Daerah | 86,30 | 85,16 | 85,49 | 86,38 |

### Target, Realisasi dan Capaian 2020–2023

| Indikator | Tahun | Target | Realisasi | Capaian (%) | Predikat | Kategori |
| --- | --- | ---: | ---: | ---: | --- | --- |
| Indeks Profesionalitas ASN | 2020 | - | 78,54 | - | - | - |
|  | 2023 | 80,20 | 70,89 | 88,39 | Sangat berhasil | - |
| Indeks Sistem Merit | 2020 | - | 208,00 | - | - | Kurang |
|  | 2022 | 260,00 | 262,00 | 100,77 | Sangat berhasil | Baik |
|  | 2023 | 270,00 | 271,50 | 100,56 | Sangat berhasil | Baik |
| Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN | 2020 | - | 8,30 | - | - | - |
|  | 2022 | 11,32 | 49,00 | 432,86 | Sangat berhasil | - |
|  | 2023 | 13,02 | 75,91 | 583,03 | Sangat berhasil | - |
| Nilai SAKIP Perangkat Daerah | 2020 | - | 86,30 | - | - | - |
|  | 2022 | 86,30 | 85,16 | 98,68 | Sangat berhasil | - |
|  | 2023 | 86,35 | 85,49 | 99,00 | Sangat berhasil | - |

Capaian tiap tahun dihitung dari target dan realisasi tahun itu dengan rumus capaian indikatornya.

### Selisih Realisasi 2023 terhadap Target, Tahun Sebelumnya dan Target Renstra

| Indikator | Pembanding | Nilai Pembanding | Realisasi 2023 | Selisih | Keterangan |
| --- | --- | ---: | ---: | ---: | --- |
| Indeks Profesionalitas ASN | Target 2023 | 80,20 | 70,89 | -9,31 | di bawah target |
|  | Realisasi 2020 | 78,54 | 70,89 | -7,65 | turun |
| Indeks Sistem Merit | Target 2023 | 270,00 | 271,50 | 1,50 | di atas target |
|  | Realisasi 2022 | 262,00 | 271,50 | 9,50 | naik |
|  | Realisasi 2020 | 208,00 | 271,50 | 63,50 | naik |
|  | Target Renstra 2026 | 300,00 | 271,50 | 28,50 | perlu peningkatan |
| Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN | Target 2023 | 13,02 | 75,91 | 62,89 | di atas target |
|  | Realisasi 2022 | 49,00 | 75,91 | 26,91 | naik |
|  | Realisasi 2020 | 8,30 | 75,91 | 67,61 | naik |
|  | Target Renstra 2026 | 51,00 | 75,91 | -24,91 | sudah tercapai |
| Nilai SAKIP Perangkat Daerah | Target 2023 | 86,35 | 85,49 | -0,86 | di bawah target |
|  | Realisasi 2022 | 85,16 | 85,49 | 0,33 | naik |
|  | Realisasi 2020 | 86,30 | 85,49 | -0,81 | turun |
|  | Target Renstra 2026 | 86,38 | 85,49 | 0,89 | perlu peningkatan |

Selisih terhadap target dan tahun sebelumnya = realisasi dikurangi pembanding; terhadap target Renstra = kekurangan yang masih perlu dicapai.

### Nilai Komponen

| Nilai | Uraian | Angka |
| --- | --- | ---: |
| kemajuan_sistem_merit | Tingkat kemajuan Indeks Sistem Merit terhadap target akhir Renstra | 90,50 |
| kemajuan_asn_diklat | Tingkat kemajuan Persentase ASN yang Mengikuti Diklat terhadap target akhir Renstra | 148,84 |
| kemajuan_nilai_sakip | Tingkat kemajuan Nilai SAKIP Perangkat Daerah terhadap target akhir Renstra | 98,97 |
| capaian_nasional_ip_asn | Capaian IP ASN KemenPAN RB | 108,11 |
| capaian_nasional_sistem_merit | Capaian Sistem Merit KemenPAN RB | 111,25 |
| capaian_nasional_sakip | Capaian SAKIP KemenPAN RB | 100,15 |
| jumlah_aspek_sistem_merit | Jumlah nilai delapan aspek Sistem Merit (L504-L511) | 271,00 |
| jumlah_asn_ptt | Jumlah ASN dan PTT 2023 | 3.008 |
| jumlah_ikut_dan_belum_pengkom | ASN yang telah dan yang belum mengikuti pengembangan kompetensi | 2.491 |
| cakupan_pengkom_dari_jumlah | Persentase ASN yang mengikuti pengembangan kompetensi, dari jumlah orang | 75,90 |
| persen_belum_pengkom | Persentase ASN yang belum mengikuti pengembangan kompetensi sama sekali | 6,9 |
| persen_sudah_pengkom | Persentase ASN yang telah mengikuti pengembangan kompetensi (L829) | 93,1 |
| kenaikan_sistem_merit | Kenaikan Indeks Sistem Merit 2022-2023 | 9,5 |
| kenaikan_cakupan_pengkom | Kenaikan persentase ASN yang mengikuti diklat 2022-2023 | 26,91 |
| pegawai_laki_laki | Pegawai laki-laki (Tabel 1.1) | 14 |
| pegawai_perempuan | Pegawai perempuan (Tabel 1.1) | 21 |
| jumlah_pegawai | Jumlah pegawai (Tabel 1.1) | 35 |
| porsi_laki_laki | Porsi pegawai laki-laki (L248) | 40,00 |
| porsi_perempuan | Porsi pegawai perempuan (L248) | 60,00 |
| pendidikan_laki_laki | Pegawai laki-laki (Tabel 1.2) | 14 |
| pendidikan_perempuan | Pegawai perempuan (Tabel 1.2) | 21 |
| pendidikan_jumlah | Jumlah pegawai (Tabel 1.2) | 35 |
| porsi_pendidikan_s1 | Porsi pegawai berijazah S1 (L272) | 54,29 |
| porsi_pendidikan_d3 | Porsi pegawai berijazah D III (L272) | 20,00 |
| porsi_pendidikan_slta | Porsi pegawai berijazah SLTA (L272) | 14,29 |
| porsi_pendidikan_s2 | Porsi pegawai berijazah S2 (L272) | 11,43 |
| golongan_laki_laki | Pegawai laki-laki (Tabel 1.3) | 14 |
| golongan_perempuan | Pegawai perempuan (Tabel 1.3) | 20 |
| golongan_jumlah | Jumlah pegawai (Tabel 1.3) | 34 |
| pejabat_laki_laki | Pegawai laki-laki (Tabel 1.4) | 14 |
| pejabat_perempuan | Pegawai perempuan (Tabel 1.4) | 21 |
| pejabat_jumlah | Jumlah pegawai (Tabel 1.4) | 35 |
| porsi_fungsional_khusus | Porsi Pejabat Fungsional Khusus (L327) | 48,57 |
| pagu_dpa | Jumlah pagu tiga program (Lampiran 3) | 14.645.969.413 |
| serapan_dpa | Serapan anggaran seluruh DPA | 87,36 |
| porsi_anggaran_sistem_merit | Porsi anggaran sasaran Indeks Sistem Merit | 18,36 |
| porsi_anggaran_asn_diklat | Porsi anggaran sasaran Persentase ASN yang mengikuti diklat | 16,46 |
| porsi_anggaran_nilai_sakip | Porsi anggaran sasaran Nilai SAKIP Perangkat Daerah | 64,96 |
| penurunan_pagu_sistem_merit | Penurunan pagu sasaran Indeks Sistem Merit 2022-2023 | 2.150.769.223 |
| anggaran_pengkom_2023 | Total anggaran pengembangan kompetensi 2023 (APBD dan hadiah non tunai) | 3.161.008.974 |
| penurunan_anggaran_pengkom | Penurunan anggaran pengembangan kompetensi 2022-2023 | 1.053.628.026 |

### Rincian Kinerja KemenPAN RB 2023 (Tabel 3.1.4)

| uraian | target | realisasi |
| --- | ---: | ---: |
| IP ASN | 72,0 | 77,84 |
| Sistem Merit | 0,8 | 0,89 |
| SAKIP | 82,0 | 82,12 |

Sumber: nasional.csv; dipakai oleh: Capaian IP ASN KemenPAN RB; Capaian Sistem Merit KemenPAN RB; Capaian SAKIP KemenPAN RB.

### Rincian Nilai aspek Sistem Merit 2023

| no | aspek | nilai |
| ---: | --- | ---: |
| 1 | Aspek Perencanaan Kebutuhan | 40,00 |
| 2 | Aspek Pengadaan | 38,00 |
| 3 | Aspek Pengembangan Karir | 52,00 |
| 4 | Aspek Promosi dan Mutasi | 20,00 |
| 5 | Aspek Manajemen Kinerja | 62,50 |
| 6 | Aspek Penggajian, Penghargaan dan Disiplin | 27,50 |
| 7 | Aspek Perlindungan dan Pelayanan | 12,00 |
| 8 | Aspek Sistem Informasi | 19,00 |
|  | Jumlah | 271,00 |

Sumber: merit_aspek.csv; dipakai oleh: Jumlah nilai delapan aspek Sistem Merit (L504-L511).

### Rincian Jumlah ASN dan PTT 2023

| jenis | orang |
| --- | ---: |
| CPNS | 10 |
| PNS | 2.582 |
| PTT | 67 |
| PPPK | 349 |
| Jumlah | 3.008 |

Sumber: pegawai.csv; dipakai oleh: Jumlah ASN dan PTT 2023; Persentase ASN yang mengikuti pengembangan kompetensi, dari jumlah orang; Persentase ASN yang belum mengikuti pengembangan kompetensi sama sekali; Persentase ASN yang telah mengikuti pengembangan kompetensi (L829).

### Rincian Keikutsertaan pengembangan kompetensi 2023

| kode | uraian | orang |
| --- | --- | ---: |
| ikut | ASN yang telah mengikuti pengembangan kompetensi (pelatihan struktural, pelatihan fungsional, pelatihan teknis, bimtek, seminar dll) | 2.283 |
| belum | ASN yang belum mengikuti pengembangan kompetensi sama sekali | 208 |
| Jumlah |  | 2.491 |

Sumber: pengembangan_kompetensi.csv; dipakai oleh: ASN yang telah dan yang belum mengikuti pengembangan kompetensi; Persentase ASN yang mengikuti pengembangan kompetensi, dari jumlah orang; Persentase ASN yang belum mengikuti pengembangan kompetensi sama sekali; Persentase ASN yang telah mengikuti pengembangan kompetensi (L829).

### Rincian Pegawai berdasarkan jabatan (Tabel 1.1)

| no | jabatan | l | p | baris |
| ---: | --- | ---: | ---: | --- |
| 1 | JPT | 1 | - | L238 |
| 2 | Eselon III | 2 | 1 | L239 |
| 3 | Eselon IV | - | 2 | L240 |
| 4 | Non Struktural | 4 | 5 | L241 |
| 5 | JFT | 6 | 12 | L242 |
| 6 | PTT | 1 | 1 | L243 |

Sumber: pegawai_jabatan.csv; dipakai oleh: Pegawai laki-laki (Tabel 1.1); Pegawai perempuan (Tabel 1.1); Jumlah pegawai (Tabel 1.1); Porsi pegawai laki-laki (L248); Porsi pegawai perempuan (L248).

### Rincian Pegawai berdasarkan kualifikasi pendidikan (Tabel 1.2)

| no | pendidikan | l | p | baris |
| ---: | --- | ---: | ---: | --- |
| 1 | SD | 0 | 0 | L262 |
| 2 | SLTA | 1 | 4 | L263 |
| 3 | D.III | 1 | 6 | L264 |
| 4 | D.IV | 0 | 0 | L265 |
| 5 | S.1 | 9 | 10 | L266 |
| 6 | S.2 | 3 | 1 | L267 |
|  | Jumlah | 14 | 21 |  |

Sumber: pegawai_pendidikan.csv; dipakai oleh: Pegawai laki-laki (Tabel 1.2); Pegawai perempuan (Tabel 1.2); Jumlah pegawai (Tabel 1.2); Porsi pegawai berijazah S1 (L272); Porsi pegawai berijazah D III (L272); Porsi pegawai berijazah SLTA (L272); Porsi pegawai berijazah S2 (L272).

### Rincian Pegawai berdasarkan pangkat dan golongan (Tabel 1.3)

| no | pangkat | golongan | l | p | baris |
| ---: | --- | --- | ---: | ---: | --- |
| 1 | Pembina Tk. I | IV/b | 2 | - | L281 |
| 2 | Pembina | IV/a | 1 | 1 | L282 |
| 3 | Penata Tk. I | III/d | 2 | 4 | L283 |
| 4 | Penata | III/c | - | 2 | L284 |
| 5 | Penata Muda Tk. I | III/b | 1 | 5 | L285 |
| 6 | Penata | III/a | 4 | 3 | L286 |
| 7 | Pengatur Tk. I | II/d | 1 | 2 | L287 |
| 8 | Pengatur | II/c | 2 | 2 | L288 |
| 9 | Pengatur Muda Tk. I | II/b | - | - | L289 |
| 10 | Juru | I/c | - | - | L290 |
| 11 | PTT | - | 1 | 1 | L291 |

Sumber: pegawai_golongan.csv; dipakai oleh: Pegawai laki-laki (Tabel 1.3); Pegawai perempuan (Tabel 1.3); Jumlah pegawai (Tabel 1.3).

### Rincian Pejabat struktural dan fungsional (Tabel 1.4)

| no | jabatan | l | p | baris |
| ---: | --- | ---: | ---: | --- |
| 1 | Pejabat Struktural | 3 | 3 | L313 |
| 2 | Pejabat Fungsional Khusus | 5 | 12 | L314 |
| 3 | Pejabat Fungsional Umum | 5 | 5 | L315 |
| 4 | PTT | 1 | 1 | L316 |
|  | Jumlah | 14 | 21 |  |

Sumber: pejabat.csv; dipakai oleh: Pegawai laki-laki (Tabel 1.4); Pegawai perempuan (Tabel 1.4); Jumlah pegawai (Tabel 1.4); Porsi Pejabat Fungsional Khusus (L327).

### Rincian Anggaran per program (Lampiran 3)

| program | anggaran | keterangan |
| --- | ---: | --- |
| PROGRAM KEPEGAWAIAN DAERAH | 4.311.989.853 | Pendapatan Bagi Hasil |
| PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA | 787.612.348 | Pendapatan Bagi Hasil |
| PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA | 9.546.367.212 | DAU dan Pendapatan Bagi Hasil |
| Jumlah | 14.645.969.413 |  |

Sumber: program_pagu.csv; dipakai oleh: Jumlah pagu tiga program (Lampiran 3); Serapan anggaran seluruh DPA; Porsi anggaran sasaran Indeks Sistem Merit; Porsi anggaran sasaran Persentase ASN yang mengikuti diklat; Porsi anggaran sasaran Nilai SAKIP Perangkat Daerah.

### Rincian Pagu dan realisasi per sasaran (Tabel 3.2.2)

| kode | pagu | realisasi |
| --- | ---: | ---: |
| A | 2.688.593.227 | 1.563.272.055 |
| B | 2.411.008.974 | 2.102.227.874 |
| C | 9.513.625.429 | 9.129.279.310 |
| Jumlah |  | 12.794.779.239 |

Sumber: anggaran.csv; dipakai oleh: Serapan anggaran seluruh DPA; Porsi anggaran sasaran Indeks Sistem Merit; Porsi anggaran sasaran Persentase ASN yang mengikuti diklat; Porsi anggaran sasaran Nilai SAKIP Perangkat Daerah.

### Rincian Pagu sasaran 2022 dan 2023

| pos | tahun | uraian | anggaran |
| --- | --- | --- | ---: |
| sistem_merit | 2022 | Pagu sasaran Indeks Sistem Merit | 4.839.362.450 |
| sistem_merit | 2023 | Pagu sasaran Indeks Sistem Merit | 2.688.593.227 |
| pengkom | 2022 | Pagu pengembangan kompetensi | 4.214.637.000 |
| pengkom | 2023 | Pagu APBD pengembangan kompetensi | 2.411.008.974 |
| pengkom | 2023 | Hadiah Juara II Achievement Award Provinsi Jatim (non tunai) | 750.000.000 |

Sumber: pagu_tahunan.csv; dipakai oleh: Penurunan pagu sasaran Indeks Sistem Merit 2022-2023; Total anggaran pengembangan kompetensi 2023 (APBD dan hadiah non tunai); Penurunan anggaran pengembangan kompetensi 2022-2023.

### Realisasi Anggaran 2023

| Kode | Uraian | Tingkat | Pagu (Rp) | Realisasi (Rp) | Serapan (%) | Predikat |
| --- | --- | --- | ---: | ---: | ---: | --- |
| A | Meningkatnya tata kelola kepegawaian sesuai dengan prinsip-prinsip manajemen kepegawaian yang baik (Indeks Sistem Merit) | Sasaran | 2.688.593.227 | 1.563.272.055 | 58,14 | - |
| B | Meningkatnya Kompetensi Aparatur Sipil Negara (Persentase ASN yang mengikuti diklat dan peningkatan kapasitas ASN) | Sasaran | 2.411.008.974 | 2.102.227.874 | 87,19 | - |
| C | Meningkatnya Kinerja Perangkat Daerah (Nilai SAKIP Perangkat Daerah) | Sasaran | 9.513.625.429 | 9.129.279.310 | 95,96 | - |
|  | Jumlah |  | 14.613.227.630 | 12.794.779.239 | 87,56 | - |

### Efisiensi Penggunaan Sumber Daya

| Indikator | Capaian Kinerja (%) | Pagu (Rp) | Realisasi (Rp) | Serapan (%) | Rasio Efisiensi | Tingkat Efisiensi |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
| Indeks Sistem Merit | 100,56 | 2.688.593.227 | 1.563.272.055 | 58,14 | 1,73 | EFISIEN |
| Persentase ASN yang Mengikuti Diklat dan Peningkatan Kapasitas ASN | 583,03 | 2.411.008.974 | 2.102.227.874 | 87,19 | 6,69 | EFISIEN |
| Nilai SAKIP Perangkat Daerah | 99,00 | 9.513.625.429 | 9.129.279.310 | 95,96 | 1,03 | EFISIEN |

### Asal laporan

| Unsur | Berkas | Versi atau waktu | SHA-256 |
| --- | --- | --- | --- |
| program | ind | 0.1.0 |  |
| waktu hitung |  | 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH) |  |
| aturan | rules/kota-blitar.ind |  | 5b8dd78b5023d688fb580298f05a22143f9d23b1f63f823bf015c68d33cf0df2 |
| data | examples/kota-blitar/2023/anggaran.csv |  | e6b82f8b646a1232cc2c2aaef89e86fe6ded6d481200a5ded8177f78bc1a69d1 |
| data | examples/kota-blitar/2023/program_pagu.csv |  | a9033e8db39e13847e4e97f46b2702a6ef6cf09eb3c69aa899c807a9ad07ab9e |
| data | examples/kota-blitar/2023/merit_aspek.csv |  | 901c7d80d20eea8c55c9b5bb1479e29484b09b027585374e73ee5f1afe007ac3 |
| data | examples/kota-blitar/2023/pegawai.csv |  | dba7498055100712efb92f384d014477f07909ad4113ff9266bb149823c760d2 |
| data | examples/kota-blitar/2023/pengembangan_kompetensi.csv |  | b85a4283a2842b1aaf7f3690d708dc375c8ea4efd095831e8c3d67c9a3f4551a |
| data | examples/kota-blitar/2023/pegawai_jabatan.csv |  | eed7fc9d5fbbd2271ac1088c98a66e0695d01c19fbc13e5cfe241542be4fd979 |
| data | examples/kota-blitar/2023/pegawai_pendidikan.csv |  | beae0cb353e54ad882a54dc0e5911b3826da182adc0bc34490131af6d2929b39 |
| data | examples/kota-blitar/2023/pegawai_golongan.csv |  | ae19a7cab691310b454d991bce2de37e3c3b2599ca8b9497b6a19bebc31e6baa |
| data | examples/kota-blitar/2023/pejabat.csv |  | 773d6274845a260e0f93d61119de38ef1693f033256c741ff23f1611ed80424a |
| data | examples/kota-blitar/2023/pagu_tahunan.csv |  | c0db4ea61893922903be5baaf6b1cfc9e3f2175867b8ae75e8316658bc44716b |
| data | examples/kota-blitar/2023/nasional.csv |  | baab721bf3f1a38d31d655db0f5c41b16cbe86746fd7ecf93895179ed39157b0 |
| data | examples/kota-blitar/2023/realisasi.csv |  | b25fb589a96a25a1d029657106a95913bc94eeb535f4b317f0000a71f25d5ac6 |

Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
