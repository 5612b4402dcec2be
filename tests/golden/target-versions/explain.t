$ ind explain tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024 --period 2024-TW1 kepuasan
--- stdout
kepuasan - Indeks kepuasan layanan kepegawaian, periode TW I 2024

realisasi kepuasan 2024-TW1 = 79,3
  (tests/golden/target-versions/versi.ind:18:1)
  realisasi tercatat di data = 79,3   (tests/golden/target-versions/data/2024/realisasi.csv:3:19)

target kepuasan 2024-TW1 = 78   (tests/golden/target-versions/versi.ind:21:23)
  target pk (Perjanjian Kinerja), versi pengukur capaian; dari berkas aturan

target kepuasan 2024-TW1 = 80   (tests/golden/target-versions/versi.ind:20:18)
  target renstra (Renstra 2024-2026), bukan pengukur capaian; target 2024 dari berkas aturan (tidak ada target TW I 2024)

target kepuasan 2024-TW1 = 81,5   (tests/golden/target-versions/versi.ind:22:23)
  target pk_perubahan (PK Perubahan), bukan pengukur capaian; target 2024 dari berkas aturan (tidak ada target TW I 2024)

capaian kepuasan 2024-TW1 = 101,67
  rumus: capaian bulat 2   (tests/golden/target-versions/versi.ind:23:3)
  rumus bawaan: realisasi / target x 100
  realisasi kepuasan 2024-TW1 = 79,3 (lihat di atas)
  dibulatkan setengah ke atas, 2 desimal: 101,67 (dari 101,666667...)

skala rentang: 101,67 masuk [100..~) -> "Sangat memuaskan"   (tests/golden/target-versions/versi.ind:13:3)

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
