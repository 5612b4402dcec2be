$ ind check tests/golden/stdlib/versi_sah.ind
--- stdout
tests/golden/stdlib/versi_sah.ind: tidak ada temuan

--- stderr

--- exit 0
