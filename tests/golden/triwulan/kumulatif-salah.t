$ ind eval tests/golden/triwulan/kumulatif.ind --data tests/golden/triwulan/data/kumulatif-salah --period 2024-TW1
--- stdout

--- stderr
tests/golden/triwulan/data/kumulatif-salah/realisasi.csv:3:17: error[E-DATA-NILAI]: realisasi kumulatif (nilai_kumulatif) hanya untuk triwulan, bukan 2024
 3 | dokumen;2024;12;12
   |                 ^~
   = saran: realisasi s.d. semester atau setahun adalah realisasi s.d. triwulan terakhirnya; tulis angka ini di kolom nilai baris 2024 atau di baris triwulannya
tests/golden/triwulan/data/kumulatif-salah/realisasi.csv:4:23: error[E-DATA-NILAI]: realisasi kumulatif (nilai_kumulatif) untuk pelatihan, yang tidak menyatakan kumulatif
 4 | pelatihan;2024-TW1;40;40
   |                       ^~
   = saran: tulis `kumulatif jumlah`, `rata` atau `akhir` di indikator pelatihan, atau kosongkan sel ini: tanpa kumulatif realisasi suatu periode adalah kolom nilai barisnya

--- exit 2
