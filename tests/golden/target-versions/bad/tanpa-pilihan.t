$ ind check tests/golden/target-versions/bad/tanpa-pilihan.ind
--- stdout
--- stderr
--- exit 0
