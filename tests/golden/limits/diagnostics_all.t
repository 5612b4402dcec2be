$ ind check tests/golden/limits/diagnostics.ind --max-diagnostics 0
--- stdout
tests/golden/limits/diagnostics.ind: 22 galat, 0 peringatan

--- stderr
tests/golden/limits/diagnostics.ind:5:17: error[E-NAMA]: nama 'tidak_ada_1' tidak dikenal
 5 | nilai n1 "N1" = tidak_ada_1 + 1
   |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:6:17: error[E-NAMA]: nama 'tidak_ada_2' tidak dikenal
 6 | nilai n2 "N2" = tidak_ada_2 + 1
   |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:7:17: error[E-NAMA]: nama 'tidak_ada_3' tidak dikenal
 7 | nilai n3 "N3" = tidak_ada_3 + 1
   |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:8:17: error[E-NAMA]: nama 'tidak_ada_4' tidak dikenal
 8 | nilai n4 "N4" = tidak_ada_4 + 1
   |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:9:17: error[E-NAMA]: nama 'tidak_ada_5' tidak dikenal
 9 | nilai n5 "N5" = tidak_ada_5 + 1
   |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:10:17: error[E-NAMA]: nama 'tidak_ada_6' tidak dikenal
 10 | nilai n6 "N6" = tidak_ada_6 + 1
    |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:11:17: error[E-NAMA]: nama 'tidak_ada_7' tidak dikenal
 11 | nilai n7 "N7" = tidak_ada_7 + 1
    |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:12:17: error[E-NAMA]: nama 'tidak_ada_8' tidak dikenal
 12 | nilai n8 "N8" = tidak_ada_8 + 1
    |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:13:17: error[E-NAMA]: nama 'tidak_ada_9' tidak dikenal
 13 | nilai n9 "N9" = tidak_ada_9 + 1
    |                 ^~~~~~~~~~~
tests/golden/limits/diagnostics.ind:14:19: error[E-NAMA]: nama 'tidak_ada_10' tidak dikenal
 14 | nilai n10 "N10" = tidak_ada_10 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:15:19: error[E-NAMA]: nama 'tidak_ada_11' tidak dikenal
 15 | nilai n11 "N11" = tidak_ada_11 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:16:19: error[E-NAMA]: nama 'tidak_ada_12' tidak dikenal
 16 | nilai n12 "N12" = tidak_ada_12 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:17:19: error[E-NAMA]: nama 'tidak_ada_13' tidak dikenal
 17 | nilai n13 "N13" = tidak_ada_13 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:18:19: error[E-NAMA]: nama 'tidak_ada_14' tidak dikenal
 18 | nilai n14 "N14" = tidak_ada_14 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:19:19: error[E-NAMA]: nama 'tidak_ada_15' tidak dikenal
 19 | nilai n15 "N15" = tidak_ada_15 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:20:19: error[E-NAMA]: nama 'tidak_ada_16' tidak dikenal
 20 | nilai n16 "N16" = tidak_ada_16 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:21:19: error[E-NAMA]: nama 'tidak_ada_17' tidak dikenal
 21 | nilai n17 "N17" = tidak_ada_17 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:22:19: error[E-NAMA]: nama 'tidak_ada_18' tidak dikenal
 22 | nilai n18 "N18" = tidak_ada_18 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:23:19: error[E-NAMA]: nama 'tidak_ada_19' tidak dikenal
 23 | nilai n19 "N19" = tidak_ada_19 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:24:19: error[E-NAMA]: nama 'tidak_ada_20' tidak dikenal
 24 | nilai n20 "N20" = tidak_ada_20 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:25:19: error[E-NAMA]: nama 'tidak_ada_21' tidak dikenal
 25 | nilai n21 "N21" = tidak_ada_21 + 1
    |                   ^~~~~~~~~~~~
tests/golden/limits/diagnostics.ind:26:19: error[E-NAMA]: nama 'tidak_ada_22' tidak dikenal
 26 | nilai n22 "N22" = tidak_ada_22 + 1
    |                   ^~~~~~~~~~~~

--- exit 2
