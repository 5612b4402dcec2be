$ ind eval rules/kab-way-kanan.ind --data examples/kab-way-kanan/2023 --format table
--- stdout
BKPSDM Kabupaten Way Kanan
Periode 2023 (Renstra 2021-2026)

Capaian Kinerja 2023
No  Indikator                                          Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat     Kategori
--  -------------------------------------------------  -------  ------  ------  ---------  -----------  -----------  --------
 1  Nilai Evaluasi SAKIP Kabupaten                     tujuan   poin     60,64          -            -  -            -
 2  Nilai SAKIP BKPSDM                                 sasaran  poin      59,1      73,11        123,7  Sangat Baik  -
 3  Nilai Komponen Kinerja Organisasi                  tujuan   poin      5,55          -            -  -            -
 4  Indeks Profesionalitas ASN                         sasaran  poin        64       84,4        131,9  Sangat Baik  Tinggi
 5  Indeks Sistem Merit                                sasaran  poin         -        209            -  -            Kurang
 6  Cakupan Tertib Administrasi Kepegawaian            program  persen     100        100        100,0  Sangat Baik  -
 7  Cakupan Pengembangan SDM Aparatur                  program  persen      88        100        113,6  Sangat Baik  -
 8  Cakupan Pelayanan Administrasi Perkantoran BKPSDM  program  persen     100        101        101,0  Sangat Baik  -

Perbandingan Realisasi dan Target Renstra
Indikator                                          Realisasi 2021  Realisasi 2022  Realisasi 2023  Target 2024  Target 2025  Target 2026
-------------------------------------------------  --------------  --------------  --------------  -----------  -----------  -----------
Nilai Evaluasi SAKIP Kabupaten                                  -               -               -        61,64        62,64        63,64
Nilai SAKIP BKPSDM                                          61,45           69,31           73,11         59,1         61,1         63,1
Nilai Komponen Kinerja Organisasi                               -               -               -         5,85         6,15         6,45
Indeks Profesionalitas ASN                                  71,76           46,23            84,4           64           64           65
Indeks Sistem Merit                                             -              99             209          210          220          230
Cakupan Tertib Administrasi Kepegawaian                         -               -             100            -            -            -
Cakupan Pengembangan SDM Aparatur                               -               -             100            -            -            -
Cakupan Pelayanan Administrasi Perkantoran BKPSDM               -               -             101            -            -            -

Nilai Komponen
Nilai                                Uraian                                                                Angka
-----------------------------------  ------------------------------------------------------------  -------------
capaian_program_kepegawaian          Capaian realisasi kinerja Program Kepegawaian Daerah                  100,0
                                     (rata-rata sub kegiatan)
capaian_program_pengembangan_sdm     Capaian realisasi kinerja Program Pengembangan SDM                    100,3
                                     (rata-rata sub kegiatan)
capaian_program_penunjang            Capaian realisasi kinerja Program Penunjang (rata-rata sub             99,6
                                     kegiatan)
realisasi_kinerja_keseluruhan        Realisasi kinerja keseluruhan (rata-rata capaian tiga                   100
                                     program)
capaian_seluruh_sub_kegiatan         Rata-rata capaian keluaran seluruh sub kegiatan                        99,8
rata_capaian_sasaran                 Rata-rata capaian dua sasaran (Nilai SAKIP BKPSDM, IP ASN)            127,8
ketepatan_distribusi_cpns_pppk       Persentase Ketepatan Distribusi CPNS dan PPPK sesuai dengan           96,40
                                     Formasi & Kualifikasi (3.3.1.1)
ketepatan_laporan_kinerja_asn        Persentase Ketepatan Penyusunan Laporan Kinerja ASN sesuai            61,68
                                     dengan aturan yang berlaku (3.3.1.2)
penyelesaian_kasus_disiplin_layanan  Persentase kasus-kasus kedisiplinan dan pelayanan                    100,00
                                     kepegawaian yang diselesaikan (3.3.1.3)
ketepatan_penataan_asn               Persentase Ketepatan Penataan ASN sesuai dengan Kualifikasi,              -
                                     Formasi dan Promosi (3.3.1.4)
ketepatan_kp_kgb_status              Persentase Ketepatan ASN yang mengajukan Kenaikan Pangkat,           100,00
                                     KGB dan Perubahan Status sesuai dengan aturan yang berlaku
                                     (3.3.1.5)
asn_diklat_teknis_fungsional         Persentase ASN yang mendapat kesempatan untuk mengikuti              100,00
                                     Diklat Teknis dan Fungsional (3.3.1.6)
