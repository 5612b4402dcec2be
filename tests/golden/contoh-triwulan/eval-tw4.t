$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW4
--- stdout
BKPSDM Kabupaten Contoh (sampel)
Periode TW IV 2024 (Renstra 2024-2026)

Capaian Kinerja TW IV 2024
No  Indikator                                                 Tingkat  Satuan   Target  Target untuk          Realisasi  Capaian (%)  Predikat          Kategori
--  --------------------------------------------------------  -------  -------  ------  --------------------  ---------  -----------  ----------------  --------
 1  Dokumen analisis kebutuhan formasi ASN yang diselesaikan  sasaran  dokumen      12  TW I s.d. TW IV 2024         13        108,3  Sangat memuaskan  -
 2  Indeks kepuasan layanan kepegawaian                       sasaran  indeks       82  2024                       82,6       100,73  Sangat memuaskan  -
 3  Layanan kepegawaian yang selesai tepat waktu              sasaran  persen    95,00  2024                      94,38         99,3  Sangat Baik       -
Tanpa target TW IV 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024); Layanan kepegawaian yang selesai tepat waktu (target 2024). Target s.d. TW IV 2024 (jumlah target TW I s.d. TW IV 2024, kumulatif jumlah): Dokumen analisis kebutuhan formasi ASN yang diselesaikan.

Realisasi TW IV 2024 dan Kumulatif
No  Indikator                                                 Satuan   Kumulatif  Target TW IV 2024  Realisasi TW IV 2024  Capaian TW IV 2024 (%)  Target s.d. TW IV 2024  Realisasi s.d. TW IV 2024  Capaian s.d. TW IV 2024 (%)
--  --------------------------------------------------------  -------  ---------  -----------------  --------------------  ----------------------  ----------------------  -------------------------  ---------------------------
 1  Dokumen analisis kebutuhan formasi ASN yang diselesaikan  dokumen  jumlah                     3                     4                   133,3                      12                         13                        108,3
 2  Indeks kepuasan layanan kepegawaian                       indeks   akhir                      -                  82,6                       -                      82                       82,6                       100,73
 3  Layanan kepegawaian yang selesai tepat waktu              persen   rata                       -                 96,75                       -                   95,00                      94,38                         99,3
Realisasi s.d. TW IV 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW IV 2024 hanya bila target TW IV 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                                                 Realisasi TW IV 2023  Realisasi TW IV 2024  Target 2025  Target 2026
--------------------------------------------------------  --------------------  --------------------  -----------  -----------
Dokumen analisis kebutuhan formasi ASN yang diselesaikan                    10                    13           12           12
Indeks kepuasan layanan kepegawaian                                      80,75                  82,6           83           84
Layanan kepegawaian yang selesai tepat waktu                             90,63                 94,38        96,00        97,00

Realisasi Anggaran TW IV 2024
Kode   Uraian                                        Pagu (Rp)  Rencana TW IV (Rp)  Realisasi TW IV (Rp)  Serapan TW IV (%)  Rencana s.d. TW IV (Rp)  Realisasi s.d. TW IV (Rp)  Serapan thd Rencana (%)  Serapan thd Pagu (%)  Predikat
-----  ----------------------------------------  -------------  ------------------  --------------------  -----------------  -----------------------  -------------------------  -----------------------  --------------------  --------
A      Program Pengembangan Sumber Daya Manusia  1.600.000.000         390.000.000           412.430.000             105,75            1.600.000.000              1.575.400.000                    98,46                 98,46  -
A.1    Pengembangan Kompetensi ASN               1.440.000.000         360.000.000           375.730.000             104,37            1.440.000.000              1.420.750.000                    98,66                 98,66  -
A.1.1  Penyelenggaraan Pelatihan Teknis          1.200.000.000         300.000.000           305.880.000             101,96            1.200.000.000              1.186.150.000                    98,85                 98,85  -
A.1.2  Penyelenggaraan Uji Kompetensi              240.000.000          60.000.000            69.850.000             116,42              240.000.000                234.600.000                    97,75                 97,75  -
A.2    Analisis Jabatan                            160.000.000          30.000.000            36.700.000             122,33              160.000.000                154.650.000                    96,66                 96,66  -
A.2.1  Penyusunan Anjab dan ABK                    160.000.000          30.000.000            36.700.000             122,33              160.000.000                154.650.000                    96,66                 96,66  -
       Jumlah                                    1.600.000.000         390.000.000           412.430.000             105,75            1.600.000.000              1.575.400.000                    98,46                 98,46  -

