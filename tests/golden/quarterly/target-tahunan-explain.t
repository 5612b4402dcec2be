$ ind explain tests/golden/quarterly/target-tahunan.ind kepuasan --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2
--- stdout
kepuasan - Indeks kepuasan layanan kepegawaian, periode TW II 2024

realisasi kepuasan 2024-TW2 = 80,5
  (tests/golden/quarterly/target-tahunan.ind:6:1)
  realisasi tercatat di data = 80,5   (tests/golden/quarterly/data/2024-TW2/realisasi.csv:5:19)

target kepuasan 2024-TW2 = 84   (tests/golden/quarterly/target-tahunan.ind:8:10)
  target 2024 dari berkas aturan (tidak ada target TW II 2024)

capaian kepuasan 2024-TW2 = 95,83
  rumus: capaian bulat 2   (tests/golden/quarterly/target-tahunan.ind:9:3)
  rumus bawaan: realisasi / target x 100
  realisasi kepuasan 2024-TW2 = 80,5 (lihat di atas)
  dibulatkan setengah ke atas, 2 desimal: 95,83 (dari 95,833333...)

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
