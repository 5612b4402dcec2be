$ ind audit tests/golden/batch/audit/rules --data tests/golden/batch/audit/data --format xlsx
--- stdout

--- stderr
error[E-PERINTAH]: format xlsx wajib memakai --out
   = saran: mis. --out semua.xlsx

--- exit 2