asn_pendidikan_lanjutan              Persentase ASN yang mendapat kesempatan mengikuti pendidikan              -
                                     lanjutan (3.3.1.8)
pagu_menurut_jenis_belanja           Total pagu menurut jenis belanja (Tabel 2.6.1)                6.850.200.218
realisasi_belanja_rutin_penunjang    Realisasi Belanja Operasi (Rutin) Program Penunjang             805.574.125
golongan_jumlah                      Jumlah pegawai (Tabel 2.2.2)                                             48
pendidikan_jumlah                    Jumlah pegawai (Tabel 2.2.3)                                             48
jenis_kelamin_jumlah                 Jumlah pegawai (Tabel 2.2.4)                                             48
umur_jumlah                          Jumlah pegawai (Tabel 2.2.5)                                             47
formasi_jumlah                       Jumlah formasi jabatan (Tabel 2.2.6)                                     84
formasi_terisi                       Formasi sudah terisi (Tabel 2.2.6)                                       23
formasi_belum_terisi                 Formasi belum terisi (Tabel 2.2.6)                                       61
asn_gol_i                            ASN golongan I                                                           13
asn_gol_ii                           ASN golongan II                                                         477
asn_gol_iii                          ASN golongan III                                                      3.586
asn_gol_iv                           ASN golongan IV                                                       1.183
asn_jumlah                           Jumlah ASN Kabupaten Way Kanan                                        5.259
jumlah_komponen_sakip                Banyak komponen penilaian SAKIP                                           5
Tidak tersedia: ketepatan_penataan_asn (sel kolom target kosong ("")); asn_pendidikan_lanjutan (sel kolom target kosong ("")).

Pegawai per kepegawaian (Tabel 2.2.2, kolom Jumlah)
kepegawaian  Angka  Jumlah Baris
-----------  -----  ------------
PNS             23             7
PTHLS           25             1
Satu angka per kepegawaian; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Pegawai per golongan ruang (Tabel 2.2.2, baris Jumlah)
golongan  Angka  Jumlah Baris
--------  -----  ------------
II/d          1             1
III/a         5             1
III/b         2             1
III/c         3             1
III/d         5             1
IV/a          5             1
IV/b          2             1
PTH LS       25             1
Satu angka per golongan; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Pegawai per kepegawaian (Tabel 2.2.3, kolom Jumlah)
kepegawaian  Angka  Jumlah Baris
-----------  -----  ------------
PNS             23             3
PTHLS           25             3
Satu angka per kepegawaian; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Pegawai per jenjang pendidikan (Tabel 2.2.3, baris Jumlah)
pendidikan  Angka  Jumlah Baris
----------  -----  ------------
S1/D4          26             2
S2              7             1
SLTA           14             2
SLTP            1             1
Satu angka per pendidikan; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Pegawai per kepegawaian (Tabel 2.2.4, kolom Jumlah)
kepegawaian  Angka  Jumlah Baris
-----------  -----  ------------
PNS             23             2
PTHLS           25             2
Satu angka per kepegawaian; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Pegawai per jenis kelamin (Tabel 2.2.4, baris Jumlah)
jenis_kelamin  Angka  Jumlah Baris
-------------  -----  ------------
Laki-laki         27             2
Perempuan         21             2
Satu angka per jenis_kelamin; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Pegawai per kepegawaian (Tabel 2.2.5, kolom Jumlah)
kepegawaian  Angka  Jumlah Baris
-----------  -----  ------------
PNS             22             7
PTHLS           25             6
Satu angka per kepegawaian; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Pegawai per kelompok umur (Tabel 2.2.5, baris Jumlah)
kelompok_umur  Angka  Jumlah Baris
-------------  -----  ------------
21-25             14             1
26-30              4             2
31-35              8             2
36-40              9             2
41-45              6             2
46-50              2             1
51-55              2             1
56-58              1             1
>20                1             1
Satu angka per kelompok_umur; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

