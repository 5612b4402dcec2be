$ ind fmt --check tests/golden/berlaku/berlaku.ind tests/golden/berlaku/tumpang.ind
--- stdout

--- stderr

--- exit 0
