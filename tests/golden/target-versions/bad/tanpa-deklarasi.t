$ ind check tests/golden/target-versions/bad/tanpa-deklarasi.ind
--- stdout
--- stderr
--- exit 0
