$ ind check tests/golden/berlaku/tumpang.ind
--- stdout
tests/golden/berlaku/tumpang.ind: 3 galat, 0 peringatan

--- stderr
tests/golden/berlaku/tumpang.ind:13:22: error[E-RUMUS-TUMPANG]: masa berlaku rumus realisasi indeks bertumpang tindih dengan rumus sebelumnya
 13 |   rumus realisasi(a) berlaku sejak 2022
    |                      ^~~~~~~~~~~~~~~~~~
tests/golden/berlaku/tumpang.ind:12:26: catatan: rumus sebelumnya
 12 |   rumus realisasi(a) * 2 berlaku sampai 2022
    |                          ^~~~~~~~~~~~~~~~~~~
   = saran: tiap periode hanya boleh dihitung satu rumus: akhiri rumus lama sebelum rumus baru berlaku, mis. rumus ... berlaku sampai 2021 dan rumus ... berlaku sejak 2022
tests/golden/berlaku/tumpang.ind:20:22: error[E-RUMUS-TUMPANG]: masa berlaku rumus realisasi indeks_lain bertumpang tindih dengan rumus sebelumnya
 20 |   rumus realisasi(a) berlaku sampai 2021
    |                      ^~~~~~~~~~~~~~~~~~~
tests/golden/berlaku/tumpang.ind:19:3: catatan: rumus sebelumnya
 19 |   rumus realisasi(a) * 2
    |   ^~~~~~~~~~~~~~~~~~~~~~
   = saran: tiap periode hanya boleh dihitung satu rumus: akhiri rumus lama sebelum rumus baru berlaku, mis. rumus ... berlaku sampai 2021 dan rumus ... berlaku sejak 2022
tests/golden/berlaku/tumpang.ind:26:22: error[E-PERIODE]: berlaku sampai 2021 lebih awal dari berlaku sejak 2023
 26 |   rumus realisasi(a) berlaku sejak 2023 sampai 2021
    |                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tulis periode terakhir berlakunya sesudah periode pertamanya

--- exit 2
