$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/not_utf8 --period 2024
--- stdout

--- stderr
tests/golden/errors/data/not_utf8/skor.csv:3:23: error[E-DATA-UTF8]: berkas data bukan teks UTF-8: byte 0xE9 tidak sah di sini
 3 | Kompetensi Manajerial �;41,25
   |                       ^
   = saran: simpan berkas sebagai UTF-8 (di Excel: Simpan Sebagai, CSV UTF-8); huruf seperti "é" dari berkas Latin-1 atau Windows-1252 tidak terbaca sebagai teks

--- exit 2
