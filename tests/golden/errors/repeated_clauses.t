$ ind check tests/golden/errors/repeated_clauses.ind
--- stdout
tests/golden/errors/repeated_clauses.ind: 9 galat, 0 peringatan

--- stderr
tests/golden/errors/repeated_clauses.ind:9:3: error[E-GANDA]: 'pemisah' ditulis dua kali dalam satu deklarasi
 9 |   pemisah ","
   |   ^~~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:8:3: catatan: 'pemisah' yang pertama
 8 |   pemisah ";"
   |   ^~~~~~~~~~~
   = saran: tulis sekali saja: hapus salah satunya
tests/golden/errors/repeated_clauses.ind:13:3: error[E-GANDA]: 'tingkat' ditulis dua kali dalam satu deklarasi
 13 |   tingkat "Sasaran"
    |   ^~~~~~~~~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:12:3: catatan: 'tingkat' yang pertama
 12 |   tingkat "Program", "Kegiatan"
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tulis sekali saja: hapus salah satunya
tests/golden/errors/repeated_clauses.ind:19:10: error[E-GANDA]: 'status' ditulis dua kali dalam satu deklarasi
 19 |   status terkonfirmasi
    |          ^~~~~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:18:10: catatan: 'status' yang pertama
 18 |   status asumsi
    |          ^~~~~~
   = saran: tulis sekali saja: hapus salah satunya
tests/golden/errors/repeated_clauses.ind:24:3: error[E-GANDA]: 'berlaku' ditulis dua kali dalam satu deklarasi
 24 |   berlaku sejak 2022
    |   ^~~~~~~~~~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:23:3: catatan: 'berlaku' yang pertama
 23 |   berlaku sejak 2020
    |   ^~~~~~~~~~~~~~~~~~
   = saran: tulis kedua batasnya dalam satu klausa, mis. berlaku sejak 2022 sampai 2025
tests/golden/errors/repeated_clauses.ind:28:3: error[E-GANDA]: 'tingkat' ditulis dua kali dalam satu deklarasi
 28 |   tingkat sasaran
    |   ^~~~~~~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:27:3: catatan: 'tingkat' yang pertama
 27 |   tingkat tujuan; satuan indeks; arah naik
    |   ^~~~~~~~~~~~~~
   = saran: tulis sekali saja: hapus salah satunya
tests/golden/errors/repeated_clauses.ind:29:3: error[E-GANDA]: 'arah' ditulis dua kali dalam satu deklarasi
 29 |   arah turun
    |   ^~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:27:34: catatan: 'arah' yang pertama
 27 |   tingkat tujuan; satuan indeks; arah naik
    |                                  ^~~~~~~~~
   = saran: tulis sekali saja: hapus salah satunya
tests/golden/errors/repeated_clauses.ind:31:3: error[E-GANDA]: 'rumus' ditulis dua kali dalam satu deklarasi
 31 |   rumus batas
    |   ^~~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:30:3: catatan: 'rumus' yang pertama
 30 |   rumus jumlah(skor.nilai) bulat 2
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: tulis sekali saja: hapus salah satunya
tests/golden/errors/repeated_clauses.ind:34:3: error[E-GANDA]: 'capaian' ditulis dua kali dalam satu deklarasi
 34 |   capaian = realisasi / target * 100
    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:33:3: catatan: 'capaian' yang pertama
 33 |   capaian bulat 1
    |   ^~~~~~~~~~~~~~~
   = saran: tulis sekali saja: hapus salah satunya
tests/golden/errors/repeated_clauses.ind:36:3: error[E-GANDA]: 'predikat' ditulis dua kali dalam satu deklarasi
 36 |   predikat rentang
    |   ^~~~~~~~~~~~~~~~
tests/golden/errors/repeated_clauses.ind:35:3: catatan: 'predikat' yang pertama
 35 |   predikat rentang
    |   ^~~~~~~~~~~~~~~~
   = saran: tulis sekali saja: hapus salah satunya

--- exit 2
