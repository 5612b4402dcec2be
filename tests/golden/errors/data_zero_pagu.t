$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/zero_pagu --period 2024
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
A     Program          0               0            -  -
      Jumlah           0               0            -  -

Efisiensi Penggunaan Sumber Daya
Indikator      Capaian Kinerja (%)  Pagu (Rp)  Realisasi (Rp)  Serapan (%)  Efisiensi (%)  Tingkat Efisiensi
-------------  -------------------  ---------  --------------  -----------  -------------  -----------------
Indeks contoh                102,2          0               0            -              -  -

--- stderr
tests/golden/errors/base.ind:8:1: warning[W-TIDAK-TERSEDIA]: efisiensi indeks periode 2024 tidak tersedia: pembagian dengan nol (pagu 0)
 8 | anggaran "anggaran.csv"
   | ^~~~~~~~~~~~~~~~~~~~~~~

--- exit 0
