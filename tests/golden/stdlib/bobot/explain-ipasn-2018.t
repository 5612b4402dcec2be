$ ind explain tests/golden/stdlib/bobot/bobot.ind kompetensi_maksimum --data tests/golden/stdlib/bobot/2021 --period 2018
--- stdout
kompetensi_maksimum - Poin kompetensi tertinggi seorang pegawai, periode 2018

nilai kompetensi_maksimum 2018 = tidak tersedia (ipasn.dimensi berlaku sejak 2019, belum pada periode 2018)
  rumus: ipasn.dimensi.kompetensi   (tests/golden/stdlib/bobot/bobot.ind:16:73)
  ipasn.dimensi.kompetensi = tidak tersedia (ipasn.dimensi berlaku sejak 2019, belum pada periode 2018)


--- stderr

--- exit 0
