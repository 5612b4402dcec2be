$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW2
--- stdout
BKPSDM Kabupaten Contoh (sampel)
Periode TW II 2024 (Renstra 2024-2026)

Capaian Kinerja TW II 2024
No  Indikator                                                 Tingkat  Satuan   Target  Target untuk          Realisasi  Capaian (%)  Predikat          Kategori
--  --------------------------------------------------------  -------  -------  ------  --------------------  ---------  -----------  ----------------  --------
 1  Dokumen analisis kebutuhan formasi ASN yang diselesaikan  sasaran  dokumen       6  TW I s.d. TW II 2024          6        100,0  Sangat memuaskan  -
 2  Indeks kepuasan layanan kepegawaian                       sasaran  indeks       82  2024                      81,35        99,21  Sangat Baik       -
 3  Layanan kepegawaian yang selesai tepat waktu              sasaran  persen    93,00  TW II 2024                92,88         99,9  Sangat Baik       -
Tanpa target TW II 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024). Target s.d. TW II 2024 (jumlah target TW I s.d. TW II 2024, kumulatif jumlah): Dokumen analisis kebutuhan formasi ASN yang diselesaikan.

Realisasi TW II 2024 dan Kumulatif
No  Indikator                                                 Satuan   Kumulatif  Target TW II 2024  Realisasi TW II 2024  Capaian TW II 2024 (%)  Target s.d. TW II 2024  Realisasi s.d. TW II 2024  Capaian s.d. TW II 2024 (%)
--  --------------------------------------------------------  -------  ---------  -----------------  --------------------  ----------------------  ----------------------  -------------------------  ---------------------------
 1  Dokumen analisis kebutuhan formasi ASN yang diselesaikan  dokumen  jumlah                     3                     4                   133,3                       6                          6                        100,0
 2  Indeks kepuasan layanan kepegawaian                       indeks   akhir                      -                 81,35                       -                      82                      81,35                        99,21
 3  Layanan kepegawaian yang selesai tepat waktu              persen   rata                   93,00                 94,25                   101,3                   93,00                      92,88                         99,9
Realisasi s.d. TW II 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW II 2024 hanya bila target TW II 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                                                 Realisasi TW II 2023  Realisasi TW II 2024  Target TW III 2024  Target TW IV 2024  Target 2025  Target 2026
--------------------------------------------------------  --------------------  --------------------  ------------------  -----------------  -----------  -----------
Dokumen analisis kebutuhan formasi ASN yang diselesaikan                     4                     6                   3                  3           12           12
Indeks kepuasan layanan kepegawaian                                       79,6                 81,35                   -                  -           83           84
Layanan kepegawaian yang selesai tepat waktu                             89,75                 92,88                   -                  -        96,00        97,00

Realisasi Anggaran TW II 2024
Kode   Uraian                                        Pagu (Rp)  Rencana TW II (Rp)  Realisasi TW II (Rp)  Serapan TW II (%)  Rencana s.d. TW II (Rp)  Realisasi s.d. TW II (Rp)  Serapan thd Rencana (%)  Serapan thd Pagu (%)  Predikat
-----  ----------------------------------------  -------------  ------------------  --------------------  -----------------  -----------------------  -------------------------  -----------------------  --------------------  --------
A      Program Pengembangan Sumber Daya Manusia  1.600.000.000         430.000.000           418.050.000              97,22              800.000.000                753.200.000                    94,15                 47,08  -
A.1    Pengembangan Kompetensi ASN               1.440.000.000         380.000.000           370.750.000              97,57              720.000.000                687.400.000                    95,47                 47,74  -
A.1.1  Penyelenggaraan Pelatihan Teknis          1.200.000.000         300.000.000           296.150.000              98,72              600.000.000                581.550.000                    96,93                 48,46  -
A.1.2  Penyelenggaraan Uji Kompetensi              240.000.000          80.000.000            74.600.000              93,25              120.000.000                105.850.000                    88,21                 44,10  -
A.2    Analisis Jabatan                            160.000.000          50.000.000            47.300.000              94,60               80.000.000                 65.800.000                    82,25                 41,13  -
A.2.1  Penyusunan Anjab dan ABK                    160.000.000          50.000.000            47.300.000              94,60               80.000.000                 65.800.000                    82,25                 41,13  -
       Jumlah                                    1.600.000.000         430.000.000           418.050.000              97,22              800.000.000                753.200.000                    94,15                 47,08  -

