$ ind check tests/golden/triwulan/target-lebih.ind
--- stdout
tests/golden/triwulan/target-lebih.ind: 4 peringatan

--- stderr
tests/golden/triwulan/target-lebih.ind:14:39: warning[W-TARGET-TRIWULAN]: target pk dokumen 2024-TW3 (14) melebihi target pk tahun 2024 (12)
 14 |   target pk 2024-TW1: 3  2024-TW2: 3  2024-TW3: 14  2024-TW4: 3  2024: 12
    |                                       ^~~~~~~~~~~~
tests/golden/triwulan/target-lebih.ind:14:66: catatan: target tahun 2024
 14 |   target pk 2024-TW1: 3  2024-TW2: 3  2024-TW3: 14  2024-TW4: 3  2024: 12
    |                                                                  ^~~~~~~~
   = saran: kumulatif jumlah menjumlahkan triwulan menjadi setahun: target TW III 2024 adalah target periode itu sendiri, bukan s.d. periode itu; tulis bagiannya dari 12
tests/golden/triwulan/target-lebih.ind:14:53: warning[W-TARGET-JUMLAH]: target pk dokumen tiap triwulan 2024 berjumlah 23 (3 + 3 + 14 + 3), melebihi target pk tahun 2024 (12)
 14 |   target pk 2024-TW1: 3  2024-TW2: 3  2024-TW3: 14  2024-TW4: 3  2024: 12
    |                                                     ^~~~~~~~~~~
tests/golden/triwulan/target-lebih.ind:14:66: catatan: target tahun 2024
 14 |   target pk 2024-TW1: 3  2024-TW2: 3  2024-TW3: 14  2024-TW4: 3  2024: 12
    |                                                                  ^~~~~~~~
   = saran: kumulatif jumlah: target triwulan sampai akhir tahun berjumlah target setahun; periksa target triwulan atau target tahunannya
tests/golden/triwulan/target-lebih.ind:23:49: warning[W-TARGET-JUMLAH]: target rekomendasi tiap triwulan 2024 berjumlah 20 (5 + 5 + 5 + 5), melebihi target tahun 2024 (16)
 23 |   target 2024-TW1: 5  2024-TW2: 5  2024-TW3: 5  2024-TW4: 5
    |                                                 ^~~~~~~~~~~
tests/golden/triwulan/target-lebih.ind:25:10: catatan: target tahun 2024
 25 |   target 2024: 16
    |          ^~~~~~~~
   = saran: kumulatif jumlah: target triwulan sampai akhir tahun berjumlah target setahun; periksa target triwulan atau target tahunannya
tests/golden/triwulan/target-lebih.ind:24:23: warning[W-TARGET-JUMLAH]: target rekomendasi tiap semester 2024 berjumlah 18 (9 + 9), melebihi target tahun 2024 (16)
 24 |   target 2024-S1: 9   2024-S2: 9
    |                       ^~~~~~~~~~
tests/golden/triwulan/target-lebih.ind:25:10: catatan: target tahun 2024
 25 |   target 2024: 16
    |          ^~~~~~~~
   = saran: kumulatif jumlah: target semester sampai akhir tahun berjumlah target setahun; periksa target semester atau target tahunannya

--- exit 1
