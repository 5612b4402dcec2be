$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/empty_cell --period 2024
--- stdout
Contoh
Periode 2024 (Renstra 2024-2024)

Capaian Kinerja 2024
No  Indikator      Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat  Kategori
--  -------------  -------  ------  ------  ---------  -----------  --------  --------
 1  Indeks contoh  tujuan   indeks   80,00          -            -  -         -

Perbandingan Realisasi dan Target Renstra
Indikator      Realisasi 2024
-------------  --------------
Indeks contoh               -

Realisasi Anggaran 2024
Kode  Uraian   Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Predikat
----  -------  ---------  --------------  -----------  --------
A     Program  1.000.000         900.000        90,00  -
      Jumlah   1.000.000         900.000        90,00  -

Efisiensi Penggunaan Sumber Daya
Indikator      Capaian Kinerja (%)  Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Efisiensi (%)  Tingkat Efisiensi
-------------  -------------------  ---------  --------------  -----------  -------------  -----------------
Indeks contoh                    -  1.000.000         900.000        90,00              -  -

Asal laporan
Unsur         Berkas                                            Versi atau waktu                                    SHA-256
------------  ------------------------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                               0.1.0
waktu hitung                                                    1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/errors/base.ind                                                                          9b991f50cc59a1665dc765d76834f14392688096857d5cd124099e977423a506
data          tests/golden/errors/data/empty_cell/skor.csv                                                          3562adfe193a1e9a777cc31b72068bef90087b35b5760651bffc89759037ab01
data          tests/golden/errors/data/empty_cell/anggaran.csv                                                      ec9a4da3ec584ed9c09955b5b485f9bbc1e45e2423fd62b7d8c00b98dc08411a
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr
tests/golden/errors/data/empty_cell/skor.csv:3:5: warning[W-TIDAK-TERSEDIA]: realisasi indeks periode 2024 tidak tersedia: sel kolom nilai kosong ("-")
 3 | Dua;-
   |     ^

--- exit 0
