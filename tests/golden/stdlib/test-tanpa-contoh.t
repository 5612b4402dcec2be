$ ind test tests/golden/stdlib/tanpa_contoh.ind
--- stdout
tests/golden/stdlib/tanpa_contoh.ind: 1 contoh, 3 pernyataan, semua benar; 4 deklarasi tanpa contoh

--- stderr
tests/golden/stdlib/tanpa_contoh.ind:4:1: warning[W-TANPA-CONTOH]: tetapan 'batas' tidak dipakai langsung oleh pernyataan contoh mana pun
 4 | tetapan batas = 90
   | ^~~~~~~~~~~~~~~~~~
   = saran: tulis contoh yang memakainya, dengan `periode` bila versinya berlaku sejak atau sampai periode tertentu
tests/golden/stdlib/tanpa_contoh.ind:5:1: warning[W-TANPA-CONTOH]: tetapan 'cadangan' tidak dipakai langsung oleh pernyataan contoh mana pun
 5 | tetapan cadangan = 10
   | ^~~~~~~~~~~~~~~~~~~~~
   = saran: tulis contoh yang memakainya, dengan `periode` bila versinya berlaku sejak atau sampai periode tertentu
tests/golden/stdlib/tanpa_contoh.ind:7:1: warning[W-TANPA-CONTOH]: aturan 'sisa' tidak dipakai langsung oleh pernyataan contoh mana pun
 7 | aturan sisa(r; t) = t - r
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tulis contoh yang memakainya, dengan `periode` bila versinya berlaku sejak atau sampai periode tertentu
tests/golden/stdlib/tanpa_contoh.ind:9:1: warning[W-TANPA-CONTOH]: bobot 'unsur' (versi berlaku sampai 2021) tidak dipakai langsung oleh pernyataan contoh mana pun
 9 | bobot unsur total 100 { a 60  b 40  berlaku sampai 2021 }
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tulis contoh yang memakainya, dengan `periode` bila versinya berlaku sejak atau sampai periode tertentu

--- exit 1
