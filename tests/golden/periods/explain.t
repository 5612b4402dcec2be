$ ind explain tests/golden/periods/literal.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2 pelatihan_semester_i
--- stdout
pelatihan_semester_i - Pelatihan TW I dan TW II, periode TW II 2024

nilai pelatihan_semester_i 2024-TW2 = 97
  rumus: realisasi(pelatihan; 2024-TW1) + realisasi(pelatihan; 2024-TWII)   (tests/golden/periods/literal.ind:21:3)
  realisasi(pelatihan; 2024-TW1) + realisasi(pelatihan; 2024-TWII) = 97
    realisasi pelatihan 2024-TW1 = 35
      (tests/golden/periods/literal.ind:6:1)
      realisasi tercatat di data = 35   (tests/golden/quarterly/data/2024-TW2/realisasi.csv:2:20)
    realisasi pelatihan 2024-TW2 = 62
      (tests/golden/periods/literal.ind:6:1)
      realisasi tercatat di data = 62   (tests/golden/quarterly/data/2024-TW2/realisasi.csv:3:20)

Asal laporan
Unsur         Berkas                                              Versi atau waktu                                    SHA-256
------------  --------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                 0.1.0
waktu hitung                                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/periods/literal.ind                                                                        36f80ca309242c24304f9dc22c0fb80edbd155d3a6a599c45a807246b84832a8
data          tests/golden/quarterly/data/2024-TW2/realisasi.csv                                                      6c87d9c564e266c755d3636f44682cf48efbbee44889c4349aa501fe406a6832
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
