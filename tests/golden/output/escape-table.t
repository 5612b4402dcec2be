$ ind eval tests/golden/output/label.ind --data tests/golden/errors/data/ok --period 2024
--- stdout
Contoh \x1b[31mMERAH\x1b[0m
Periode 2024 (Renstra 2024-2024)

Capaian Kinerja 2024
No  Indikator                                                     Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat  Kategori
--  ------------------------------------------------------------  -------  ------  ------  ---------  -----------  --------  --------
 1  =cmd|' /C calc'!A0 [x](javascript:alert(1)) \x1b]0;judul\x07  tujuan   indeks   90,00      81,75      90,8333  -         -

Perbandingan Realisasi dan Target Renstra
Indikator                                                     Realisasi 2024
------------------------------------------------------------  --------------
=cmd|' /C calc'!A0 [x](javascript:alert(1)) \x1b]0;judul\x07           81,75

--- stderr

--- exit 0
