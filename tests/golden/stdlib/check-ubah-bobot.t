$ ind check tests/golden/stdlib/ubah_bobot.ind
--- stdout
tests/golden/stdlib/ubah_bobot.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/stdlib/ubah_bobot.ind:7:1: error[E-BOBOT]: total bobot merit.aspek setelah diubah 103, harus 100
 7 | ubah merit.bobot_pengembangan_karier = 20 dasar "Maket bobot aspek kedua"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/stdlib/ubah_bobot.ind:7:1: catatan: bobot pengembangan_karier diubah dari 30 menjadi 20
 7 | ubah merit.bobot_pengembangan_karier = 20 dasar "Maket bobot aspek kedua"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/stdlib/ubah_bobot.ind:6:1: catatan: bobot sistem_informasi diubah dari 6 menjadi 19
 6 | ubah merit.bobot_sistem_informasi = 19 dasar "Maket bobot aspek kedua"
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
stdlib/merit.ind:41:52: catatan: total bobot merit.aspek
 41 | bobot aspek "Aspek penilaian mandiri Sistem Merit" total 100 {
    |                                                    ^~~~~~~~~
   = saran: ubah juga bobot lain agar jumlahnya 100, atau periksa angka yang diubah

--- exit 2
