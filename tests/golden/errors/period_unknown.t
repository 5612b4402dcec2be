$ ind eval tests/golden/errors/base.ind --data tests/golden/errors/data/ok
--- stdout

--- stderr
error[E-PERINTAH]: periode tidak disebut dan tidak dapat dibaca dari nama folder data 'tests/golden/errors/data/ok'
   = saran: tambahkan --period 2024, atau namai folder data menurut periodenya

--- exit 2
