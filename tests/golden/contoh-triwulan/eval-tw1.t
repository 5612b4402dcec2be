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

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            6b8cb1a839bcbab479566229a765d0fe50bac096665729e56d6fe8c7cefc203f
data          examples/contoh-triwulan/2024-TW1/realisasi.csv                                                      d4d9f2cb1e9f9a486e88c1fad10e6342f6f5bf3c6fcfedd8fea55b9c84bf5ed2
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