ASN per unit kerja (kolom Jumlah)
unit                                                    Angka  Jumlah Baris
------------------------------------------------------  -----  ------------
- Guru SD                                               2.220             1
- Guru SLTP dan DPK                                       787             1
- Guru TK                                                  45             1
- Kelurahan Blambangan Umpu                                 6             1
- Kelurahan Campur Asri                                     8             1
- Kelurahan Kasui Pasar                                     8             1
- Kelurahan Pasar Banjit                                    6             1
- Kelurahan Taman Asri                                      9             1
- Kelurahan Tiuh Balak Pasar                                8             1
- Pengawas Sekolah                                         29             1
- UPT Gudang Farmasi                                        1             1
- UPT Puskesmas                                           726             1
Badan Kepegawaian dan Pengembangan SDM                     23             1
Badan Kesatuan Bangsa dan Politik                          13             1
Badan Penanggulangan Bencana Daerah                        18             1
Badan Pendapatan Daerah                                    57             1
Badan Pengelolaan Keuangan dan Aset Daerah                 42             1
Badan Perencanaan Pembangunan Daerah                       27             1
CPNS Baru                                                   0             1
Dinas Kependudukan dan Catatan Sipil                       26             1
Dinas Kesehatan                                            35             1
Dinas Ketahanan Pangan                                     10             1
Dinas Komunikasi dan Informatika                           14             1
Dinas Koperasi, Usaha Kecil dan Menengah                   19             1
Dinas Lingkungan Hidup                                     20             1
Dinas Pekerjaan Umum                                       84             1
Dinas Pemberdayaan Masyarakat dan Kampung                  17             1
Dinas Pemberdayaan Perempuan, Perlindungan Anak,           45             1
Pengendalian Penduduk dan KB
Dinas Pemuda, Olahraga dan Pariwisata                      17             1
Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu     25             1
Dinas Pendidikan dan Kebudayaan                            54             1
Dinas Perhubungan                                          20             1
Dinas Perikanan                                            17             1
Dinas Perkebunan                                           20             1
Dinas Perpustakaan dan Kearsipan                           16             1
Dinas Perumahan, Kawasan Permukiman dan Pertanahan         10             1
Dinas Sosial                                               21             1
Dinas Tanaman Pangan, Holtikultura dan Peternakan         151             1
Dinas Tenaga Kerja dan Transmigrasi                        19             1
Inspektorat                                                59             1
Kecamatan Bahuga                                           24             1
Kecamatan Banjit                                           13             1
Kecamatan Baradatu                                         26             1
Kecamatan Blambangan Umpu                                  15             1
Kecamatan Buay Bahuga                                      13             1
Kecamatan Bumi Agung                                        8             1
Kecamatan Gunung Labuhan                                   15             1
Kecamatan Kasui                                            18             1
Kecamatan Negara Batin                                     14             1
Kecamatan Negeri Agung                                     10             1
Kecamatan Negeri Besar                                     13             1
Kecamatan Pakuan Ratu                                      21             1
Kecamatan Rebang Tangkas                                   13             1
Kecamatan Umpu Semenguk                                    12             1
Kecamatan Way Tuba                                         18             1
Perindustrian dan Perdagangan                              39             1
RSUD Z.A. Pagar Alam                                      126             1
Satuan Polisi Pamong Praja                                 32             1
Sekretariat DPRD                                           16             1
Sekretariat Daerah Kabupaten                               81             1
Satu angka per unit; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Realisasi Anggaran 2023
Kode   Uraian                                                            Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Predikat
-----  ------------------------------------------------------------  -------------  --------------  -----------  --------
A      PROGRAM KEPEGAWAIAN DAERAH                                    2.212.352.000   2.205.483.616        99,69  -
A.1    Pengadaan, Pemberhentian dan Informasi Kepegawaian Daerah       866.852.000     860.850.728        99,31  -
A.1.1  Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK                193.500.000     192.895.028        99,69  -
A.1.2  Evaluasi Pengadaan dan Pengadaan ASN                              5.000.000       4.856.000        97,12  -
A.1.3  Evaluasi Pemberhentian ASN                                       31.000.000      30.993.900        99,98  -
A.1.4  Fasilitasi Lembaga Profesi ASN                                    5.500.000       5.469.800        99,45  -
A.1.5  Pengelolaan Sistem Informasi Kepegawaian                        630.990.000     625.774.000        99,17  -
A.1.6  Pengelolaan Data Kepegawaian                                        862.000         862.000       100,00  -
A.2    Mutasi dan Promosi ASN                                        1.227.500.000   1.227.226.988        99,98  -
A.2.1  Pengelolaan Mutasi ASN                                          570.000.000     569.807.188        99,97  -
A.2.2  Pengelolaan Kenaikan Pangkat ASN                                  8.000.000       7.919.800        99,00  -
A.2.3  Pengelolaan Promosi ASN                                         649.500.000     649.500.000       100,00  -
A.3    Pengembangan Kompetensi ASN                                      70.000.000      69.968.900        99,96  -
A.3.1  Pembinaan Jabatan Fungsional ASN                                 70.000.000      69.968.900        99,96  -
A.4    Pendidikan dan Evaluasi Kinerja Aparatur                         48.000.000      47.437.000        98,83  -
A.4.1  Evaluasi Hasil Penilaian dan Evaluasi Kinerja Aparatur           41.000.000      40.489.000        98,75  -
A.4.2  Pengelolaan Pemberian Penghargaan bagi Pegawai                    4.000.000       3.952.000        98,80  -
A.4.3  Pengelolaan Penyelesaian Pelanggaran Disiplin ASN                 3.000.000       2.996.000        99,87  -
B      PROGRAM PENGEMBANGAN SDM                                      1.368.595.000   1.366.377.850        99,84  -
B.1    Pengembangan Kompetensi Teknis                                  798.180.000     795.967.000        99,72  -
B.1.1  Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti       798.180.000     795.967.000        99,72  -
       dan Pilihan bagi Jabatan Administrasi Penyelenggara Urusan
       Pemerintahan Konkuren, Perangkat Daerah Penunjang
