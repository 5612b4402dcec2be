$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/duplicate_column --period 2024
--- stdout

--- stderr
tests/golden/errors/data/duplicate_column/skor.csv:1:24: error[E-DATA-KOLOM]: kolom 'nilai' ada dua kali di judul berkas tests/golden/errors/data/duplicate_column/skor.csv: kolom ke-2 dan ke-4
 1 | unsur;nilai;keterangan;nilai
   |                        ^~~~~
tests/golden/errors/data/duplicate_column/skor.csv:1:7: catatan: yang pertama di sini
 1 | unsur;nilai;keterangan;nilai
   |       ^~~~~
   = saran: beri nama lain salah satunya; ind tidak menebak kolom mana yang dimaksud

--- exit 2
