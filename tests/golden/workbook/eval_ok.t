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

--- stderr

--- exit 0
