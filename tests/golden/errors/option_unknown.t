$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/ok --periode 2024
--- stdout

--- stderr
ind: argumen tidak dikenal (The following arguments were not expected: 2024 --periode)
(lihat ind --help)

--- exit 2
