$ ind check tests/golden/target-versions/bad/tanpa-target-periode.ind
--- stdout
tests/golden/target-versions/bad/tanpa-target-periode.ind: 1 peringatan

--- stderr
tests/golden/target-versions/bad/tanpa-target-periode.ind:9:28: warning[W-TARGET-VERSI]: indikator kepuasan tidak punya target pk periode 2025, versi yang dipakai untuk capaian
 9 |   target renstra 2024: 80  2025: 82
   |                            ^~~~~~~~
   = saran: capaian 2025 tidak tersedia; tulis target pk 2025: ... atau ukur terhadap versi ini: capaian terhadap renstra

--- exit 1
