$ ind fmt --check tests/golden/fmt/berkas
--- stdout
tests/golden/fmt/berkas/berantakan.ind
tests/golden/fmt/berkas/dalam/komentar.ind
tests/golden/fmt/berkas/lembar.ind

--- stderr

--- exit 1
