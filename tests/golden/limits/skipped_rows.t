$ ind eval tests/golden/errors/base.ind --data tests/golden/limits/data/skipped --period 2024 --on-error skip
--- stdout
Contoh
Periode 2024 (Renstra 2024-2024)

Capaian Kinerja 2024
No  Indikator      Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat          Kategori
--  -------------  -------  ------  ------  ---------  -----------  ----------------  --------
 1  Indeks contoh  tujuan   indeks   80,00      81,75        102,2  Sangat memuaskan  -

Perbandingan Realisasi dan Target Renstra
Indikator      Realisasi 2024
-------------  --------------
Indeks contoh           81,75

Realisasi Anggaran 2024
Kode  Uraian   Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Predikat
----  -------  ---------  --------------  -----------  --------
A     Program  1.000.000         900.000        90,00  -
      Jumlah   1.000.000         900.000        90,00  -

Efisiensi Penggunaan Sumber Daya
Indikator      Capaian Kinerja (%)  Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Efisiensi (%)  Tingkat Efisiensi
-------------  -------------------  ---------  --------------  -----------  -------------  -----------------
Indeks contoh                102,2  1.000.000         900.000        90,00            114  -

Asal laporan
Unsur         Berkas                                         Versi atau waktu                                    SHA-256
------------  ---------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                            0.1.0
waktu hitung                                                 1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/errors/base.ind                                                                       9b991f50cc59a1665dc765d76834f14392688096857d5cd124099e977423a506
data          tests/golden/limits/data/skipped/skor.csv                                                          c6e313e387b0dd6707b5fce94d97dc5026e0d9604609132717a2a06bd2f98588
data          tests/golden/limits/data/skipped/anggaran.csv                                                      ec9a4da3ec584ed9c09955b5b485f9bbc1e45e2423fd62b7d8c00b98dc08411a
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/errors/base.ind:4:1: warning[W-DATA-LEWAT]: 25 baris tabel skor dilewati karena ada sel yang tidak terbaca (--on-error skip)
 4 | tabel skor "skor.csv" {
   | ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: hanya 10 yang pertama disebut satu per satu
tests/golden/limits/data/skipped/skor.csv:3:9: warning[W-DATA-LEWAT]: '1x' pada kolom nilai bukan angka desimal; baris dilewati
 3 | Baris 1;1x
   |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:4:9: warning[W-DATA-LEWAT]: '2x' pada kolom nilai bukan angka desimal; baris dilewati
 4 | Baris 2;2x
   |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:5:9: warning[W-DATA-LEWAT]: '3x' pada kolom nilai bukan angka desimal; baris dilewati
 5 | Baris 3;3x
   |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:6:9: warning[W-DATA-LEWAT]: '4x' pada kolom nilai bukan angka desimal; baris dilewati
 6 | Baris 4;4x
   |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:7:9: warning[W-DATA-LEWAT]: '5x' pada kolom nilai bukan angka desimal; baris dilewati
 7 | Baris 5;5x
   |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:8:9: warning[W-DATA-LEWAT]: '6x' pada kolom nilai bukan angka desimal; baris dilewati
 8 | Baris 6;6x
   |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:9:9: warning[W-DATA-LEWAT]: '7x' pada kolom nilai bukan angka desimal; baris dilewati
 9 | Baris 7;7x
   |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:10:9: warning[W-DATA-LEWAT]: '8x' pada kolom nilai bukan angka desimal; baris dilewati
 10 | Baris 8;8x
    |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:11:9: warning[W-DATA-LEWAT]: '9x' pada kolom nilai bukan angka desimal; baris dilewati
 11 | Baris 9;9x
    |         ^~
   = saran: karakter "x" tidak boleh ada dalam angka
tests/golden/limits/data/skipped/skor.csv:12:10: warning[W-DATA-LEWAT]: '10x' pada kolom nilai bukan angka desimal; baris dilewati
 12 | Baris 10;10x
    |          ^~~
   = saran: karakter "x" tidak boleh ada dalam angka

--- exit 0
