$ ind test tests/golden/test-command
--- stdout
tests/golden/test-command/agensi.ind: 2 contoh, 2 pernyataan, semua benar
tests/golden/test-command/periode_bawaan.ind: 2 contoh, 8 pernyataan, semua benar
tests/golden/test-command/tanpa_dasar.ind: tidak dapat diuji (1 galat)
tests/golden/test-command/tanpa_tahun.ind: 3 contoh, 4 pernyataan, 1 salah
tests/golden/test-command/versi_uji.ind: 3 contoh, 7 pernyataan, 1 salah

--- stderr
tests/golden/test-command/tanpa_dasar.ind:4:6: error[E-UBAH]: hanya tetapan yang dapat diubah; 'versi_uji.naik' adalah aturan
 4 | ubah versi_uji.naik = 1
   |      ^~~~~~~~~~~~~~
   = saran: aturan, skala dan bobot diganti dengan menulis versinya sendiri
tests/golden/test-command/tanpa_tahun.ind:11:3: error[E-CONTOH]: contoh "membaca periode tanpa menyebutnya": diharapkan 2024, didapat tidak tersedia
 11 |   periode = 2024
    |   ^~~~~~~~~~~~~~
   = saran: contoh ini tanpa periode dan berkasnya tidak menyebut tahun; tulis contoh "membaca periode tanpa menyebutnya" periode 2024
tests/golden/test-command/versi_uji.ind:29:3: error[E-CONTOH]: contoh "capaian": diharapkan 33,34, didapat 33,33
 29 |   bulat(naik(1; 3); 2) = 33,34
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 2
