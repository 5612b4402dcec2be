$ ind eval rules/contoh-triwulan.ind --data examples/contoh-triwulan/2024-TW3
--- stdout
BKPSDM Kabupaten Contoh (sampel)
Periode TW III 2024 (Renstra 2024-2026)

Capaian Kinerja TW III 2024
No  Indikator                                                 Tingkat  Satuan   Target  Target untuk           Realisasi  Capaian (%)  Predikat          Kategori
--  --------------------------------------------------------  -------  -------  ------  ---------------------  ---------  -----------  ----------------  --------
 1  Dokumen analisis kebutuhan formasi ASN yang diselesaikan  sasaran  dokumen       9  TW I s.d. TW III 2024          9        100,0  Sangat memuaskan  -
 2  Indeks kepuasan layanan kepegawaian                       sasaran  indeks       82  2024                        81,9        99,88  Sangat Baik       -
 3  Layanan kepegawaian yang selesai tepat waktu              sasaran  persen    95,00  2024                       93,58         98,5  Sangat Baik       -
Tanpa target TW III 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024); Layanan kepegawaian yang selesai tepat waktu (target 2024). Target s.d. TW III 2024 (jumlah target TW I s.d. TW III 2024, kumulatif jumlah): Dokumen analisis kebutuhan formasi ASN yang diselesaikan.

Realisasi TW III 2024 dan Kumulatif
No  Indikator                                                 Satuan   Kumulatif  Target TW III 2024  Realisasi TW III 2024  Capaian TW III 2024 (%)  Target s.d. TW III 2024  Realisasi s.d. TW III 2024  Capaian s.d. TW III 2024 (%)
--  --------------------------------------------------------  -------  ---------  ------------------  ---------------------  -----------------------  -----------------------  --------------------------  ----------------------------
 1  Dokumen analisis kebutuhan formasi ASN yang diselesaikan  dokumen  jumlah                      3                      3                    100,0                        9                           9                         100,0
 2  Indeks kepuasan layanan kepegawaian                       indeks   akhir                       -                   81,9                        -                       82                        81,9                         99,88
 3  Layanan kepegawaian yang selesai tepat waktu              persen   rata                        -                  95,00                        -                    95,00                       93,58                          98,5
Realisasi s.d. TW III 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW III 2024 hanya bila target TW III 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                                                 Realisasi TW III 2023  Realisasi TW III 2024  Target TW IV 2024  Target 2025  Target 2026
--------------------------------------------------------  ---------------------  ---------------------  -----------------  -----------  -----------
Dokumen analisis kebutuhan formasi ASN yang diselesaikan                      6                      9                  3           12           12
Indeks kepuasan layanan kepegawaian                                        80,2                   81,9                  -           83           84
Layanan kepegawaian yang selesai tepat waktu                              90,17                  93,58                  -        96,00        97,00

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            6b8cb1a839bcbab479566229a765d0fe50bac096665729e56d6fe8c7cefc203f
data          examples/contoh-triwulan/2024-TW3/realisasi.csv                                                      a1a210b318b1767c9446c2daae5e3720e0362abb6f5cd46d9247979926d9e6aa
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
