$ ind check tests/golden/stdlib/ubah_pilihan.ind
--- stdout
tests/golden/stdlib/ubah_pilihan.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/stdlib/ubah_pilihan.ind:6:26: error[E-PILIHAN]: nilai "bagii" bukan pilihan tetapan merit.cara_indeks
 6 | ubah merit.cara_indeks = "bagii" dasar "Surat BKN tentang indeks Sistem Merit"
   |                          ^~~~~~~
stdlib/merit.ind:227:3: catatan: pilihannya dibaca di sini
 227 |   pilih cara_indeks {
     |   ^~~~~~~~~~~~~~~~~~~
   = saran: pilih salah satu: "rentang", "bagi"

--- exit 2
