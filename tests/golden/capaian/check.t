$ ind check tests/golden/capaian/tujuan.ind
--- stdout
tests/golden/capaian/tujuan.ind: tidak ada temuan

--- stderr

--- exit 0
