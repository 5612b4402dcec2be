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

--- stderr
tests/golden/errors/data/empty_cell/skor.csv:3:5: warning[W-TIDAK-TERSEDIA]: realisasi indeks periode 2024 tidak tersedia: sel kolom nilai kosong ("-")
 3 | Dua;-
   |     ^

--- exit 0