B.2    Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial    570.415.000     570.410.850       100,00  -
       dan Fungsional
B.2.1  Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan           570.415.000     570.410.850       100,00  -
       Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional,
       Kepemimpinan dan Prajabatan
C      PROGRAM PENUNJANG URUSAN KEPEGAWAIAN DAERAH                   3.269.253.218   3.128.567.423        95,70  -
C.1    Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat         12.550.600      12.444.950        99,16  -
       Daerah
C.1.1  Penyusunan Dokumen Perencanaan Perangkat Daerah                   2.668.600       2.640.950        98,96  -
C.1.2  Koordinasi dan Penyusunan Dokumen RKA-SKPD                        3.274.000       3.254.000        99,39  -
C.1.3  Koordinasi dan Penyusunan Laporan Capaian Kinerja dan             3.291.000       3.277.000        99,57  -
       Ikhtisar realisasi Kinerja SKPD
C.1.4  Evaluasi Kinerja Perangkat Daerah                                 3.317.000       3.273.000        98,67  -
C.2    Administrasi Keuangan Perangkat Daerah                        2.624.233.220   2.487.057.418        94,77  -
C.2.1  Penyediaan Gaji dan Tunjangan ASN                             2.459.563.280   2.322.993.298        94,45  -
C.2.2  Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan     157.100.040     156.539.520        99,64  -
       SKPD
C.2.3  Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun            3.983.900       3.963.600        99,49  -
C.2.4  Koordinasi dan Penyusunan Laporan Keuangan                        2.166.000       2.158.000        99,63  -
       Bulanan/Triwulan/Semesteran SKPD
C.2.5  Penyusunan Pelaporan dan Analisis Prognosis Realisasi             1.420.000       1.403.000        98,80  -
       Anggaran
C.3    Administrasi Umum Perangkat Daerah                              218.066.398     218.041.596        99,99  -
C.3.1  Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan         5.860.000       5.860.000       100,00  -
       Kantor
C.3.2  Penyediaan Bahan Logistik Kantor                                 11.381.398      11.360.500        99,82  -
C.3.3  Penyediaan Barang Cetak dan Penggandaan                           9.925.000       9.925.000       100,00  -
C.3.4  Penyelenggaraan Rapat koordinasi dan konsultasi SKPD            190.900.000     190.896.096       100,00  -
C.4    Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah            238.803.000     238.040.665        99,68  -
C.4.1  Penyediaan Jasa Surat Menyurat                                      500.000         500.000       100,00  -
C.4.2  Penyediaan Jasa Komunikasi, Sumber Daya Air, dan Listrik        175.376.000     174.613.665        99,57  -
C.4.3  Penyediaan Jasa Pelayanan Kantor                                 62.927.000      62.927.000       100,00  -
C.5    Pemeliharaan Barang Milik Daerah Penunjang Urusan               175.600.000     172.982.794        98,51  -
       Pemerintahan Umum
C.5.1  Pemeliharaan Peralatan dan Mesin Lainnya                         26.500.000      26.500.000       100,00  -
C.5.2  Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya    144.100.000     141.482.794        98,18  -
C.5.3  Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor      5.000.000       5.000.000       100,00  -
       atau Bangunan Lainnya
       Jumlah                                                        6.850.200.218   6.700.428.889        97,81  -

