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


--- stderr

--- exit 0
