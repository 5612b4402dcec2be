$ ind explain tests/golden/output/label.ind indeks --data tests/golden/errors/data/ok --period 2024
--- stdout
indeks - =cmd|' /C calc'!A0 [x](javascript:alert(1)) \x1b]0;judul\x07, periode 2024

realisasi indeks 2024 = 81,75
  rumus: jumlah(skor.nilai)   (tests/golden/output/label.ind:12:9)
  jumlah(skor.nilai) = 81,75
    kolom nilai, baris 2 = 40,5   (tests/golden/errors/data/ok/skor.csv:2:6)
    kolom nilai, baris 3 = 41,25   (tests/golden/errors/data/ok/skor.csv:3:5)
  dibulatkan setengah ke atas, 2 desimal: 81,75 (dari 81,75)

target indeks 2024 = 90   (tests/golden/output/label.ind:13:10)
  dari berkas aturan

capaian indeks 2024 = 90,83333333333333333333...
  (tests/golden/output/label.ind:10:1)
  rumus bawaan: realisasi / target x 100
  realisasi indeks 2024 = 81,75 (lihat di atas)


--- stderr

--- exit 0
