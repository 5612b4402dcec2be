$ ind eval tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024
--- stdout
Contoh Versi Target
Periode 2024 (Renstra 2024-2026)

Capaian Kinerja 2024
No  Indikator                            Tingkat  Satuan   Target  Target Renstra 2024-2026  Target PK Perubahan  Target (tanpa versi)  Realisasi  Capaian (%)  Predikat          Kategori
--  -----------------------------------  -------  -------  ------  ------------------------  -------------------  --------------------  ---------  -----------  ----------------  --------
 1  Indeks kepuasan layanan kepegawaian  sasaran  indeks       82                        80                 81,5                     -       82,4       100,49  Sangat memuaskan  -
 2  ASN yang mengikuti pelatihan         sasaran  orang       180                         -                    -                   200        190        105,6  Sangat memuaskan  -
 3  Dokumen perencanaan tepat waktu      sasaran  dokumen       4                         -                    -                     -          4        100,0  -                 -
Capaian diukur terhadap target Perjanjian Kinerja (pk) untuk Indeks kepuasan layanan kepegawaian; target Renstra 2024-2026 (renstra) untuk ASN yang mengikuti pelatihan.

Perbandingan Realisasi dan Target Renstra
Indikator                            Realisasi 2024  Target TW I 2024  Target 2025  Target 2026
-----------------------------------  --------------  ----------------  -----------  -----------
Indeks kepuasan layanan kepegawaian            82,4                78           83           85
ASN yang mengikuti pelatihan                    190                 -          200          220
Dokumen perencanaan tepat waktu                   4                 -            4            4

Nilai Komponen
Nilai           Uraian                                           Angka
--------------  -----------------------------------------------  -----
selisih_pk      Target PK di atas target Renstra, kepuasan 2024      2
target_dipakai  Target kepuasan yang dipakai capaian                82

Asal laporan
Unsur         Berkas                                                Versi atau waktu                                    SHA-256
------------  ----------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                   0.1.0
waktu hitung                                                        1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/target-versions/versi.ind                                                                    424ac41f6c7d088f308d2cb1592be21b92f117459ab510950541390af83d03cb
data          tests/golden/target-versions/data/2024/realisasi.csv                                                      31899b67589bd4a382cf0d47880eab377ad0b23313c690d16933f168f74603c1
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
