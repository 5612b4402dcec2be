$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/ok --period 2024 --out tests/golden/../golden/errors/base.ind
--- stdout

--- stderr
error[E-PERINTAH]: --out tidak boleh menimpa berkas aturan atau berkas di folder data
   = saran: tulis laporan ke tempat lain

--- exit 2
