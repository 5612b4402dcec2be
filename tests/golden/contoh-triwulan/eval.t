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

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            6b8cb1a839bcbab479566229a765d0fe50bac096665729e56d6fe8c7cefc203f
data          examples/contoh-triwulan/2024-TW2/realisasi.csv                                                      20e7f93500800440142d71ec2424eb2252d1c5feb2a1535cf9c876c88c396234
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
