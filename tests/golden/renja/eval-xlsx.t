$ ind eval tests/golden/renja/renja.ind --data tests/golden/renja/data/tw2 --period 2024-TW2 --format xlsx --out $OUT/renja.xlsx
--- stdout

--- stderr

--- exit 0
