$ ind check tests/golden/errors/capaian_cycle.ind
--- stdout
tests/golden/errors/capaian_cycle.ind: 3 galat, 0 peringatan

--- stderr
tests/golden/errors/capaian_cycle.ind:7:9: error[E-SIKLUS]: rumus melingkar: tujuan_a -> tujuan_a
 7 |   rumus capaian(tujuan_a) / 2
   |         ^~~~~~~~~~~~~~~~~
   = saran: sebuah nilai tidak boleh bergantung pada dirinya sendiri; putus salah satu rujukan
tests/golden/errors/capaian_cycle.ind:16:13: error[E-SIKLUS]: rumus melingkar: capaian sasaran_b dihitung dari dirinya sendiri
 16 |   capaian = capaian(sasaran_b) + 1
    |             ^~~~~~~~~~~~~~~~~~
   = saran: rumus capaian memakai realisasi dan target; capaian periode lain ditulis capaian(x; periode - 1)
tests/golden/errors/capaian_cycle.ind:19:59: error[E-ARGUMEN]: argumen pertama capaian() harus nama indikator
 19 | nilai bukan_indikator "Argumen bukan indikator" = capaian(80)
    |                                                           ^~
   = saran: mis. capaian(ip_asn; periode - 1)

--- exit 2
