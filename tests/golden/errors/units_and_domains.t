$ ind check tests/golden/errors/units_and_domains.ind
--- stdout
tests/golden/errors/units_and_domains.ind: 4 peringatan

--- stderr
tests/golden/errors/units_and_domains.ind:10:25: warning[W-SATUAN]: menjumlahkan atau mengurangkan rupiah dengan persen
 10 | nilai campur "Campur" = jumlah(t.pagu) + jumlah(t.hadir)
    |                         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: periksa rumusnya: kedua sisi harus bersatuan sama
tests/golden/errors/units_and_domains.ind:17:3: warning[W-SKALA-CELAH]: nilai di bawah 30 tidak masuk kelas mana pun
 17 |   (30..80]  "B"
    |   ^~~~~~~~~~~~~
   = saran: tambahkan kelas terbawah, mis. [0..30]
tests/golden/errors/units_and_domains.ind:23:3: warning[W-SKALA-CELAH]: capaian di atas 100 tidak masuk kelas mana pun
 23 |   [85..100] "Sangat berhasil"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: capaian dapat melebihi 100%; tutup kelas teratas dengan '~', mis. [85..~)
tests/golden/errors/units_and_domains.ind:35:15: warning[W-SATUAN]: menjumlahkan atau mengurangkan persen dengan rupiah
 35 |   efisiensi = capaian - pagu bulat 0
    |               ^~~~~~~~~~~~~~
   = saran: periksa rumusnya: kedua sisi harus bersatuan sama

--- exit 1
