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

Asal laporan
Unsur         Berkas                                           Versi atau waktu                                    SHA-256
------------  -----------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                              0.1.0
waktu hitung                                                   1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        rules/contoh-triwulan.ind                                                                            6b8cb1a839bcbab479566229a765d0fe50bac096665729e56d6fe8c7cefc203f
data          examples/contoh-triwulan/2024-TW4/realisasi.csv                                                      8dcf6ed869d482d8a46de3e34993ca3652d0d2d1038e15e2f83807090121032f
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
