$ ind check tests/golden/errors/period_literal.ind
--- stdout
tests/golden/errors/period_literal.ind: 5 galat, 0 peringatan

--- stderr
tests/golden/errors/period_literal.ind:9:72: error[E-PERIODE]: periode '2024-TW5' tidak dikenal
 9 | nilai triwulan_kelima "Triwulan yang tidak ada" = realisasi(pelatihan; 2024-TW5)
   |                                                                        ^~~~~~~~
   = saran: tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1)
tests/golden/errors/period_literal.ind:10:69: error[E-PERIODE]: periode '2024-S3' tidak dikenal
 10 | nilai semester_ketiga "Semester yang tidak ada" = target(pelatihan; 2024-S3)
    |                                                                     ^~~~~~~
   = saran: tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1)
tests/golden/errors/period_literal.ind:11:67: error[E-PERIODE]: periode '2024-TW0' tidak dikenal
 11 | nilai teks_salah "Periode teks yang salah" = realisasi(pelatihan; "2024-TW0")
    |                                                                   ^~~~~~~~~~
   = saran: tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1)
tests/golden/errors/period_literal.ind:12:62: error[E-PERIODE]: periode '1800' tidak dikenal
 12 | nilai tahun_salah "Tahun di luar jangkauan" = jika periode = 1800 maka 1 lain 0
    |                                                              ^~~~
   = saran: tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1)
tests/golden/errors/period_literal.ind:13:60: error[E-PERIODE]: periode '2024-Q1' tidak dikenal
 13 | nilai bukan_periode "Bukan periode" = realisasi(pelatihan; 2024-Q1)
    |                                                            ^~~~~~~
   = saran: tulis tahun (2024), triwulan (2024-TW2) atau semester (2024-S1)

--- exit 2
