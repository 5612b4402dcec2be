$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/rupiah_ambiguous --period 2024
--- stdout

--- stderr
tests/golden/errors/data/rupiah_ambiguous/anggaran.csv:2:24: error[E-DATA-AMBIGU]: 'Rp 1,250' pada kolom realisasi dapat dibaca dua cara
 2 | A;Program;Rp 1.000.000;Rp 1,250
   |                        ^~~~~~~~
   = saran: kolom ini memakai koma sebagai tanda desimal; tulis 1.250 untuk seribu dua ratus lima puluh atau 1,2500 untuk satu koma dua lima nol

--- exit 2
