$ ind eval tests/golden/errors/one_table.ind --data tests/golden/errors/data/not_utf8/skor.csv --period 2024
--- stdout

--- stderr
tests/golden/errors/data/not_utf8/skor.csv:3:1: error[E-DATA-UTF8]: sel kolom unsur bukan teks UTF-8
 3 | Kompetensi Manajerial �;41,25
   | ^~~~~~~~~~~~~~~~~~~~~~~
   = saran: simpan berkas sebagai UTF-8 (di Excel: Simpan Sebagai, CSV UTF-8); huruf seperti "é" dari berkas Latin-1 atau Windows-1252 tidak terbaca sebagai teks

--- exit 2
