$ ind explain tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024 selisih_pk
--- stdout
--- stderr
--- exit 0
