$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/damaged.xlsx --period 2024
--- stdout

--- stderr
tests/golden/workbook/data/damaged.xlsx: error[E-DATA-XLSX]: berkas bukan buku kerja XLSX yang utuh: Not a zip archive
   = saran: buka berkas di Excel atau LibreOffice dan simpan lagi sebagai .xlsx

--- exit 2
