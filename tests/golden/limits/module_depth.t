$ ind check tests/golden/limits/modul/utama.ind
--- stdout
tests/golden/limits/modul/utama.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/limits/modul/m32.ind:2:7: error[E-BATAS]: rantai 'pakai' terlalu panjang: lebih dari 32 modul saling memakai berurutan
 2 | pakai m33
   |       ^~~
   = saran: pakai modul yang diperlukan langsung dari berkas instansi

--- exit 2
