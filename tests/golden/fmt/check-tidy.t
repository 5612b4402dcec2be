$ ind fmt --check tests/golden/fmt/berkas/rapi.ind
--- stdout

--- stderr

--- exit 0
