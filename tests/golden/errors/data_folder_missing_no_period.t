$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/nope
--- stdout

--- stderr
tests/golden/errors/data/nope: error[E-DATA-BERKAS]: folder data tidak ada
   = saran: --data menunjuk folder berisi berkas CSV yang dinyatakan aturan, atau buku kerja .xlsx berisi lembar-lembarnya

--- exit 2
