$ ind check tests/golden/syarat/label-tipe.ind
--- stdout
tests/golden/syarat/label-tipe.ind: 2 galat, 0 peringatan

--- stderr
tests/golden/syarat/label-tipe.ind:6:43: error[E-TIPE]: operand aritmetika harus berupa angka, bukan teks
 6 | nilai naik_satu "Sebutan ditambah satu" = kategori + 1
   |                                           ^~~~~~~~
   = saran: teks seperti label kelas(skala; x) tidak dapat dihitung; bandingkan labelnya (x = "Tinggi") atau hitung dengan angka yang dikelaskan
tests/golden/syarat/label-tipe.ind:7:56: error[E-TIPE]: argumen harus berupa angka, bukan teks
 7 | nilai rata_label "Rata-rata dengan label" = rata(skor; kategori)
   |                                                        ^~~~~~~~
   = saran: teks seperti label kelas(skala; x) tidak dapat dihitung; bandingkan labelnya (x = "Tinggi") atau hitung dengan angka yang dikelaskan

--- exit 2
