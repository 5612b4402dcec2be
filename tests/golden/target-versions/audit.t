$ ind audit tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024
--- stdout
--- stderr
--- exit 0
