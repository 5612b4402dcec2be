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
Kode   Uraian                                             Pagu (Rp)  Rencana TW II (Rp)  Realisasi TW II (Rp)  Serapan TW II (%)  Rencana s.d. TW II (Rp)  Realisasi s.d. TW II (Rp)  Serapan thd Rencana (%)  Serapan thd Pagu (%)  Predikat
-----  ---------------------------------------------  -------------  ------------------  --------------------  -----------------  -----------------------  -------------------------  -----------------------  --------------------  --------
A      Program Penunjang Urusan Pemerintahan Daerah   1.600.000.000         430.000.000           418.050.000              97,22              800.000.000                753.200.000                    94,15                 47,08  -
A.1    Administrasi Keuangan Perangkat Daerah         1.440.000.000         380.000.000           370.750.000              97,57              720.000.000                687.400.000                    95,47                 47,74  -
A.1.1  Penyediaan Gaji dan Tunjangan ASN              1.200.000.000         300.000.000           296.150.000              98,72              600.000.000                581.550.000                    96,93                 48,46  -
A.1.2  Penyediaan Administrasi Pelaksanaan Tugas ASN    240.000.000          80.000.000            74.600.000              93,25              120.000.000                105.850.000                    88,21                 44,10  -
A.2    Administrasi Umum Perangkat Daerah               160.000.000          50.000.000            47.300.000              94,60               80.000.000                 65.800.000                    82,25                 41,13  -
A.2.1  Penyediaan Bahan Logistik Kantor                 160.000.000          50.000.000            47.300.000              94,60               80.000.000                 65.800.000                    82,25                 41,13  -
       Jumlah                                         1.600.000.000         430.000.000           418.050.000              97,22              800.000.000                753.200.000                    94,15                 47,08  -

Evaluasi Hasil Renja TW II 2024
Kode   Uraian                                    Indikator                                          Satuan   (6) Target Renstra K  (6) Target Renstra Rp  (7) Realisasi s.d. Tahun Lalu K  (7) Realisasi s.d. Tahun Lalu Rp  (8) Target Renja K  (8) Target Renja Rp  (9) TW I K  (9) TW I Rp  (10) TW II K  (10) TW II Rp  (11) TW III K  (11) TW III Rp  (12) TW IV K  (12) TW IV Rp  (13) Realisasi Tahun Ini K  (13) Realisasi Tahun Ini Rp  (14) Capaian Renja (%) K  (14) Capaian Renja (%) Rp  (15) Realisasi Renstra K  (15) Realisasi Renstra Rp  (16) Capaian Renstra (%) K  (16) Capaian Renstra (%) Rp  Predikat K     Predikat Rp
-----  ----------------------------------------  -------------------------------------------------  -------  --------------------  ---------------------  -------------------------------  --------------------------------  ------------------  -------------------  ----------  -----------  ------------  -------------  -------------  --------------  ------------  -------------  --------------------------  ---------------------------  ------------------------  -------------------------  ------------------------  -------------------------  --------------------------  ---------------------------  -------------  -------------
A      Program Pengembangan Sumber Daya Manusia  Jumlah ASN yang mengikuti pengembangan kompetensi  orang                   1.200          1.950.000.000                                0                                 0                 400          650.000.000          80  130.000.000           120    160.000.000              -               -             -              -                         200                  290.000.000                     50,00                      44,62                       200                290.000.000                       16,67                        14,87  Sangat rendah  Sangat rendah
A      Program Pengembangan Sumber Daya Manusia  Dokumen analisis jabatan yang ditetapkan           dokumen                    30                                                       0                                                    10                                2                          3                             -                             -                                          5                                                  50,00                                                    5                                                  16,67                               Sangat rendah
A.1    Pengembangan Kompetensi ASN               Jumlah peserta pelatihan teknis                    orang                     900          1.500.000.000                                0                                 0                 300          500.000.000          70  100.000.000            95    125.000.000              -               -             -              -                         165                  225.000.000                     55,00                      45,00                       165                225.000.000                       18,33                        15,00  Rendah         Sangat rendah
A.1.1  Penyelenggaraan Pelatihan Teknis          Kelas pelatihan teknis yang diselenggarakan        kelas                      36            900.000.000                                0                                 0                  12          300.000.000           3   60.000.000             4     75.000.000              -               -             -              -                           7                  135.000.000                     58,33                      45,00                         7                135.000.000                       19,44                        15,00  Rendah         Sangat rendah
A.1.2  Penyelenggaraan Uji Kompetensi            Peserta uji kompetensi                             orang                     450            600.000.000                                0                                 0                 150          200.000.000          30   40.000.000            45     50.000.000              -               -             -              -                          75                   90.000.000                     50,00                      45,00                        75                 90.000.000                       16,67                        15,00  Sangat rendah  Sangat rendah
A.2    Analisis Jabatan                          Jabatan yang dianalisis                            jabatan                   180            450.000.000                                0                                 0                  60          150.000.000          12   30.000.000            18     35.000.000              -               -             -              -                          30                   65.000.000                     50,00                      43,33                        30                 65.000.000                       16,67                        14,44  Sangat rendah  Sangat rendah
A.2.1  Penyusunan Anjab dan ABK                  Dokumen anjab dan ABK yang disusun                 dokumen                    30            450.000.000                                0                                 0                  10          150.000.000           2   30.000.000             3     35.000.000              -               -             -              -                           5                   65.000.000                     50,00                      43,33                         5                 65.000.000                       16,67                        14,44  Sangat rendah  Sangat rendah
(13) = (9)+(10)+(11)+(12) atas TW I-II; (14) = (13)/(8) x 100; (15) = (7)+(13); (16) = (15)/(6) x 100. Triwulan yang belum berjalan tidak tersedia, bukan 0; Rp kegiatan dan program adalah jumlah rinciannya.

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            a96740caf45f5ec029e894fc7734b8d8681c3d42766c1c2dbd188faf9a447cdc
data          examples/contoh-triwulan/2024-TW2/realisasi.csv                                                      20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234
data          examples/contoh-triwulan/2024-TW2/anggaran.csv                                                       62041f84e57088034fa54a447d93339c0279f42298cfea30c32a5d63c27bf25e
data          examples/contoh-triwulan/2024-TW2/renja.csv                                                          102e4ee88d4909487f236b56706d33fe044cda5c1b59fb740bdb0ad531bfcb4f
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
