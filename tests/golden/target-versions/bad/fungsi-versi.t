$ ind check tests/golden/target-versions/bad/fungsi-versi.ind
--- stdout
--- stderr
--- exit 0
