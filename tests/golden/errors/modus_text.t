$ ind check tests/golden/errors/modus_text.ind
--- stdout
tests/golden/errors/modus_text.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/modus_text.ind:9:31: error[E-TIPE]: nilai yang dihitung modus() harus berupa angka, bukan teks
 9 | nilai m "Modus jenis" = modus(pegawai.jenis)
   |                               ^~~~~~~~~~~~~
   = saran: atas kolom teks: hitung(pegawai menurut pegawai.jenis) memberi banyak baris per nilai, hitung_unik(pegawai.jenis) banyak nilai yang berbeda; angka yang tersimpan sebagai teks dibaca sebagai angka bila kolomnya dinyatakan desimal atau bulat

--- exit 2
