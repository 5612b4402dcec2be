$ ind eval tests/golden/quarterly/triwulan.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW1
--- stdout
Contoh Triwulan
Periode TW I 2024 (Renstra 2024-2024)

Capaian Kinerja TW I 2024
No  Indikator                                        Tingkat  Satuan  Target  Target untuk  Realisasi  Capaian (%)  Predikat     Kategori
--  -----------------------------------------------  -------  ------  ------  ------------  ---------  -----------  -----------  --------
 1  ASN yang mengikuti pelatihan dalam triwulan      sasaran  orang       40  TW I 2024            35         87,5  Sangat Baik  -
 2  ASN yang mengikuti pelatihan sampai triwulan II  sasaran  orang      200  2024                  -            -  -            -
 3  Indeks kepuasan layanan kepegawaian              sasaran  indeks      80  TW I 2024          79,4        99,25  Sangat Baik  -
Tanpa target TW I 2024, capaian diukur terhadap target periode yang memuatnya: ASN yang mengikuti pelatihan sampai triwulan II (target 2024).

Perbandingan Realisasi dan Target Renstra
Indikator                                        Realisasi TW I 2024  Target TW II 2024  Target TW III 2024  Target TW IV 2024
-----------------------------------------------  -------------------  -----------------  ------------------  -----------------
ASN yang mengikuti pelatihan dalam triwulan                       35                 60                  60                 40
ASN yang mengikuti pelatihan sampai triwulan II                    -                100                   -                  -
Indeks kepuasan layanan kepegawaian                             79,4               80,5                   -                  -

Asal laporan
Unsur         Berkas                                              Versi atau waktu                                    SHA-256
------------  --------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                 0.1.0
waktu hitung                                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/quarterly/triwulan.ind                                                                     e394119f1689b243991a66391baf92f475b462a7eb6ebd76657431d3918655ab
data          tests/golden/quarterly/data/2024-TW2/realisasi.csv                                                      6c87d9c564e266c755d3636f44682cf48efbbee44889c4349aa501fe406a6832
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/quarterly/triwulan.ind:4:1: warning[W-TIDAK-TERSEDIA]: realisasi pelatihan_semester periode 2024-TW1 tidak tersedia: tidak ada realisasi pelatihan periode 2023-TW4 di data realisasi
 4 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
