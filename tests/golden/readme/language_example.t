$ ind check tests/golden/readme/language_example.ind
--- stdout
tests/golden/readme/language_example.ind: tidak ada temuan

--- stderr

--- exit 0
