$ ind eval tests/golden/kumulatif/kumulatif.ind --data tests/golden/kumulatif/data/bolong --period 2024-TW2
--- stdout
Contoh Kumulatif
Periode TW II 2024 (Renstra 2024-2024)

Capaian Kinerja TW II 2024
No  Indikator                                Tingkat  Satuan   Target  Target untuk          Realisasi  Capaian (%)  Predikat     Kategori
--  ---------------------------------------  -------  -------  ------  --------------------  ---------  -----------  -----------  --------
 1  Dokumen formasi ASN yang selesai         sasaran  dokumen       6  TW I s.d. TW II 2024          -            -  -            -
 2  Indeks kepuasan layanan kepegawaian      sasaran  indeks       82  2024                      81,35        99,21  Sangat Baik  -
 3  Layanan kepegawaian selesai tepat waktu  sasaran  persen    93,00  TW II 2024                    -            -  -            -
Tanpa target TW II 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024). Target s.d. TW II 2024 (jumlah target TW I s.d. TW II 2024, kumulatif jumlah): Dokumen formasi ASN yang selesai.

Realisasi TW II 2024 dan Kumulatif
No  Indikator                                Satuan   Kumulatif  Target TW II 2024  Realisasi TW II 2024  Capaian TW II 2024 (%)  Target s.d. TW II 2024  Realisasi s.d. TW II 2024  Capaian s.d. TW II 2024 (%)
--  ---------------------------------------  -------  ---------  -----------------  --------------------  ----------------------  ----------------------  -------------------------  ---------------------------
 1  Dokumen formasi ASN yang selesai         dokumen  jumlah                     3                     4                   133,3                       6                          -                            -
 2  Indeks kepuasan layanan kepegawaian      indeks   akhir                      -                 81,35                       -                      82                      81,35                        99,21
 3  Layanan kepegawaian selesai tepat waktu  persen   rata                   93,00                 94,25                   101,3                   93,00                          -                            -
Realisasi s.d. TW II 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW II 2024 hanya bila target TW II 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                                Realisasi TW II 2024  Target TW III 2024  Target TW IV 2024
---------------------------------------  --------------------  ------------------  -----------------
Dokumen formasi ASN yang selesai                            -                   3                  3
Indeks kepuasan layanan kepegawaian                     81,35                   -                  -
Layanan kepegawaian selesai tepat waktu                     -                   -                  -

Nilai Komponen
Nilai               Uraian                          Angka
------------------  ------------------------------  -----
dokumen_tw          Dokumen selesai dalam triwulan      4
dokumen_sd          Dokumen selesai s.d. triwulan       -
capaian_dokumen_tw  Capaian dokumen triwulan itu    133,3
Tidak tersedia: dokumen_sd (realisasi dokumen s.d. TW II 2024 tidak dapat dihitung: tidak ada realisasi TW I 2024).

Asal laporan
Unsur         Berkas                                            Versi atau waktu                                    SHA-256
------------  ------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                               0.1.0
waktu hitung                                                    1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/kumulatif/kumulatif.ind                                                                  16bff3ddd8ef968c71404efe21eb14b24f7bcaba2cb5d85ad78783ba7076bdf4
data          tests/golden/kumulatif/data/bolong/realisasi.csv                                                      3453a1bdf9c4c7e249eb3968539646f0a92bbfb5facbff66677a62457fb8449b
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/kumulatif/kumulatif.ind:17:3: warning[W-KUMULATIF-KOSONG]: realisasi dokumen s.d. TW II 2024 tidak dapat dihitung: tidak ada realisasi TW I 2024 (kumulatif jumlah)
 17 |   kumulatif jumlah
    |   ^~~~~~~~~~~~~~~~
   = saran: isi realisasi TW I 2024 di data realisasi; triwulan yang kosong tidak dibaca sebagai 0
tests/golden/kumulatif/kumulatif.ind:17:3: warning[W-TIDAK-TERSEDIA]: realisasi dokumen periode 2024-TW2 tidak tersedia: realisasi dokumen s.d. TW II 2024 tidak dapat dihitung: tidak ada realisasi TW I 2024
 17 |   kumulatif jumlah
    |   ^~~~~~~~~~~~~~~~
tests/golden/kumulatif/kumulatif.ind:38:3: warning[W-KUMULATIF-KOSONG]: realisasi tepat_waktu s.d. TW II 2024 tidak dapat dihitung: tidak ada realisasi TW I 2024 (kumulatif rata)
 38 |   kumulatif rata
    |   ^~~~~~~~~~~~~~
   = saran: isi realisasi TW I 2024 di data realisasi; triwulan yang kosong tidak dibaca sebagai 0
tests/golden/kumulatif/kumulatif.ind:38:3: warning[W-TIDAK-TERSEDIA]: realisasi tepat_waktu periode 2024-TW2 tidak tersedia: realisasi tepat_waktu s.d. TW II 2024 tidak dapat dihitung: tidak ada realisasi TW I 2024
 38 |   kumulatif rata
    |   ^~~~~~~~~~~~~~

--- exit 0
