$ ind check tests/golden/errors/not_utf8.ind
--- stdout
tests/golden/errors/not_utf8.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/not_utf8.ind:1:53: error[E-UTF8]: berkas aturan bukan teks UTF-8: byte 0xE9 tidak sah di sini
 1 | // Berkas aturan yang disimpan sebagai Latin-1: "Caf�" bukan teks UTF-8.
   |                                                     ^
   = saran: simpan berkas sebagai UTF-8 (di Notepad: Simpan Sebagai, Encoding UTF-8)

--- exit 2
