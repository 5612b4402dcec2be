$ ind check tests/golden/limits/nesting_at_limit.ind
--- stdout
tests/golden/limits/nesting_at_limit.ind: tidak ada temuan

--- stderr

--- exit 0