Evaluasi Hasil Renja TW IV 2024
Kode   Uraian                                    Indikator                                          Satuan   (6) Target Renstra K  (6) Target Renstra Rp  (7) Realisasi s.d. Tahun Lalu K  (7) Realisasi s.d. Tahun Lalu Rp  (8) Target Renja K  (8) Target Renja Rp  (9) TW I K  (9) TW I Rp  (10) TW II K  (10) TW II Rp  (11) TW III K  (11) TW III Rp  (12) TW IV K  (12) TW IV Rp  (13) Realisasi Tahun Ini K  (13) Realisasi Tahun Ini Rp  (14) Capaian Renja (%) K  (14) Capaian Renja (%) Rp  (15) Realisasi Renstra K  (15) Realisasi Renstra Rp  (16) Capaian Renstra (%) K  (16) Capaian Renstra (%) Rp  Predikat K     Predikat Rp
-----  ----------------------------------------  -------------------------------------------------  -------  --------------------  ---------------------  -------------------------------  --------------------------------  ------------------  -------------------  ----------  -----------  ------------  -------------  -------------  --------------  ------------  -------------  --------------------------  ---------------------------  ------------------------  -------------------------  ------------------------  -------------------------  --------------------------  ---------------------------  -------------  -------------
A      Program Pengembangan Sumber Daya Manusia  Jumlah ASN yang mengikuti pengembangan kompetensi  orang                   1.200          4.800.000.000                                0                                 0                 400        1.600.000.000          80  335.150.000           120    418.050.000            110     409.770.000           100    412.430.000                         410                1.575.400.000                    102,50                      98,46                       410              1.575.400.000                       34,17                        32,82  Sangat tinggi  Sangat tinggi
A      Program Pengembangan Sumber Daya Manusia  Dokumen analisis jabatan yang ditetapkan           dokumen                    30                                                       0                                                    10                                2                          3                             3                             2                                         10                                                 100,00                                                   10                                                  33,33                               Sangat tinggi
A.1    Pengembangan Kompetensi ASN               Jumlah peserta pelatihan teknis                    orang                     900          4.320.000.000                                0                                 0                 300        1.440.000.000          70  316.650.000            95    370.750.000             80     357.620.000            70    375.730.000                         315                1.420.750.000                    105,00                      98,66                       315              1.420.750.000                       35,00                        32,89  Sangat tinggi  Sangat tinggi
A.1.1  Penyelenggaraan Pelatihan Teknis          Kelas pelatihan teknis yang diselenggarakan        kelas                      36          3.600.000.000                                0                                 0                  12        1.200.000.000           3  285.400.000             4    296.150.000              3     298.720.000             2    305.880.000                          12                1.186.150.000                    100,00                      98,85                        12              1.186.150.000                       33,33                        32,95  Sangat tinggi  Sangat tinggi
A.1.2  Penyelenggaraan Uji Kompetensi            Peserta uji kompetensi                             orang                     450            720.000.000                                0                                 0                 150          240.000.000          30   31.250.000            45     74.600.000             40      58.900.000            35     69.850.000                         150                  234.600.000                    100,00                      97,75                       150                234.600.000                       33,33                        32,58  Sangat tinggi  Sangat tinggi
A.2    Analisis Jabatan                          Jabatan yang dianalisis                            jabatan                   180            480.000.000                                0                                 0                  60          160.000.000          12   18.500.000            18     47.300.000             15      52.150.000            15     36.700.000                          60                  154.650.000                    100,00                      96,66                        60                154.650.000                       33,33                        32,22  Sangat tinggi  Sangat tinggi
A.2.1  Penyusunan Anjab dan ABK                  Dokumen anjab dan ABK yang disusun                 dokumen                    30            480.000.000                                0                                 0                  10          160.000.000           2   18.500.000             3     47.300.000              3      52.150.000             2     36.700.000                          10                  154.650.000                    100,00                      96,66                        10                154.650.000                       33,33                        32,22  Sangat tinggi  Sangat tinggi
(13) = (9)+(10)+(11)+(12) atas TW I-IV; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059
data          examples/contoh-triwulan/2024-TW4/realisasi.csv                                                      8dcf6ed869d482d8a46de3e34993ca3652d0d2d1038e15e2f83807090121032f
data          examples/contoh-triwulan/2024-TW4/anggaran.csv                                                       3f53dc77c42eb6ca070867921643102e1b2aa2e4bbff40c0fc25d090233699ca
data          examples/contoh-triwulan/2024-TW4/renja.csv                                                          48dc62e7eb32cd5ea5e4257ea3373556dd50749f750f9dc56d25775d01162655
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
