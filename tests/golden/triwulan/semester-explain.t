$ ind explain tests/golden/triwulan/semester.ind rekomendasi --data tests/golden/triwulan/data/semester --period 2024-S2
--- stdout
rekomendasi - Rekomendasi mutasi yang diterbitkan, periode Semester II 2024

realisasi rekomendasi 2024-S2 = 22
  (tests/golden/triwulan/semester.ind:16:1)
  realisasi triwulan rekomendasi 2024-TW1 = 5
    (tests/golden/triwulan/semester.ind:16:1)
    realisasi tercatat di data = 5   (tests/golden/triwulan/data/semester/realisasi.csv:6:22)
  realisasi triwulan rekomendasi 2024-TW2 = 6
    (tests/golden/triwulan/semester.ind:16:1)
    realisasi tercatat di data = 6   (tests/golden/triwulan/data/semester/realisasi.csv:7:22)
  realisasi triwulan rekomendasi 2024-TW3 = 4
    (tests/golden/triwulan/semester.ind:16:1)
    realisasi tercatat di data = 4   (tests/golden/triwulan/data/semester/realisasi.csv:8:22)
  realisasi triwulan rekomendasi 2024-TW4 = 7
    (tests/golden/triwulan/semester.ind:16:1)
    realisasi tercatat di data = 7   (tests/golden/triwulan/data/semester/realisasi.csv:9:22)
  kumulatif jumlah TW I s.d. TW IV 2024: 5 + 6 + 4 + 7   (tests/golden/triwulan/semester.ind:18:3)

target rekomendasi 2024-S2 = 22   (tests/golden/triwulan/semester.ind:19:23)
  jumlah target TW I s.d. Semester II 2024 dari berkas aturan (kumulatif jumlah)

capaian rekomendasi 2024-S2 = 100,0
  rumus: capaian bulat 1   (tests/golden/triwulan/semester.ind:20:3)
  rumus bawaan: realisasi / target x 100
  realisasi rekomendasi 2024-S2 = 22 (lihat di atas)
  dibulatkan setengah ke atas, 1 desimal: 100,0 (dari 100)

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
