$ ind eval tests/golden/quarterly/target-tahunan.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2
--- stdout
Contoh Target Tahunan
Periode TW II 2024 (Renstra 2024-2024)

Capaian Kinerja TW II 2024
No  Indikator                                    Tingkat  Satuan  Target  Target untuk     Realisasi  Capaian (%)  Predikat  Kategori
--  -------------------------------------------  -------  ------  ------  ---------------  ---------  -----------  --------  --------
 1  Indeks kepuasan layanan kepegawaian          sasaran  indeks      84  2024                  80,5        95,83  -         -
 2  ASN yang mengikuti pelatihan dalam triwulan  sasaran  orang       90  Semester I 2024         62         68,9  -         -
Tanpa target TW II 2024, capaian diukur terhadap target periode yang memuatnya: Indeks kepuasan layanan kepegawaian (target 2024); ASN yang mengikuti pelatihan dalam triwulan (target Semester I 2024).

Perbandingan Realisasi dan Target Renstra
Indikator                                    Realisasi TW II 2024
-------------------------------------------  --------------------
Indeks kepuasan layanan kepegawaian                          80,5
ASN yang mengikuti pelatihan dalam triwulan                    62

Asal laporan
Unsur         Berkas                                              Versi atau waktu                                    SHA-256
------------  --------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                 0.1.0
waktu hitung                                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/quarterly/target-tahunan.ind                                                               2db90e0312b3162581b86327faeb5b491f268d928320eee48e4abdb03bc3fba0
data          tests/golden/quarterly/data/2024-TW2/realisasi.csv                                                      6c87d9c564e266c755d3636f44682cf48efbbee44889c4349aa501fe406a6832
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
