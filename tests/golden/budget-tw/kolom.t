$ ind eval tests/golden/budget-tw/tw.ind --period 2024-TW2 --data tests/golden/budget-tw/data/kolom
--- stdout

--- stderr
tests/golden/budget-tw/data/kolom/anggaran.csv:1:1: error[E-DATA-KOLOM]: berkas anggaran triwulanan tests/golden/budget-tw/data/kolom/anggaran.csv tidak punya kolom realisasi_tw2 untuk periode 2024-TW2
 1 | kode;nama;pagu;realisasi;rencana_tw1;rencana_tw2;rencana_tw3;rencana_tw4;realisasi_tw1
   | ^
   = saran: berkas anggaran per triwulan memuat rencana_tw1..rencana_tw4 dan realisasi_tw1..realisasi_tw4 (triwulan yang belum sampai boleh kosong)

--- exit 2
