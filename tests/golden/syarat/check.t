$ ind check tests/golden/syarat/kepegawaian.ind
--- stdout
tests/golden/syarat/kepegawaian.ind: tidak ada temuan

--- stderr

--- exit 0
