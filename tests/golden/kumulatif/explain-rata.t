$ ind explain tests/golden/kumulatif/kumulatif.ind --data tests/golden/kumulatif/data/2024-TW2 tepat_waktu
--- stdout
tepat_waktu - Layanan kepegawaian selesai tepat waktu, periode TW II 2024

realisasi tepat_waktu 2024-TW2 = 92,88
  (tests/golden/kumulatif/kumulatif.ind:36:1)
  realisasi triwulan tepat_waktu 2024-TW1 = 91,50
    (tests/golden/kumulatif/kumulatif.ind:36:1)
    realisasi tercatat di data = 91,5   (tests/golden/kumulatif/data/2024-TW2/realisasi.csv:6:22)
    dibulatkan setengah ke atas, 2 desimal: 91,50 (dari 91,5)
  realisasi triwulan tepat_waktu 2024-TW2 = 94,25
    (tests/golden/kumulatif/kumulatif.ind:36:1)
    realisasi tercatat di data = 94,25   (tests/golden/kumulatif/data/2024-TW2/realisasi.csv:7:22)
    dibulatkan setengah ke atas, 2 desimal: 94,25 (dari 94,25)
  kumulatif rata TW I s.d. TW II 2024: (91,5 + 94,25) / 2   (tests/golden/kumulatif/kumulatif.ind:38:3)
  dibulatkan setengah ke atas, 2 desimal: 92,88 (dari 92,875)

target tepat_waktu 2024-TW2 = 93   (tests/golden/kumulatif/kumulatif.ind:40:10)
  dari berkas aturan

capaian tepat_waktu 2024-TW2 = 99,9
  rumus: capaian bulat 1   (tests/golden/kumulatif/kumulatif.ind:41:3)
  rumus bawaan: realisasi / target x 100
  realisasi tepat_waktu 2024-TW2 = 92,88 (lihat di atas)
  dibulatkan setengah ke atas, 1 desimal: 99,9 (dari 99,870968...)

skala rentang: 99,9 masuk [85..100) -> "Sangat Baik"   (tests/golden/kumulatif/kumulatif.ind:9:3)

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
