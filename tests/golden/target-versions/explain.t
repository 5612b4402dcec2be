$ ind explain tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024 --period 2024-TW1 kepuasan
--- stdout
--- stderr
--- exit 0
