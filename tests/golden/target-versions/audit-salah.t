$ ind audit tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/salah --period 2024
--- stdout
--- stderr
--- exit 0
