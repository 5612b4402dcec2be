$ ind eval tests/golden/capaian/tujuan.ind --data examples/kab-pasuruan/2024
--- stdout
Contoh Capaian Tujuan
Periode 2024 (Renstra 2024-2026)

Capaian Kinerja 2024
No  Indikator                                                     Tingkat  Satuan  Target  Realisasi  Capaian (%)  Predikat  Kategori
--  ------------------------------------------------------------  -------  ------  ------  ---------  -----------  --------  --------
 1  Kualitas tata kelola kepegawaian (rata-rata capaian sasaran)  tujuan   persen  100,00     102,85       102,85  -         -
 2  Indeks Sistem Merit                                           sasaran  nilai    281,5      297,5        105,7  -         -
 3  Nilai SAKIP                                                   sasaran  nilai    82,10      82,10       100,00  -         -

Perbandingan Realisasi dan Target Renstra
Indikator                                                     Realisasi 2022  Realisasi 2023  Realisasi 2024  Target 2025  Target 2026
------------------------------------------------------------  --------------  --------------  --------------  -----------  -----------
Kualitas tata kelola kepegawaian (rata-rata capaian sasaran)               -               -          102,85       100,00       100,00
Indeks Sistem Merit                                                        -               -           297,5        296,7        296,8
Nilai SAKIP                                                            81,64           82,05           82,10        82,12        82,15

Nilai Komponen
Nilai                 Uraian                                           Angka
--------------------  -----------------------------------------------  -----
selisih_target_merit  Realisasi Sistem Merit di atas target tahun ini     16
sisa_renstra_merit    Jarak Sistem Merit ke target akhir Renstra        -0,7

--- stderr

--- exit 0
