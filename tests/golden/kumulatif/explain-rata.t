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


--- stderr

--- exit 0
