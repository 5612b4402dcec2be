$ ind eval tests/golden/roster/modus.ind --data tests/golden/roster/data/modus
--- stdout
Uji modus
Tanpa periode

Nilai Komponen
Nilai         Uraian              Angka
------------  ------------------  -----
skor_modus    Modus skor             -3
jp_modus      Modus JP                8
jp_pppk       Modus JP PPPK           4
porsi_modus   Modus porsi JP          1
skor_honorer  Modus skor honorer      -
Tidak tersedia: skor_honorer (tidak ada baris yang cocok di tabel nilai).

Modus skor per jenis
jenis                         Angka  Jumlah Baris
-----  ----------------------------  ------------
PNS                             2,5             5
PPPK   12.345.678.901.234.567.890,5             6
Satu angka per jenis; Jumlah Baris: baris kelompok itu yang masuk perhitungan.

Asal laporan
Unsur         Berkas                                    Versi atau waktu                                    SHA-256
------------  ----------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                       0.1.0
waktu hitung                                            1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/roster/modus.ind                                                                 f3b0cf90ccfaf5bd4b340ac0a05cf144095560befe515b63bd192a2b1a124d84
data          tests/golden/roster/data/modus/nilai.csv                                                      85bfd4b3ba19934b80eb524e334adef900c078d9dc4ee755218a91ff37430f86
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
