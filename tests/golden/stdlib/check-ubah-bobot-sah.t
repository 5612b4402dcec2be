$ ind check tests/golden/stdlib/ubah_bobot_sah.ind
--- stdout
tests/golden/stdlib/ubah_bobot_sah.ind: tidak ada temuan

--- stderr

--- exit 0
