$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/ok.xlsx --period 2024
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
Unsur         Berkas                              Versi atau waktu                                    SHA-256
------------  ----------------------------------  --------------------------------------------------  ----------------------------------------------------------------
program       ind                                 0.1.0
waktu hitung                                      1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)
aturan        tests/golden/errors/base.ind                                                            9b991f50cc59a1665dc765d76834f14392688096857d5cd124099e977423a506
data          tests/golden/workbook/data/ok.xlsx                                                      670920e2cefb6394d4f965c3b54be5d8307c7599773dd13341db15c8f3f7f0e9
Periksa setiap berkas dengan: sha256sum BERKAS; hasilnya harus sama dengan kolom SHA-256.

--- stderr

--- exit 0
