$ ind check tests/golden/stdlib/bobot/2021
--- stdout

--- stderr
error[E-PERINTAH]: tidak ada berkas .ind untuk diperiksa
   = saran: sebut berkas .ind atau folder yang berisi berkas .ind

--- exit 2
