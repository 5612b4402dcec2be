$ ind fmt --check stdlib rules examples
--- stdout

--- stderr

--- exit 0
