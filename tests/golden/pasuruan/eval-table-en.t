$ ind eval rules/kab-pasuruan.ind --data examples/kab-pasuruan/2024 --format table --locale en
--- stdout
BKPSDM Kabupaten Pasuruan
Periode 2024 (Renstra 2024-2026)

Capaian Kinerja 2024
No  Indikator                                                    Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat          Kategori
--  -----------------------------------------------------------  -------  ------  ------  ---------  -----------  ----------------  --------
 1  Indeks Profesionalitas ASN                                   tujuan   indeks   71.17      77.32        108.6  Sangat memuaskan  Sedang
 2  Indeks Sistem Merit                                          sasaran  nilai    281.5      297.5        105.7  Sangat memuaskan  -
 3  Nilai SAKIP                                                  sasaran  nilai    82.10      82.10       100.00  Sangat memuaskan  A
 4  Persentase dokumen/laporan administrasi PD yang baik/sesuai  program  persen      84         82           98  -                 -
    regulasi
 5  Nilai aspek kinerja dan penempatan ASN sesuai formasi dan    program  nilai      234        244          104  -                 -
    jabatan
 6  Nilai aspek pengembangan karier dan peningkatan kompetensi   program  nilai     71.5       52.5           73  -                 -
    pegawai

Perbandingan Realisasi dan Target Renstra
Indikator                                                    Realisasi 2022  Realisasi 2023  Realisasi 2024  Target 2025  Target 2026
-----------------------------------------------------------  --------------  --------------  --------------  -----------  -----------
Indeks Profesionalitas ASN                                            54.67           71.17           77.32        77.34        77.35
Indeks Sistem Merit                                                   258.0           281.5           297.5        296.7        296.8
Nilai SAKIP                                                           81.64           82.05           82.10        82.12        82.15
Persentase dokumen/laporan administrasi PD yang baik/sesuai               -               -              82            -            -
regulasi
Nilai aspek kinerja dan penempatan ASN sesuai formasi dan                 -               -             244            -            -
jabatan
Nilai aspek pengembangan karier dan peningkatan kompetensi                -               -            52.5            -            -
pegawai

Nilai Komponen
Nilai        Uraian       Angka
-----------  -----------  -----
ip_asn_pns   IP ASN PNS   79.92
ip_asn_pppk  IP ASN PPPK  74.71

Realisasi Anggaran 2024
Kode   Uraian                                                             Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Predikat
-----  ------------------------------------------------------------  --------------  --------------  -----------  -----------
A      Program Penunjang Urusan Pemerintahan Daerah Kab/Kota         10,656,768,771   9,981,255,308        93.66  Sangat Baik
A.1    Administrasi Keuangan Perangkat Daerah                         9,210,696,084   8,666,217,451        94.09  Sangat Baik
A.1.1  Penyediaan Gaji dan Tunjangan ASN                              8,606,303,544   8,072,123,141        93.79  Sangat Baik
A.1.2  Penyediaan Administrasi Pelaksanaan Tugas ASN                    501,912,540     496,104,310        98.84  Sangat Baik
A.1.3  Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan      102,480,000      97,990,000        95.62  Sangat Baik
       SKPD
A.2    Administrasi Kepegawaian Perangkat Daerah                         90,630,000      64,899,100        71.61  Baik
A.2.1  Sosialisasi Peraturan Perundang-Undangan                          90,630,000      64,899,100        71.61  Baik
A.3    Administrasi Umum Perangkat Daerah                               518,679,922     491,391,589        94.74  Sangat Baik
A.3.1  Penyediaan Bahan Logistik Kantor                                 158,489,252     151,921,325        95.86  Sangat Baik
A.3.2  Penyediaan Barang Cetakan dan Penggandaan                        112,978,470     107,533,150        95.18  Sangat Baik
A.3.3  Fasilitasi Kunjungan Tamu                                         10,312,200       9,176,700        88.99  Sangat Baik
A.3.4  Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD             236,900,000     222,760,414        94.03  Sangat Baik
A.4    Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah        101,061,120      82,490,000        81.62  Baik
       Daerah
