$ ind eval tests/golden/errors/base.ind --data tests/golden/limits/data/budget_levels --period 2024
--- stdout

--- stderr
tests/golden/limits/data/budget_levels/anggaran.csv:4:1: error[E-BATAS]: kode anggaran '1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1....' punya 65 tingkat; batasnya 64
 4 | 1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1....
   | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: kode sub kegiatan punya enam tingkat (1.02.02.2.01.0001); periksa titik pada kode ini

--- exit 2
