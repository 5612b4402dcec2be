$ ind eval tests/golden/output/roster.ind --data tests/golden/output/data/roster.csv --rows $OUT/baris.csv
--- stdout
Roster contoh
Tanpa periode

Nilai Komponen
Nilai           Uraian          Angka
--------------  --------------  -----
jumlah_pegawai  Banyak pegawai      5

Asal laporan
Unsur         Berkas                               Versi atau waktu                                    SHA-256
------------  -----------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                  0.1.0
waktu hitung                                       1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/output/roster.ind                                                           31c0144442e6966418d5f64323351748b8a7cdfbd43a8ce8dcda8b9435077089
data          tests/golden/output/data/roster.csv                                                      ca6c07efd126586d21ec75a914a460bc1871ca58267d73c8aa2413cc6acf0ba7
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- file baris.csv
nip;nilai;selisih
'=cmd|' /C calc'!A0;5;-5
'@SUM(A1);12;2
'+1+1;-3;-13
'-2+3;7;-3
198001;4;-6

--- exit 0
