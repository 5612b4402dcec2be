$ ind eval tests/golden/roster/unused-column.ind --data tests/golden/roster/data/unused-column/skip --period 2024 --on-error skip
--- stdout
Uji kolom tak terpakai
Periode 2024

Nilai Komponen
Nilai           Uraian           Angka
--------------  --------------  ------
jumlah_pegawai  Jumlah pegawai       3
jumlah_skor     Jumlah skor     205,75

Asal laporan
Unsur         Berkas                                                   Versi atau waktu                                    SHA-256
------------  -------------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                                      0.1.0
waktu hitung                                                           1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/roster/unused-column.ind                                                                        bbd838a0807d37daf0858dbe30af5848aaf937961b8f12e868b07f0cebc86652
data          tests/golden/roster/data/unused-column/skip/pegawai.csv                                                      2feee5b375f3c41740ce6e884f1e5216ac727f2a71968ceddf35d8d9e813a5b3
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/roster/data/unused-column/skip/pegawai.csv:3:13: warning[W-DATA-LEWAT]: '1x' pada kolom jp bukan angka bulat; baris dilewati
 3 | 2024;PNS;80;1x
   |             ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/roster/data/unused-column/skip/pegawai.csv:4:14: warning[W-DATA-LEWAT]: 'abc' pada kolom jp bukan angka bulat; baris dilewati
 4 | 2023;PPPK;65;abc
   |              ^~~
   = saran: karakter "a" tidak boleh ada dalam angka
tests/golden/roster/data/unused-column/skip/pegawai.csv:6:10: warning[W-DATA-LEWAT]: 'x9' pada kolom skor bukan angka desimal; baris dilewati
 6 | 2023;PNS;x9;4
   |          ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/roster/unused-column.ind:6:1: warning[W-DATA-LEWAT]: 3 baris tabel pegawai dilewati karena ada sel yang tidak terbaca (--on-error skip)
 6 | tabel pegawai "pegawai.csv" "Pegawai" {
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
