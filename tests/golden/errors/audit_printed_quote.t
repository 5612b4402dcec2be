$ ind audit tests/golden/errors/printed.ind --data tests/golden/errors/data/printed_quote --period 2024
--- stdout

--- stderr
tests/golden/errors/data/printed_quote/tercetak.csv:4:19: error[E-DATA-CSV]: ada karakter sesudah tanda kutip penutup; field berkutip harus diikuti pemisah atau akhir baris
 4 | Tabel 3.1;"indeks"x;capaian;102,2
   |                   ^
   = saran: periksa tanda kutip pada baris ini

--- exit 2
