$ ind template tests/golden/target-versions/versi.ind --period 2024 --out $OUT/x/
--- stdout
--- stderr
--- exit 0
