$ ind test tests/golden/stdlib/contoh_gagal.ind
--- stdout
tests/golden/stdlib/contoh_gagal.ind: 1 contoh, 7 pernyataan, 6 salah

--- stderr
tests/golden/stdlib/contoh_gagal.ind:7:3: error[E-CONTOH]: contoh "Pembanding selain sama dengan": pernyataan ini salah: sisi kiri 50, sisi kanan 10
 7 |   50 <= capaian.naik(1; 10)
   |   ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/stdlib/contoh_gagal.ind:8:3: error[E-CONTOH]: contoh "Pembanding selain sama dengan": pernyataan ini salah: sisi kiri 150, sisi kanan 100
 8 |   capaian.naik(3; 2) < 100
   |   ^~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/stdlib/contoh_gagal.ind:9:3: error[E-CONTOH]: contoh "Pembanding selain sama dengan": pernyataan ini salah: sisi kiri 100, sisi kanan 100
 9 |   capaian.turun_rasio(10; 10) != 100
   |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/stdlib/contoh_gagal.ind:10:3: error[E-CONTOH]: contoh "Pembanding selain sama dengan": pernyataan ini salah: sisi kiri salah, sisi kanan benar
 10 |   capaian.naik(1; 10) > 10 dan capaian.naik(1; 10) < 20
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/stdlib/contoh_gagal.ind:12:3: error[E-CONTOH]: contoh "Pembanding selain sama dengan": pernyataan tidak dapat dinilai
 12 |   capaian.naik(5; 0) >= 100
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: pembagian dengan nol (target bernilai 0)
tests/golden/stdlib/contoh_gagal.ind:14:3: error[E-CONTOH]: contoh "Pembanding selain sama dengan": diharapkan 97, didapat 98
 14 |   bulat(capaian.naik(82; 84); 0) = 97
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

--- exit 1
