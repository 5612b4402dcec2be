$ ind eval tests/golden/quarterly/triwulan.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2
--- stdout
Contoh Triwulan
Periode TW II 2024 (Renstra 2024-2024)

Capaian Kinerja TW II 2024
No  Indikator                                        Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat          Kategori
--  -----------------------------------------------  -------  ------  ------  ---------  -----------  ----------------  --------
 1  ASN yang mengikuti pelatihan dalam triwulan      sasaran  orang       60         62        103,3  Sangat memuaskan  -
 2  ASN yang mengikuti pelatihan sampai triwulan II  sasaran  orang      100         97         97,0  Sangat Baik       -
 3  Indeks kepuasan layanan kepegawaian              sasaran  indeks    80,5       80,5       100,00  Sangat memuaskan  -

Perbandingan Realisasi dan Target Renstra
Indikator                                        Realisasi TW II 2024  Target TW III 2024  Target TW IV 2024
-----------------------------------------------  --------------------  ------------------  -----------------
ASN yang mengikuti pelatihan dalam triwulan                        62                  60                 40
ASN yang mengikuti pelatihan sampai triwulan II                    97                   -                  -
Indeks kepuasan layanan kepegawaian                              80,5                   -                  -

Asal laporan
Unsur         Berkas                                              Versi atau waktu                                    SHA-256
------------  --------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                 0.1.0
waktu hitung                                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/quarterly/triwulan.ind                                                                     e394119f1689b243991a66391baf92f475b462a7eb6ebd76657431d3918655ab
data          tests/golden/quarterly/data/2024-TW2/realisasi.csv                                                      6c87d9c564e266c755d3636f44682cf48efbbee44889c4349aa501fe406a6832
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
