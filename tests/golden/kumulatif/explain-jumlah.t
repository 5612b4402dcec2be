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

Asal laporan
Unsur         Berkas                                              Versi atau waktu                                    SHA-256
------------  --------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                 0.1.0
waktu hitung                                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/kumulatif/kumulatif.ind                                                                    16bff3ddd8ef968c71404efe21eb14b24f7bcaba2cb5d85ad78783ba7076bdf4
data          tests/golden/kumulatif/data/2024-TW2/realisasi.csv                                                      bf0888f4107eea90517a90d691adc9304f2513ddcaa7a58c33e5599d16d14b56
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