Efisiensi Penggunaan Sumber Daya
Indikator                                          Capaian Kinerja (%)      Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Efisiensi (%)  Tingkat Efisiensi
-------------------------------------------------  -------------------  -------------  --------------  -----------  -------------  -----------------
Cakupan Tertib Administrasi Kepegawaian                          100,0  2.212.352.000   2.205.483.616        99,69              -  -
Cakupan Pengembangan SDM Aparatur                                113,6  1.368.595.000   1.366.377.850        99,84              -  -
Cakupan Pelayanan Administrasi Perkantoran BKPSDM                101,0  3.269.253.218   3.128.567.423        95,70              -  -

Pemeriksaan data
No  Syarat                                            Hasil      Sisi kiri  Sisi kanan  Keterangan  Dasar
--  ------------------------------------------------  ---------  ---------  ----------  ----------  ----------------------------------------
 1  Pegawai per pendidikan = pegawai per golongan     terpenuhi  48         48                      LKjIP 2023 Bab II, Tabel 2.2.2-2.2.3
 2  Pegawai per jenis kelamin = pegawai per golongan  terpenuhi  48         48                      LKjIP 2023 Bab II, Tabel 2.2.2 dan 2.2.4
Setiap syarat yang berlaku dipenuhi data periode ini.

Asal laporan
Unsur         Berkas                                                     Versi atau waktu                                    SHA-256
------------  ---------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                        0.1.0
waktu hitung                                                             1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/kab-way-kanan.ind                                                                                        903291767e2bed9402ea7abfb974177e20c01f93c983f4cf7620fd9ebc7f8fed
data          examples/kab-way-kanan/2023/keluaran.csv                                                                       d89c7c3dec9960e7eb49f3a0e3cf85dd7b3c608ed25c1705167170ea5471d691
data          examples/kab-way-kanan/2023/indikator_program_rincian.csv                                                      d874409868ca342ecb40d7d57d09ea020f9da139ef080dc82fbbc5210541703e
data          examples/kab-way-kanan/2023/belanja.csv                                                                        e419460d3b9870ff190b42bef8122258431ca6a03b1fb2dabf67063fbe72742c
data          examples/kab-way-kanan/2023/pegawai_golongan.csv                                                               b2f0be90e0aaa5366161bd0e2f6723cab5a2067762ef725ba9f12525502d4998
data          examples/kab-way-kanan/2023/pegawai_pendidikan.csv                                                             6d8ffd2d527d2843248b368b6b1939d51fa24e176a28a7e60434601c1ef37d88
data          examples/kab-way-kanan/2023/pegawai_jenis_kelamin.csv                                                          cba89b71b46f80ff2010d84ce1a27bec2062cee1888e9594c73df9482ef5694d
data          examples/kab-way-kanan/2023/pegawai_umur.csv                                                                   ba8b7787fb98fc68cdafba192292b8d647d06034b907a3741d2d1762f5e21b2a
data          examples/kab-way-kanan/2023/formasi.csv                                                                        74b03b81c5758550ec98f0de27cd6c727e2ba0da135f3ccf6169fcc4ec8b8033
data          examples/kab-way-kanan/2023/asn_unit_kerja.csv                                                                 8d9dd64af5400502ff3edbc48f0e53562140f04e6d89573c3102e3e004c7db95
data          examples/kab-way-kanan/2023/komponen_sakip.csv                                                                 9a3047297a4deb092258f9c04cfc9e5641e466f2ee561741e9164b911f30b12a
data          examples/kab-way-kanan/2023/anggaran.csv                                                                       54e8bd0614c3b848896eec5d7aa7e71fc0c4727061f8941f47808b7d359aba6b
data          examples/kab-way-kanan/2023/realisasi.csv                                                                      50d4a8221e545d22f0e6a67874a0056630f2f6c535b7b7391378f4216e1a5ec3
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
rules/kab-way-kanan.ind:23:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_komponen_kinerja_organisasi periode 2023 tidak tersedia: tidak ada realisasi nilai_komponen_kinerja_organisasi periode 2023 di data realisasi
 23 | realisasi "realisasi.csv" titik
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:23:1: warning[W-TIDAK-TERSEDIA]: realisasi nilai_sakip_kabupaten periode 2023 tidak tersedia: tidak ada realisasi nilai_sakip_kabupaten periode 2023 di data realisasi
 23 | realisasi "realisasi.csv" titik
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
rules/kab-way-kanan.ind:312:1: warning[W-TIDAK-TERSEDIA]: target indeks_sistem_merit periode 2023 tidak tersedia: target indeks_sistem_merit periode 2023 tidak ditulis
 312 | indikator indeks_sistem_merit "Indeks Sistem Merit" {
     | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
