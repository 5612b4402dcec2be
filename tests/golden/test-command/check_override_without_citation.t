$ ind check tests/golden/test-command/tanpa_dasar.ind
--- stdout
tests/golden/test-command/tanpa_dasar.ind: 1 galat, 1 peringatan

--- stderr
tests/golden/test-command/tanpa_dasar.ind:3:1: warning[W-UBAH-TANPA-DASAR]: perubahan tetapan 'versi_uji.batas' tidak menyebut dasarnya
 3 | ubah versi_uji.batas = 80
   | ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tulis dasar "..." agar auditor tahu mengapa nilai pustaka diganti
tests/golden/test-command/tanpa_dasar.ind:4:6: error[E-UBAH]: hanya tetapan yang dapat diubah; 'versi_uji.naik' adalah aturan
 4 | ubah versi_uji.naik = 1
   |      ^~~~~~~~~~~~~~
   = saran: aturan, skala dan bobot diganti dengan menulis versinya sendiri

--- exit 2
