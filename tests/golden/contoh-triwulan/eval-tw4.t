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
Kode   Uraian                                             Pagu (Rp)  Rencana TW IV (Rp)  Realisasi TW IV (Rp)  Serapan TW IV (%)  Rencana s.d. TW IV (Rp)  Realisasi s.d. TW IV (Rp)  Serapan thd Rencana (%)  Serapan thd Pagu (%)  Predikat
-----  ---------------------------------------------  -------------  ------------------  --------------------  -----------------  -----------------------  -------------------------  -----------------------  --------------------  --------
A      Program Penunjang Urusan Pemerintahan Daerah   1.600.000.000         390.000.000           412.430.000             105,75            1.600.000.000              1.575.400.000                    98,46                 98,46  -
A.1    Administrasi Keuangan Perangkat Daerah         1.440.000.000         360.000.000           375.730.000             104,37            1.440.000.000              1.420.750.000                    98,66                 98,66  -
A.1.1  Penyediaan Gaji dan Tunjangan ASN              1.200.000.000         300.000.000           305.880.000             101,96            1.200.000.000              1.186.150.000                    98,85                 98,85  -
A.1.2  Penyediaan Administrasi Pelaksanaan Tugas ASN    240.000.000          60.000.000            69.850.000             116,42              240.000.000                234.600.000                    97,75                 97,75  -
A.2    Administrasi Umum Perangkat Daerah               160.000.000          30.000.000            36.700.000             122,33              160.000.000                154.650.000                    96,66                 96,66  -
A.2.1  Penyediaan Bahan Logistik Kantor                 160.000.000          30.000.000            36.700.000             122,33              160.000.000                154.650.000                    96,66                 96,66  -
       Jumlah                                         1.600.000.000         390.000.000           412.430.000             105,75            1.600.000.000              1.575.400.000                    98,46                 98,46  -

Evaluasi Hasil Renja TW IV 2024
Kode   Uraian                                    Indikator                                          Satuan   (6) Target Renstra K  (6) Target Renstra Rp  (7) Realisasi s.d. Tahun Lalu K  (7) Realisasi s.d. Tahun Lalu Rp  (8) Target Renja K  (8) Target Renja Rp  (9) TW I K  (9) TW I Rp  (10) TW II K  (10) TW II Rp  (11) TW III K  (11) TW III Rp  (12) TW IV K  (12) TW IV Rp  (13) Realisasi Tahun Ini K  (13) Realisasi Tahun Ini Rp  (14) Capaian Renja (%) K  (14) Capaian Renja (%) Rp  (15) Realisasi Renstra K  (15) Realisasi Renstra Rp  (16) Capaian Renstra (%) K  (16) Capaian Renstra (%) Rp  Predikat K     Predikat Rp
-----  ----------------------------------------  -------------------------------------------------  -------  --------------------  ---------------------  -------------------------------  --------------------------------  ------------------  -------------------  ----------  -----------  ------------  -------------  -------------  --------------  ------------  -------------  --------------------------  ---------------------------  ------------------------  -------------------------  ------------------------  -------------------------  --------------------------  ---------------------------  -------------  -------------
A      Program Pengembangan Sumber Daya Manusia  Jumlah ASN yang mengikuti pengembangan kompetensi  orang                   1.200          1.950.000.000                                0                                 0                 400          650.000.000          80  130.000.000           120    160.000.000            110     175.000.000           100    153.000.000                         410                  618.000.000                    102,50                      95,08                       410                618.000.000                       34,17                        31,69  Sangat tinggi  Sangat tinggi
A      Program Pengembangan Sumber Daya Manusia  Dokumen analisis jabatan yang ditetapkan           dokumen                    30                                                       0                                                    10                                2                          3                             3                             2                                         10                                                 100,00                                                   10                                                  33,33                               Sangat tinggi
A.1    Pengembangan Kompetensi ASN               Jumlah peserta pelatihan teknis                    orang                     900          1.500.000.000                                0                                 0                 300          500.000.000          70  100.000.000            95    125.000.000             80     135.000.000            70    115.000.000                         315                  475.000.000                    105,00                      95,00                       315                475.000.000                       35,00                        31,67  Sangat tinggi  Sangat tinggi
A.1.1  Penyelenggaraan Pelatihan Teknis          Kelas pelatihan teknis yang diselenggarakan        kelas                      36            900.000.000                                0                                 0                  12          300.000.000           3   60.000.000             4     75.000.000              3      80.000.000             2     70.000.000                          12                  285.000.000                    100,00                      95,00                        12                285.000.000                       33,33                        31,67  Sangat tinggi  Sangat tinggi
A.1.2  Penyelenggaraan Uji Kompetensi            Peserta uji kompetensi                             orang                     450            600.000.000                                0                                 0                 150          200.000.000          30   40.000.000            45     50.000.000             40      55.000.000            35     45.000.000                         150                  190.000.000                    100,00                      95,00                       150                190.000.000                       33,33                        31,67  Sangat tinggi  Sangat tinggi
A.2    Analisis Jabatan                          Jabatan yang dianalisis                            jabatan                   180            450.000.000                                0                                 0                  60          150.000.000          12   30.000.000            18     35.000.000             15      40.000.000            15     38.000.000                          60                  143.000.000                    100,00                      95,33                        60                143.000.000                       33,33                        31,78  Sangat tinggi  Sangat tinggi
A.2.1  Penyusunan Anjab dan ABK                  Dokumen anjab dan ABK yang disusun                 dokumen                    30            450.000.000                                0                                 0                  10          150.000.000           2   30.000.000             3     35.000.000              3      40.000.000             2     38.000.000                          10                  143.000.000                    100,00                      95,33                        10                143.000.000                       33,33                        31,78  Sangat tinggi  Sangat tinggi
(13) = (9)+(10)+(11)+(12) atas TW I-IV; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            a96740caf45f5ec029e894fc7734b8d8681c3d42766c1c2dbd188faf9a447cdc
data          examples/contoh-triwulan/2024-TW4/realisasi.csv                                                      8dcf6ed869d482d8a46de3e34993ca3652d0d2d1038e15e2f83807090121032f
data          examples/contoh-triwulan/2024-TW4/anggaran.csv                                                       054eabb2db3b5460b2643fd382379ac10afb87deae033ff043259a3b8d5edafe
data          examples/contoh-triwulan/2024-TW4/renja.csv                                                          cc46da907dea1fd26a1b497b1621de39ea6aa2e242e7f404884eb50b05d04e9c
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
