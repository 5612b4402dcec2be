$ ind eval tests/golden/triwulan/kumulatif.ind --data tests/golden/triwulan/data/hanya-kumulatif --period 2024-TW3
--- stdout
Contoh Realisasi Kumulatif
Periode TW III 2024 (Renstra 2024-2024)

Capaian Kinerja TW III 2024
No  Indikator                         Tingkat  Satuan   Target  Target untuk           Realisasi  Capaian (%)  Predikat  Kategori
--  --------------------------------  -------  -------  ------  ---------------------  ---------  -----------  --------  --------
 1  Dokumen formasi ASN yang selesai  sasaran  dokumen       9  TW I s.d. TW III 2024          9        100,0  -         -
 2  Indeks kepuasan layanan           sasaran  indeks       82  2024                        81,9        99,88  -         -
 3  Layanan selesai tepat waktu       sasaran  persen    95,00  2024                       93,58         98,5  -         -
 4  ASN yang mengikuti pelatihan      sasaran  orang       200  2024                           -            -  -         -
Tanpa target TW III 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan (target 2024); Layanan selesai tepat waktu (target 2024); ASN yang mengikuti pelatihan (target 2024). Target s.d. TW III 2024 (jumlah target TW I s.d. TW III 2024, kumulatif jumlah): Dokumen formasi ASN yang selesai.

Realisasi TW III 2024 dan Kumulatif
No  Indikator                         Satuan   Kumulatif  Target TW III 2024  Realisasi TW III 2024  Capaian TW III 2024 (%)  Target s.d. TW III 2024  Realisasi s.d. TW III 2024  Capaian s.d. TW III 2024 (%)
--  --------------------------------  -------  ---------  ------------------  ---------------------  -----------------------  -----------------------  --------------------------  ----------------------------
 1  Dokumen formasi ASN yang selesai  dokumen  jumlah                      3                      3                    100,0                        9                           9                         100,0
 2  Indeks kepuasan layanan           indeks   akhir                       -                   81,9                        -                       82                        81,9                         99,88
 3  Layanan selesai tepat waktu       persen   rata                        -                  95,00                        -                    95,00                       93,58                          98,5
Realisasi s.d. TW III 2024 dari realisasi tiap triwulan tahun itu: jumlah (dijumlahkan), rata (dirata-ratakan) atau akhir (nilai triwulan terakhir); capaian TW III 2024 hanya bila target TW III 2024 sendiri ditulis.

Perbandingan Realisasi dan Target Renstra
Indikator                         Realisasi TW III 2024  Target TW IV 2024
--------------------------------  ---------------------  -----------------
Dokumen formasi ASN yang selesai                      9                  3
Indeks kepuasan layanan                            81,9                  -
Layanan selesai tepat waktu                       93,58                  -
ASN yang mengikuti pelatihan                          -                  -

Asal laporan
Unsur         Berkas                                                    Versi atau waktu                                    SHA-256
------------  --------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                       0.1.0
waktu hitung                                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/triwulan/kumulatif.ind                                                                           ed229338522ab503a9c9a8e67e7af7a4eba18abc11ab00fa00b206104f965dca
data          tests/golden/triwulan/data/hanya-kumulatif/realisasi.csv                                                      a061be84e4ea4c74ba3ba72cc1ddc371cebfa5731621209612c4523c7d5284c2
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/triwulan/kumulatif.ind:3:1: warning[W-TIDAK-TERSEDIA]: realisasi pelatihan periode 2024-TW3 tidak tersedia: tidak ada realisasi pelatihan periode 2024-TW3 di data realisasi
 3 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