Evaluasi Hasil Renja TW II 2024
Kode   Uraian                                    Indikator                                          Satuan   (6) Target Renstra K  (6) Target Renstra Rp  (7) Realisasi s.d. Tahun Lalu K  (7) Realisasi s.d. Tahun Lalu Rp  (8) Target Renja K  (8) Target Renja Rp  (9) TW I K  (9) TW I Rp  (10) TW II K  (10) TW II Rp  (11) TW III K  (11) TW III Rp  (12) TW IV K  (12) TW IV Rp  (13) Realisasi Tahun Ini K  (13) Realisasi Tahun Ini Rp  (14) Capaian Renja (%) K  (14) Capaian Renja (%) Rp  (15) Realisasi Renstra K  (15) Realisasi Renstra Rp  (16) Capaian Renstra (%) K  (16) Capaian Renstra (%) Rp  Predikat K     Predikat Rp
-----  ----------------------------------------  -------------------------------------------------  -------  --------------------  ---------------------  -------------------------------  --------------------------------  ------------------  -------------------  ----------  -----------  ------------  -------------  -------------  --------------  ------------  -------------  --------------------------  ---------------------------  ------------------------  -------------------------  ------------------------  -------------------------  --------------------------  ---------------------------  -------------  -------------
A      Program Pengembangan Sumber Daya Manusia  Jumlah ASN yang mengikuti pengembangan kompetensi  orang                   1.200          4.800.000.000                                0                                 0                 400        1.600.000.000          80  335.150.000           120    418.050.000              -               -             -              -                         200                  753.200.000                     50,00                      47,08                       200                753.200.000                       16,67                        15,69  Sangat rendah  Sangat rendah
A      Program Pengembangan Sumber Daya Manusia  Dokumen analisis jabatan yang ditetapkan           dokumen                    30                                                       0                                                    10                                2                          3                             -                             -                                          5                                                  50,00                                                    5                                                  16,67                               Sangat rendah
A.1    Pengembangan Kompetensi ASN               Jumlah peserta pelatihan teknis                    orang                     900          4.320.000.000                                0                                 0                 300        1.440.000.000          70  316.650.000            95    370.750.000              -               -             -              -                         165                  687.400.000                     55,00                      47,74                       165                687.400.000                       18,33                        15,91  Rendah         Sangat rendah
A.1.1  Penyelenggaraan Pelatihan Teknis          Kelas pelatihan teknis yang diselenggarakan        kelas                      36          3.600.000.000                                0                                 0                  12        1.200.000.000           3  285.400.000             4    296.150.000              -               -             -              -                           7                  581.550.000                     58,33                      48,46                         7                581.550.000                       19,44                        16,15  Rendah         Sangat rendah
A.1.2  Penyelenggaraan Uji Kompetensi            Peserta uji kompetensi                             orang                     450            720.000.000                                0                                 0                 150          240.000.000          30   31.250.000            45     74.600.000              -               -             -              -                          75                  105.850.000                     50,00                      44,10                        75                105.850.000                       16,67                        14,70  Sangat rendah  Sangat rendah
A.2    Analisis Jabatan                          Jabatan yang dianalisis                            jabatan                   180            480.000.000                                0                                 0                  60          160.000.000          12   18.500.000            18     47.300.000              -               -             -              -                          30                   65.800.000                     50,00                      41,13                        30                 65.800.000                       16,67                        13,71  Sangat rendah  Sangat rendah
A.2.1  Penyusunan Anjab dan ABK                  Dokumen anjab dan ABK yang disusun                 dokumen                    30            480.000.000                                0                                 0                  10          160.000.000           2   18.500.000             3     47.300.000              -               -             -              -                           5                   65.800.000                     50,00                      41,13                         5                 65.800.000                       16,67                        13,71  Sangat rendah  Sangat rendah
(13) = (9)+(10)+(11)+(12) atas TW I-II; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            222cd16b8cee53d2ae95953f9fd95f53cea8566feed09e7ca7432d592869a059
data          examples/contoh-triwulan/2024-TW2/realisasi.csv                                                      20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234
data          examples/contoh-triwulan/2024-TW2/anggaran.csv                                                       1dc53b08000e6b9c42f5f72edf5a3a0c5a2b6b4c3b12ddb70c950a2237e0089b
data          examples/contoh-triwulan/2024-TW2/renja.csv                                                          ad2fbbc3aac102dd659eb178a1d8545a6e21fef5e5811726bf7eb64a18ccac93
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
