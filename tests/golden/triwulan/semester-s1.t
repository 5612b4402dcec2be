$ ind eval tests/golden/triwulan/semester.ind --data tests/golden/triwulan/data/semester --period 2024-S1
--- stdout
Contoh Target Semester
Periode Semester I 2024 (Renstra 2024-2024)

Capaian Kinerja Semester I 2024
No  Indikator                            Tingkat  Satuan   Target  Realisasi  Capaian (%)  Predikat  Kategori
--  -----------------------------------  -------  -------  ------  ---------  -----------  --------  --------
 1  Dokumen formasi ASN yang selesai     sasaran  dokumen       6          6        100,0  -         -
 2  Rekomendasi mutasi yang diterbitkan  sasaran  dokumen      10         11        110,0  -         -
Target s.d. Semester I 2024 (jumlah target TW I s.d. Semester I 2024, kumulatif jumlah): Dokumen formasi ASN yang selesai.

Realisasi Semester I 2024 dan Kumulatif
No  Indikator                            Satuan   Kumulatif  Target Semester I 2024  Realisasi Semester I 2024  Capaian Semester I 2024 (%)  Target s.d. Semester I 2024  Realisasi s.d. Semester I 2024  Capaian s.d. Semester I 2024 (%)
--  -----------------------------------  -------  ---------  ----------------------  -------------------------  ---------------------------  ---------------------------  ------------------------------  --------------------------------
 1  Dokumen formasi ASN yang selesai     dokumen  jumlah                          -                          -                            -                            6                               6                             100,0
 2  Rekomendasi mutasi yang diterbitkan  dokumen  jumlah                         10                          -                            -                           10                              11                             110,0
Realisasi s.d. Semester I 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian Semester I 2024 hanya bila target Semester I 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                            Realisasi Semester I 2024  Target Semester II 2024  Target TW I 2024  Target TW II 2024  Target TW III 2024  Target TW IV 2024
-----------------------------------  -------------------------  -----------------------  ----------------  -----------------  ------------------  -----------------
Dokumen formasi ASN yang selesai                             6                        -                 3                  3                   3                  3
Rekomendasi mutasi yang diterbitkan                         11                       12                 -                  -                   -                  -

Asal laporan
Unsur         Berkas                                             Versi atau waktu                                    SHA-256
------------  -------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                0.1.0
waktu hitung                                                     1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/triwulan/semester.ind                                                                     72812fd3833c453351d202e73e6bbc784b93cb4520ce24f8e96530ced55f0c43
data          tests/golden/triwulan/data/semester/realisasi.csv                                                      9289815c2ca38f232187bd7786788c929bb8b2760d34720638f69d85dbe778aa
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
