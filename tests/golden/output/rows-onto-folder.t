$ ind eval tests/golden/output/roster.ind --data tests/golden/output/data/roster.csv --rows $OUT
--- stdout

--- stderr
error[E-PERINTAH]: tidak dapat mengganti $OUT: Is a directory

--- exit 2
