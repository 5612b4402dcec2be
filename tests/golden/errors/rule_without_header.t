$ ind check tests/golden/errors/no_header.ind
--- stdout
tests/golden/errors/no_header.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/no_header.ind:1:1: error[E-INSTANSI]: berkas aturan tidak diawali 'instansi'
 1 | // Berkas aturan tanpa baris instansi: mungkin berkas yang salah.
   | ^
   = saran: baris pertama berkas aturan: instansi "Nama Instansi" renstra 2024..2026 (modul pustaka diawali: modul nama "judul")

--- exit 2
