$ ind explain tests/golden/triwulan/kumulatif.ind tepat_waktu --data tests/golden/triwulan/data/hanya-kumulatif --period 2024-TW3
--- stdout
tepat_waktu - Layanan selesai tepat waktu, periode TW III 2024

realisasi tepat_waktu 2024-TW3 = 93,58
  (tests/golden/triwulan/kumulatif.ind:23:1)
  realisasi triwulan tepat_waktu 2024-TW1 = 91,50
    (tests/golden/triwulan/kumulatif.ind:23:1)
    realisasi tercatat di data = 91,5   (tests/golden/triwulan/data/hanya-kumulatif/realisasi.csv:8:22)
    dibulatkan setengah ke atas, 2 desimal: 91,50 (dari 91,5)
  realisasi triwulan tepat_waktu 2024-TW2 = 94,25
    (tests/golden/triwulan/kumulatif.ind:23:1)
    realisasi tepat_waktu 2024-TW1 = 91,50
      (tests/golden/triwulan/kumulatif.ind:23:1)
      realisasi triwulan tepat_waktu 2024-TW1 = 91,50 (lihat di atas)
      kumulatif rata TW I s.d. TW I 2024: (91,5) / 1   (tests/golden/triwulan/kumulatif.ind:25:3)
      dibulatkan setengah ke atas, 2 desimal: 91,50 (dari 91,5)
    diturunkan dari realisasi kumulatif s.d. TW II 2024 dan s.d. TW I 2024 (kumulatif rata): 92,875 x 2 - 91,5 x 1   (tests/golden/triwulan/data/hanya-kumulatif/realisasi.csv:9:23)
    dibulatkan setengah ke atas, 2 desimal: 94,25 (dari 94,25)
  realisasi triwulan tepat_waktu 2024-TW3 = 95,00
    (tests/golden/triwulan/kumulatif.ind:23:1)
    realisasi tercatat di data = 95   (tests/golden/triwulan/data/hanya-kumulatif/realisasi.csv:10:22)
    dibulatkan setengah ke atas, 2 desimal: 95,00 (dari 95)
  kumulatif rata TW I s.d. TW III 2024: (91,5 + 94,25 + 95) / 3   (tests/golden/triwulan/kumulatif.ind:25:3)
  dibulatkan setengah ke atas, 2 desimal: 93,58 (dari 93,583333...)

target tepat_waktu 2024-TW3 = 95   (tests/golden/triwulan/kumulatif.ind:27:10)
  target 2024 dari berkas aturan (tidak ada target TW III 2024)

capaian tepat_waktu 2024-TW3 = 98,5
  rumus: capaian bulat 1   (tests/golden/triwulan/kumulatif.ind:28:3)
  rumus bawaan: realisasi / target x 100
  realisasi tepat_waktu 2024-TW3 = 93,58 (lihat di atas)
  dibulatkan setengah ke atas, 1 desimal: 98,5 (dari 98,505263...)

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
