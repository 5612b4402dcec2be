$ ind eval tests/golden/limits/period_steps.ind --data tests/golden/errors/data/ok --period 2024
--- stdout
Uji batas langkah periode
Periode 2024

Nilai Komponen
Nilai        Uraian           Angka
-----------  ---------------  -----
di_batas     Tepat di batas       -
lewat_batas  Lewat batas          -
pecahan      Langkah pecahan      -
Tidak tersedia: di_batas (bukan angka: -97976); lewat_batas (langkah periode 100.001 terlalu jauh); pecahan (langkah periode harus bilangan bulat).

Asal laporan
Unsur         Berkas                                Versi atau waktu                                    SHA-256
------------  ------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                   0.1.0
waktu hitung                                        1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/limits/period_steps.ind                                                      8be5dd8e7da20c61175b8fcafc2d6337c89288a1b9a7c3288e960fd9cdebfebe
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
