$ ind audit tests/golden/errors/base.ind --data tests/golden/errors/data/ok --period 2024
--- stdout

--- stderr
tests/golden/errors/base.ind:1:1: error[E-TERCETAK]: berkas aturan tidak menyatakan angka tercetak
 1 | // Small rule file the error cases start from.
   | ^
   = saran: tambahkan: tercetak "tercetak.csv" (kolom lokasi;objek;besaran;nilai)

--- exit 2
