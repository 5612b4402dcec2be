$ ind explain tests/golden/stdlib/bobot/bobot.ind kompetensi_maksimum --data tests/golden/stdlib/bobot/2021 --period 2019
--- stdout
kompetensi_maksimum - Poin kompetensi tertinggi seorang pegawai, periode 2019

nilai kompetensi_maksimum 2019 = 40
  rumus: ipasn.dimensi.kompetensi   (tests/golden/stdlib/bobot/bobot.ind:16:73)
  ipasn.dimensi.kompetensi = 40
    bobot ipasn.dimensi   (stdlib/ipasn.ind:49:1)
      dasar: Perban BKN 8/2019, Lampiran I: kualifikasi 25% (lelemuku.com, 2019), kompetensi 40% (Pasal 8, salinan pasal.id); kinerja 30% dan disiplin 5% belum terbaca di peraturan; Keempat bobot tercetak di LKjIP BKPSDM Kab. Way Kanan 2023 (bagian IP ASN); berlaku sejak Perban BKN 8/2019 diundangkan, 15 Mei 2019 (Pasal 22); status: bacaan_praktisi; berlaku sejak 2019


--- stderr

--- exit 0
