$ ind audit tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/salah --period 2024
--- stdout

--- stderr
tests/golden/target-versions/data/salah/tercetak.csv:2:1: error[E-TERCETAK]: indikator kepuasan tidak menulis target versi 'rentsra'
 2 | Tabel 3.1;kepuasan;target:rentsra;80;2024
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: mungkin maksud Anda 'target:renstra'

--- exit 2
