$ ind check tests/golden/target-versions/bad/nama-salah.ind
--- stdout
--- stderr
--- exit 0
