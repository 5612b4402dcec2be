$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/budget_quote --period 2024
--- stdout

--- stderr
tests/golden/errors/data/budget_quote/anggaran.csv:4:15: error[E-DATA-CSV]: ada karakter sesudah tanda kutip penutup; field berkutip harus diikuti pemisah atau akhir baris
 4 | A.1;"Kegiatan" satu;1.000.000;900.000
   |               ^
   = saran: periksa tanda kutip pada baris ini

--- exit 2
