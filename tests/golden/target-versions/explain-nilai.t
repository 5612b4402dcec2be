$ ind explain tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024 selisih_pk
--- stdout
selisih_pk - Target PK di atas target Renstra, kepuasan 2024, periode 2024

nilai selisih_pk 2024 = 2
  rumus: target(kepuasan; 2024; pk) - target(kepuasan; 2024; renstra)   (tests/golden/target-versions/versi.ind:43:3)
  target(kepuasan; 2024; pk) - target(kepuasan; 2024; renstra) = 2
    target kepuasan 2024 = 82   (tests/golden/target-versions/versi.ind:21:13)
      target pk (Perjanjian Kinerja), versi pengukur capaian; dari berkas aturan
    target kepuasan 2024 = 80   (tests/golden/target-versions/versi.ind:20:18)
      target renstra (Renstra 2024-2026), bukan pengukur capaian; dari berkas aturan

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
