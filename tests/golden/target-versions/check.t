$ ind check tests/golden/target-versions/versi.ind
--- stdout
tests/golden/target-versions/versi.ind: tidak ada temuan

--- stderr

--- exit 0
