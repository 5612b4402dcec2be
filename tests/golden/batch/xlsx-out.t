$ ind eval tests/golden/batch/rules --data tests/golden/batch/data --period 2023 --format xlsx --out $OUT/semua.xlsx
--- stdout

--- stderr
error[E-DATA-BERKAS]: folder data tests/golden/batch/data/rusak/2023 tidak ada
tests/golden/batch/rules/rusak.ind 2023: gagal, dilewati
1 dari 2 evaluasi gagal

--- exit 2
