$ ind explain tests/golden/kumulatif/kumulatif.ind --data tests/golden/kumulatif/data/2024-TW2 dokumen
--- stdout
dokumen - Dokumen formasi ASN yang selesai, periode TW II 2024

realisasi dokumen 2024-TW2 = 6
  (tests/golden/kumulatif/kumulatif.ind:15:1)
  realisasi triwulan dokumen 2024-TW1 = 2
    (tests/golden/kumulatif/kumulatif.ind:15:1)
    realisasi tercatat di data = 2   (tests/golden/kumulatif/data/2024-TW2/realisasi.csv:2:18)
  realisasi triwulan dokumen 2024-TW2 = 4
    (tests/golden/kumulatif/kumulatif.ind:15:1)
    realisasi tercatat di data = 4   (tests/golden/kumulatif/data/2024-TW2/realisasi.csv:3:18)
  kumulatif jumlah TW I s.d. TW II 2024: 2 + 4   (tests/golden/kumulatif/kumulatif.ind:17:3)

target dokumen 2024-TW2 = 6   (tests/golden/kumulatif/kumulatif.ind:18:23)
  jumlah target TW I s.d. TW II 2024 dari berkas aturan (kumulatif jumlah)

capaian dokumen 2024-TW2 = 100,0
  rumus: capaian bulat 1   (tests/golden/kumulatif/kumulatif.ind:19:3)
  rumus bawaan: realisasi / target x 100
  realisasi dokumen 2024-TW2 = 6 (lihat di atas)
  dibulatkan setengah ke atas, 1 desimal: 100,0 (dari 100)

skala rentang: 100 masuk [100..~) -> "Sangat memuaskan"   (tests/golden/kumulatif/kumulatif.ind:8:3)


--- stderr

--- exit 0
