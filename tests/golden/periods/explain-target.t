$ ind explain tests/golden/periods/literal.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2 target_semester_i
--- stdout
target_semester_i - Target semester I (tanpa target sendiri: target tahun), periode TW II 2024

nilai target_semester_i 2024-TW2 = 200
  rumus: target(pelatihan; 2024-S1)   (tests/golden/periods/literal.ind:23:3)
  target pelatihan 2024-S1 = 200   (tests/golden/periods/literal.ind:8:66)
    target 2024 dari berkas aturan (tidak ada target Semester I 2024)

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
