$ ind check tests/golden/target-versions/bad/tanpa-target-periode.ind
--- stdout
--- stderr
--- exit 0
