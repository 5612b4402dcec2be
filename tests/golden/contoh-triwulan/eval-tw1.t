$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW1
--- stdout
BKPSDM Kabupaten Contoh (sampel)
Periode TW I 2024 (Renstra 2024-2026)

Capaian Kinerja TW I 2024
No  Indikator                                                 Tingkat  Satuan   Target  Target untuk  Realisasi  Capaian (%)  Predikat     Kategori
--  --------------------------------------------------------  -------  -------  ------  ------------  ---------  -----------  -----------  --------
 1  Dokumen analisis kebutuhan formasi ASN yang diselesaikan  sasaran  dokumen       3  TW I 2024             2         66,7  Cukup        -
 2  Indeks kepuasan layanan kepegawaian                       sasaran  indeks       82  2024               80,1        97,68  Sangat Baik  -
 3  Layanan kepegawaian yang selesai tepat waktu              sasaran  persen    95,00  2024              91,50         96,3  Sangat Baik  -
Tanpa target TW I 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024); Layanan kepegawaian yang selesai tepat waktu (target 2024).

Realisasi TW I 2024 dan Kumulatif
No  Indikator                                                 Satuan   Kumulatif  Target TW I 2024  Realisasi TW I 2024  Capaian TW I 2024 (%)  Target s.d. TW I 2024  Realisasi s.d. TW I 2024  Capaian s.d. TW I 2024 (%)
--  --------------------------------------------------------  -------  ---------  ----------------  -------------------  ---------------------  ---------------------  ------------------------  --------------------------
 1  Dokumen analisis kebutuhan formasi ASN yang diselesaikan  dokumen  jumlah                    3                    2                   66,7                      3                         2                        66,7
 2  Indeks kepuasan layanan kepegawaian                       indeks   akhir                     -                 80,1                      -                     82                      80,1                       97,68
 3  Layanan kepegawaian yang selesai tepat waktu              persen   rata                      -                91,50                      -                  95,00                     91,50                        96,3
Realisasi s.d. TW I 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW I 2024 hanya bila target TW I 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                                                 Realisasi TW I 2023  Realisasi TW I 2024  Target TW II 2024  Target TW III 2024  Target TW IV 2024  Target 2025  Target 2026
--------------------------------------------------------  -------------------  -------------------  -----------------  ------------------  -----------------  -----------  -----------
Dokumen analisis kebutuhan formasi ASN yang diselesaikan                    1                    2                  3                   3                  3           12           12
Indeks kepuasan layanan kepegawaian                                      78,9                 80,1                  -                   -                  -           83           84
Layanan kepegawaian yang selesai tepat waktu                            89,00                91,50              93,00                   -                  -        96,00        97,00

Realisasi Anggaran TW I 2024
Kode   Uraian                                        Pagu (Rp)  Rencana TW I (Rp)  Realisasi TW I (Rp)  Serapan TW I (%)  Rencana s.d. TW I (Rp)  Realisasi s.d. TW I (Rp)  Serapan thd Rencana (%)  Serapan thd Pagu (%)  Predikat
-----  ----------------------------------------  -------------  -----------------  -------------------  ----------------  ----------------------  ------------------------  -----------------------  --------------------  --------
A      Program Pengembangan Sumber Daya Manusia  1.600.000.000        370.000.000          335.150.000             90,58             370.000.000               335.150.000                    90,58                 20,95  -
A.1    Pengembangan Kompetensi ASN               1.440.000.000        340.000.000          316.650.000             93,13             340.000.000               316.650.000                    93,13                 21,99  -
A.1.1  Penyelenggaraan Pelatihan Teknis          1.200.000.000        300.000.000          285.400.000             95,13             300.000.000               285.400.000                    95,13                 23,78  -
A.1.2  Penyelenggaraan Uji Kompetensi              240.000.000         40.000.000           31.250.000             78,13              40.000.000                31.250.000                    78,13                 13,02  -
A.2    Analisis Jabatan                            160.000.000         30.000.000           18.500.000             61,67              30.000.000                18.500.000                    61,67                 11,56  -
A.2.1  Penyusunan Anjab dan ABK                    160.000.000         30.000.000           18.500.000             61,67              30.000.000                18.500.000                    61,67                 11,56  -
       Jumlah                                    1.600.000.000        370.000.000          335.150.000             90,58             370.000.000               335.150.000                    90,58                 20,95  -

