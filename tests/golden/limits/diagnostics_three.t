$ ind --max-diagnostics 3 --diagnostics short check tests/golden/limits/diagnostics.ind
--- stdout
tests/golden/limits/diagnostics.ind: 22 galat, 0 peringatan

--- stderr
tests/golden/limits/diagnostics.ind:5:17: error[E-NAMA]: nama 'tidak_ada_1' tidak dikenal
tests/golden/limits/diagnostics.ind:14:19: error[E-NAMA]: nama 'tidak_ada_10' tidak dikenal
tests/golden/limits/diagnostics.ind:15:19: error[E-NAMA]: nama 'tidak_ada_11' tidak dikenal
... dan 19 temuan lain tidak ditampilkan

--- exit 2
