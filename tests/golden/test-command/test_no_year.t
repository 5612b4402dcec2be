$ ind test tests/golden/test-command/tanpa_tahun.ind
--- stdout
tests/golden/test-command/tanpa_tahun.ind: 3 contoh, 4 pernyataan, 1 salah

--- stderr
tests/golden/test-command/tanpa_tahun.ind:11:3: error[E-CONTOH]: contoh "membaca periode tanpa menyebutnya": diharapkan 2024, didapat tidak tersedia
 11 |   periode = 2024
    |   ^~~~~~~~~~~~~~
   = saran: contoh ini tanpa periode dan berkasnya tidak menyebut tahun; tulis contoh "membaca periode tanpa menyebutnya" periode 2024

--- exit 1
