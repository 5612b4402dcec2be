$ ind eval tests/golden/kumulatif/kumulatif.ind --data tests/golden/kumulatif/data/2024-TW2 --period 2024-TW1
--- stdout
Contoh Kumulatif
Periode TW I 2024 (Renstra 2024-2024)

Capaian Kinerja TW I 2024
No  Indikator                                Tingkat  Satuan   Target  Target untuk  Realisasi  Capaian (%)  Predikat     Kategori
--  ---------------------------------------  -------  -------  ------  ------------  ---------  -----------  -----------  --------
 1  Dokumen formasi ASN yang selesai         sasaran  dokumen       3  TW I 2024             2         66,7  Kurang       -
 2  Indeks kepuasan layanan kepegawaian      sasaran  indeks       82  2024               80,1        97,68  Sangat Baik  -
 3  Layanan kepegawaian selesai tepat waktu  sasaran  persen    95,00  2024              91,50         96,3  Sangat Baik  -
Tanpa target TW I 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024); Layanan kepegawaian selesai tepat waktu (target 2024).

Realisasi TW I 2024 dan Kumulatif
No  Indikator                                Satuan   Kumulatif  Target TW I 2024  Realisasi TW I 2024  Capaian TW I 2024 (%)  Target s.d. TW I 2024  Realisasi s.d. TW I 2024  Capaian s.d. TW I 2024 (%)
--  ---------------------------------------  -------  ---------  ----------------  -------------------  ---------------------  ---------------------  ------------------------  --------------------------
 1  Dokumen formasi ASN yang selesai         dokumen  jumlah                    3                    2                   66,7                      3                         2                        66,7
 2  Indeks kepuasan layanan kepegawaian      indeks   akhir                     -                 80,1                      -                     82                      80,1                       97,68
 3  Layanan kepegawaian selesai tepat waktu  persen   rata                      -                91,50                      -                  95,00                     91,50                        96,3
Realisasi s.d. TW I 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW I 2024 hanya bila target TW I 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                                Realisasi TW I 2024  Target TW II 2024  Target TW III 2024  Target TW IV 2024
---------------------------------------  -------------------  -----------------  ------------------  -----------------
Dokumen formasi ASN yang selesai                           2                  3                   3                  3
Indeks kepuasan layanan kepegawaian                     80,1                  -                   -                  -
Layanan kepegawaian selesai tepat waktu                91,50              93,00                   -                  -

Nilai Komponen
Nilai               Uraian                          Angka
------------------  ------------------------------  -----
dokumen_tw          Dokumen selesai dalam triwulan      2
dokumen_sd          Dokumen selesai s.d. triwulan       2
capaian_dokumen_tw  Capaian dokumen triwulan itu     66,7

Asal laporan
Unsur         Berkas                                              Versi atau waktu                                    SHA-256
------------  --------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                 0.1.0
waktu hitung                                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/kumulatif/kumulatif.ind                                                                    16bff3ddd8ef968c71404efe21eb14b24f7bcaba2cb5d85ad78783ba7076bdf4
data          tests/golden/kumulatif/data/2024-TW2/realisasi.csv                                                      bf0888f4107eea90517a90d691adc9304f2513ddcaa7a58c33e5599d16d14b56
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