A.4.1  Pengadaan Peralatan dan Mesin Lainnya                            101,061,120      82,490,000        81.62  Baik
A.5    Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah             259,879,195     236,313,829        90.93  Sangat Baik
A.5.1  Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik          199,110,885     180,501,329        90.65  Sangat Baik
A.5.2  Penyediaan Jasa Peralatan dan Perlengkapan Kantor                 60,768,310      55,812,500        91.84  Sangat Baik
A.6    Pemeliharaan Barang Milik Daerah Penunjang Urusan                475,822,450     439,943,339        92.46  Sangat Baik
       Pemerintahan Daerah
A.6.1  Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak       181,767,450     151,312,439        83.25  Baik
       Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan
A.6.2  Pemeliharaan Peralatan dan Mesin Lainnya                          64,815,000      62,463,500        96.37  Sangat Baik
A.6.3  Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya     229,240,000     226,167,400        98.66  Sangat Baik
B      Program Kepegawaian Daerah                                     2,379,958,107   1,991,707,604        83.69  Baik
B.1    Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN           680,431,987     629,901,801        92.57  Sangat Baik
B.1.1  Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk       6,109,000       5,257,450        86.06  Sangat Baik
       Pelaksanaan Pengadaan ASN
B.1.2  Koordinasi dan Fasilitasi Pengadaan PNS dan PPPK                 534,694,009     498,323,570        93.20  Sangat Baik
B.1.3  Koordinasi Pelaksanaan Administrasi Pemberhentian                 63,306,026      56,247,601        88.85  Sangat Baik
B.1.4  Fasilitasi Lembaga Profesi ASN                                     5,982,000       5,081,000        84.94  Baik
B.1.5  Pengelolaan Sistem Informasi Kepergawaihan                        19,264,000      17,460,640        90.64  Sangat Baik
B.1.6  Pengelolaan Data Kepegawaian                                      51,076,952      47,531,540        93.06  Sangat Baik
B.2    Mutasi dan Promosi ASN                                           551,509,020     327,578,389        59.40  Cukup
B.2.1  Pengelolaan Mutasi ASN                                           218,243,400      96,665,312        44.29  Kurang
B.2.2  Pengelolaan Kenaikan Pangkat ASN                                  63,060,020      35,059,527        55.60  Cukup
B.2.3  Pengelolaan Promosi ASN                                          270,205,600     195,853,550        72.48  Baik
B.3    Pengembangan Kompetensi ASN                                      789,075,100     714,391,642        90.54  Sangat Baik
B.3.1  Peningkatan Kapasitas Kinerja ASN                                446,047,000     397,598,443        89.14  Sangat Baik
B.3.2  Pengelolaan Assesment Center                                      50,133,100      38,031,000        75.86  Baik
B.3.3  Pengeloaan Administrasi Diklat dan Sertifikasi ASN               238,645,000     226,742,699        95.01  Sangat Baik
B.3.4  Fasilitasi Sertifikasi Jabatan ASN                                54,250,000      52,019,500        95.89  Sangat Baik
B.4    Penilaian dan Evaluasi Kinerja Aparatur                          358,942,000     319,835,772        89.11  Sangat Baik
B.4.1  Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur               95,904,800      87,614,198        91.36  Sangat Baik
B.4.2  Pengelolaan Pemberian Penghargaan Bagi Pegawai                   141,981,500     140,168,340        98.72  Sangat Baik
B.4.3  Pengelolaan Penyelesaian Pelanggaran Disiplin ASN                121,055,700      92,053,234        76.04  Baik
C      Program Pengembangan Sumber Daya Manusia                       1,253,087,230   1,032,961,861        82.43  Baik
C.1    Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial   1,253,087,230   1,032,961,861        82.43  Baik
       dan Fungsional
C.1.1  Penyelenggaraan Pengembangan Kompetensi bagi Pimpinan            255,737,500      73,945,611        28.91  Kurang
       Daerah, Jabatan Pimpinan Tinggi, Jabatan Fungsional,
       Kepemimpinan, dan Prajabatan
C.1.2  Pembinaan, Pengoordinasian, Fasilitasi, Pemantauan,              997,349,730     959,016,250        96.16  Sangat Baik
       Evaluasi, dan Pelaporan Pelaksanaan Sertifikasi, Pengelolaan
       Kelembagaan dan Tenaga Pengembang Kompetensi, Pengelolaan
       Sumber Belajar, dan Kerjasama, serta Pengembangan Kompetensi
       Pimpinan Daerah, Jabatan Pimpinan Tinggi, Kepemimpinan, dan
       Prajabatan Tinggi, Jabatan Fungsional, Kepemimpinan dan
       Prajabatan
       Jumlah                                                        14,289,814,108  13,005,924,773        91.02  Sangat Baik

