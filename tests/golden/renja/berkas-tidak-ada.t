$ ind eval tests/golden/renja/renja.ind --data tests/golden/renja/data/tanpa --period 2024-TW2
--- stdout

--- stderr
tests/golden/renja/renja.ind:15:1: error[E-DATA-BERKAS]: berkas data 'tests/golden/renja/data/tanpa/renja.csv' tidak ada
 15 | renja "renja.csv" { capaian bulat 2 predikat rentang_renja }
    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
   = saran: periksa --data dan nama berkas yang dinyatakan di sini

--- exit 2
