$ ind check tests/golden/errors/syntax_budget_item_typo.ind
--- stdout
tests/golden/errors/syntax_budget_item_typo.ind: 1 galat, 0 peringatan

--- stderr
tests/golden/errors/syntax_budget_item_typo.ind:8:27: error[E-SINTAKS]: diharapkan 'serapan bulat N', 'predikat <skala>', 'tingkat "Program", ...' atau '}'
 8 | anggaran "anggaran.csv" { serapn bulat 2 }
   |                           ^
   = saran: mungkin maksud Anda 'serapan'

--- exit 2
