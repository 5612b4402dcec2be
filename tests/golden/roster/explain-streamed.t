$ ind explain tests/golden/roster/audit.ind --data tests/golden/roster/data/audit/pegawai.csv rata_skor --period 2024
--- stdout
rata_skor - Rata-rata skor, periode 2024

nilai rata_skor 2024 = 80,00
  rumus: total_skor / hitung(pegawai)   (tests/golden/roster/audit.ind:13:36)
  total_skor / hitung(pegawai) = 80
    nilai total_skor 2024 = 320
      rumus: jumlah(pegawai.skor)   (tests/golden/roster/audit.ind:12:34)
      jumlah(pegawai.skor) = 320
    hitung(pegawai) = 4
  dibulatkan setengah ke atas, 2 desimal: 80,00 (dari 80)


--- stderr

--- exit 0
