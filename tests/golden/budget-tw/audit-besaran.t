$ ind audit tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/besaran
--- stdout

--- stderr
tests/golden/budget-tw/data/besaran/tercetak.csv:2:1: error[E-TERCETAK]: besaran 'serapan_tahun' tidak dikenal
 2 | Tabel 3;anggaran:A;serapan_tahun;50%;
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: mungkin maksud Anda 'serapan_tw'

--- exit 2
