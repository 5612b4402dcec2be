$ ind check tests/golden/target-versions/bad/judul-hilang.ind
--- stdout
--- stderr
--- exit 0