Evaluasi Hasil Renja TW I 2024
Kode   Uraian                                    Indikator                                          Satuan   (6) Target Renstra K  (6) Target Renstra Rp  (7) Realisasi s.d. Tahun Lalu K  (7) Realisasi s.d. Tahun Lalu Rp  (8) Target Renja K  (8) Target Renja Rp  (9) TW I K  (9) TW I Rp  (10) TW II K  (10) TW II Rp  (11) TW III K  (11) TW III Rp  (12) TW IV K  (12) TW IV Rp  (13) Realisasi Tahun Ini K  (13) Realisasi Tahun Ini Rp  (14) Capaian Renja (%) K  (14) Capaian Renja (%) Rp  (15) Realisasi Renstra K  (15) Realisasi Renstra Rp  (16) Capaian Renstra (%) K  (16) Capaian Renstra (%) Rp  Predikat K     Predikat Rp
-----  ----------------------------------------  -------------------------------------------------  -------  --------------------  ---------------------  -------------------------------  --------------------------------  ------------------  -------------------  ----------  -----------  ------------  -------------  -------------  --------------  ------------  -------------  --------------------------  ---------------------------  ------------------------  -------------------------  ------------------------  -------------------------  --------------------------  ---------------------------  -------------  -------------
A      Program Pengembangan Sumber Daya Manusia  Jumlah ASN yang mengikuti pengembangan kompetensi  orang                   1.200          4.800.000.000                                0                                 0                 400        1.600.000.000          80  335.150.000             -              -              -               -             -              -                          80                  335.150.000                     20,00                      20,95                        80                335.150.000                        6,67                         6,98  Sangat rendah  Sangat rendah
A      Program Pengembangan Sumber Daya Manusia  Dokumen analisis jabatan yang ditetapkan           dokumen                    30                                                       0                                                    10                                2                          -                             -                             -                                          2                                                  20,00                                                    2                                                   6,67                               Sangat rendah
A.1    Pengembangan Kompetensi ASN               Jumlah peserta pelatihan teknis                    orang                     900          4.320.000.000                                0                                 0                 300        1.440.000.000          70  316.650.000             -              -              -               -             -              -                          70                  316.650.000                     23,33                      21,99                        70                316.650.000                        7,78                         7,33  Sangat rendah  Sangat rendah
A.1.1  Penyelenggaraan Pelatihan Teknis          Kelas pelatihan teknis yang diselenggarakan        kelas                      36          3.600.000.000                                0                                 0                  12        1.200.000.000           3  285.400.000             -              -              -               -             -              -                           3                  285.400.000                     25,00                      23,78                         3                285.400.000                        8,33                         7,93  Sangat rendah  Sangat rendah
A.1.2  Penyelenggaraan Uji Kompetensi            Peserta uji kompetensi                             orang                     450            720.000.000                                0                                 0                 150          240.000.000          30   31.250.000             -              -              -               -             -              -                          30                   31.250.000                     20,00                      13,02                        30                 31.250.000                        6,67                         4,34  Sangat rendah  Sangat rendah
A.2    Analisis Jabatan                          Jabatan yang dianalisis                            jabatan                   180            480.000.000                                0                                 0                  60          160.000.000          12   18.500.000             -              -              -               -             -              -                          12                   18.500.000                     20,00                      11,56                        12                 18.500.000                        6,67                         3,85  Sangat rendah  Sangat rendah
A.2.1  Penyusunan Anjab dan ABK                  Dokumen anjab dan ABK yang disusun                 dokumen                    30            480.000.000                                0                                 0                  10          160.000.000           2   18.500.000             -              -              -               -             -              -                           2                   18.500.000                     20,00                      11,56                         2                 18.500.000                        6,67                         3,85  Sangat rendah  Sangat rendah
(13) = (9)+(10)+(11)+(12) atas TW I; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059
data          examples/contoh-triwulan/2024-TW1/realisasi.csv                                                      d4d9f2cb1e9f9a486e88c1fad10e6342f6f5bf3c6fcfedd8fea55b9c84bf5ed2
data          examples/contoh-triwulan/2024-TW1/anggaran.csv                                                       ed6ad314d681e8c2793f1cc3d5c81a8d8671be02b613aea275dc4c82cb9e2793
data          examples/contoh-triwulan/2024-TW1/renja.csv                                                          67c11bab0fcfbaec3d0604ae8f00621b97a5199c5f6e9e931e59745633906b3c
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
