$ ind audit tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/tahunan
--- stdout

--- stderr
tests/golden/budget-tw/data/tahunan/tercetak.csv:2:1: error[E-TERCETAK]: besaran 'serapan_tw' hanya ada pada anggaran per triwulan
 2 | Tabel 3;anggaran:A;serapan_tw;50%;
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: berkas anggaran periode ini tidak punya kolom rencana_tw1.. dan realisasi_tw1..; bandingkan pagu, realisasi, serapan atau predikat

--- exit 2
