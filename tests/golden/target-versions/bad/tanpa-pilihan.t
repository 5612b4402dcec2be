$ ind check tests/golden/target-versions/bad/tanpa-pilihan.ind
--- stdout
tests/golden/target-versions/bad/tanpa-pilihan.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/target-versions/bad/tanpa-pilihan.ind:5:11: error[E-TARGET-PILIH]: indikator kepuasan menulis beberapa versi target (renstra, pk) tanpa memilih yang dipakai untuk capaian
 5 | indikator kepuasan "Indeks kepuasan" {
   |           ^~~~~~~~
   = saran: tulis di indikator ini atau di tingkat berkas: capaian terhadap renstra

--- exit 2
