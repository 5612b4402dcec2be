$ ind test tests/golden/test-command/versi_uji.ind
--- stdout
tests/golden/test-command/versi_uji.ind: 3 contoh, 7 pernyataan, 1 salah

--- stderr
tests/golden/test-command/versi_uji.ind:29:3: error[E-CONTOH]: contoh "capaian": diharapkan 33,34, didapat 33,33
 29 |   bulat(naik(1; 3); 2) = 33,34
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 1
