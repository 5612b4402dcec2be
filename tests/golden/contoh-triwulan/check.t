$ ind check rules/contoh-triwulan.ind
--- stdout
rules/contoh-triwulan.ind: tidak ada temuan

--- stderr

--- exit 0
