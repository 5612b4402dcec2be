$ ind check tests/golden/target-versions/versi.ind
--- stdout
--- stderr
--- exit 0
