$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/formula.xlsx --period 2024
--- stdout

--- stderr
tests/golden/workbook/data/formula.xlsx:skor!B2: error[E-DATA-XLSX]: sel berumus tanpa nilai tersimpan
   = saran: buka buku kerja di Excel atau LibreOffice agar rumusnya dihitung, lalu simpan lagi

--- exit 2