Efisiensi Penggunaan Sumber Daya
Indikator                                                    Capaian Kinerja (%)       Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Efisiensi (%)  Tingkat Efisiensi
-----------------------------------------------------------  -------------------  --------------  --------------  -----------  -------------  -----------------
Indeks Profesionalitas ASN                                                 108.6  14,289,814,108  13,005,924,773        91.02            119  Sangat efisiensi
Indeks Sistem Merit                                                        105.7   3,633,045,337   3,024,669,465        83.25            127  Sangat efisiensi
Nilai SAKIP                                                               100.00  10,656,768,771   9,981,255,308        93.66            107  Efisiensi
Persentase dokumen/laporan administrasi PD yang baik/sesuai                   98  10,656,768,771   9,981,255,308        93.66            105  Efisiensi
regulasi
Nilai aspek kinerja dan penempatan ASN sesuai formasi dan                    104   2,379,958,107   1,991,707,604        83.69            124  Sangat efisiensi
jabatan
Nilai aspek pengembangan karier dan peningkatan kompetensi                    73   1,253,087,230   1,032,961,861        82.43             89  Tidak efisiensi
pegawai

Pemeriksaan data
No  Syarat                                       Hasil      Sisi kiri  Sisi kanan  Keterangan                              Dasar
--  -------------------------------------------  ---------  ---------  ----------  --------------------------------------  ---------------------------------------------------------
 1  Nilai komponen AKIP tidak melebihi bobotnya  terpenuhi                         4 baris tabel sakip_komponen diperiksa  PermenPANRB 88/2021, Lampiran: bobot komponen 30/30/15/25
 2  Bobot komponen AKIP berjumlah 100            terpenuhi  100        100                                                 PermenPANRB 88/2021, Lampiran
Setiap syarat yang berlaku dipenuhi data periode ini.

Asal laporan
Unsur         Berkas                                         Versi atau waktu                                    SHA-256
------------  ---------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                            0.1.0
waktu hitung                                                 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/kab-pasuruan.ind                                                                             cde1f986cb455e251d85ae80ddcac667ae3e8ccc45f77bc996787f7c3a7c2bab
modul         stdlib/capaian.ind                             pustaka standar versi 1                             0b9f617c7201b67d94f532bfb3815f36e5ba404da1faa0a22e32825c2be27d12
modul         stdlib/efisiensi.ind                           pustaka standar versi 1                             765fe587f602a470edd68b8d4c7a082ccf7b847ee4949986db6caabf2591d510
modul         stdlib/ipasn.ind                               pustaka standar versi 1                             b45ec641a27e917d95bc5c2c1249e7b8c3a404435d6c73192d2912d22c631fe8
modul         stdlib/skp.ind                                 pustaka standar versi 1                             f90202e8ca8d971d76da6ab00b64c6f2c4ea843d886ae0670df909de92c49c9e
modul         stdlib/sakip.ind                               pustaka standar versi 1                             f451084bb2ee33a85703f387ca8a003f025ad2723bd42f6ba5bbc0d5b4d573c5
data          examples/kab-pasuruan/2024/ipasn_dimensi.csv                                                       1af3258e1f418d28559b53263b3cffa3092e793d81b885bafacf4e9f2a276bd1
data          examples/kab-pasuruan/2024/merit_aspek.csv                                                         17406662efa45a90c2355234225c3626518613eef4072ecf95030ff0a4d41ef8
data          examples/kab-pasuruan/2024/sakip_komponen.csv                                                      32046497b6ab3016cab2a9dddf6d950692dc289a706e323c3e668ea3ecaf49b2
data          examples/kab-pasuruan/2024/realisasi.csv                                                           1010f5207a89c1791188d5a31de11ecf1a7bc501feb2a53dd0f67d11066197f2
data          examples/kab-pasuruan/2024/anggaran.csv                                                            8f22723516fee67b5212bc71cb5c2ad38219bc9ae1de46b111d0c52c860831be
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
