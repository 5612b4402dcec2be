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

Asal laporan
Unsur         Berkas                                                    Versi atau waktu                                    SHA-256
------------  --------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                       0.1.0
waktu hitung                                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/triwulan/kumulatif.ind                                                                           ed229338522ab503a9c9a8e67e7af7a4eba18abc11ab00fa00b206104f965dca
data          tests/golden/triwulan/data/hanya-kumulatif/realisasi.csv                                                      a061be84e4ea4c74ba3ba72cc1ddc371cebfa5731621209612c4523c7d5284c2
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/triwulan/kumulatif.ind:3:1: warning[W-TIDAK-TERSEDIA]: realisasi pelatihan periode 2024-TW3 tidak tersedia: tidak ada realisasi pelatihan periode 2024-TW3 di data realisasi
 3 | realisasi "realisasi.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
