$ ind check tests/golden/target-versions/bad/ganda.ind
--- stdout
--- stderr
--- exit 0
