$ ind explain tests/golden/triwulan/kumulatif.ind dokumen --data tests/golden/triwulan/data/hanya-kumulatif --period 2024-TW3
--- stdout
dokumen - Dokumen formasi ASN yang selesai, periode TW III 2024

realisasi dokumen 2024-TW3 = 9
  (tests/golden/triwulan/kumulatif.ind:7:1)
  realisasi kumulatif s.d. TW III 2024 tercatat di data (nilai_kumulatif) = 9   (tests/golden/triwulan/data/hanya-kumulatif/realisasi.csv:4:19)

target dokumen 2024-TW3 = 9   (tests/golden/triwulan/kumulatif.ind:10:36)
  jumlah target TW I s.d. TW III 2024 dari berkas aturan (kumulatif jumlah)

capaian dokumen 2024-TW3 = 100,0
  rumus: capaian bulat 1   (tests/golden/triwulan/kumulatif.ind:11:3)
  rumus bawaan: realisasi / target x 100
  realisasi dokumen 2024-TW3 = 9 (lihat di atas)
  dibulatkan setengah ke atas, 1 desimal: 100,0 (dari 100)


--- stderr
tests/golden/triwulan/kumulatif.ind:3:1: warning[W-TIDAK-TERSEDIA]: realisasi pelatihan periode 2024-TW3 tidak tersedia: tidak ada realisasi pelatihan periode 2024-TW3 di data realisasi
 3 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
