$ ind check tests/golden/errors/type_error.ind
--- stdout
tests/golden/errors/type_error.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/type_error.ind:18:30: error[E-TIPE]: operand aritmetika harus berupa angka, bukan teks
 18 |   rumus jumlah(skor.nilai) + "x" bulat 2
    |                              ^~~
   = saran: teks seperti label kelas(skala; x) tidak dapat dihitung; bandingkan labelnya (x = "Tinggi") atau hitung dengan angka yang dikelaskan

--- exit 2
