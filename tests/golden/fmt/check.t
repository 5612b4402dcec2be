$ ind fmt --check tests/golden/fmt/berkas
--- stdout
tests/golden/fmt/berkas/berantakan.ind
tests/golden/fmt/berkas/dalam/komentar.ind

--- stderr

--- exit 1
