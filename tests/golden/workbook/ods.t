$ ind eval tests/golden/errors/base.ind --data tests/golden/workbook/data/data.ods --period 2024
--- stdout

--- stderr
tests/golden/workbook/data/data.ods: error[E-DATA-XLSX]: berkas ini lembar kerja ODS (OpenDocument), bukan XLSX
   = saran: simpan sebagai Buku Kerja Excel (.xlsx), atau tiap lembar sebagai CSV UTF-8

--- exit 2
