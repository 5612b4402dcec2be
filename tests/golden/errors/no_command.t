$ ind
--- stdout

--- stderr
ind: perintah kurang lengkap (A subcommand is required)
(lihat ind --help)

--- exit 2
