$ ind check tests/golden/target-versions/bad/pilihan-tidak-ditulis.ind
--- stdout
--- stderr
--- exit 0
