$ ind eval tests/golden/limits/rule_calls.ind --data tests/golden/errors/data/ok --period 2024
--- stdout

--- stderr
tests/golden/limits/rule_calls.ind:15:16: error[E-BATAS]: aturan dipanggil terlalu banyak kali untuk satu hasil (batas 100000 panggilan)
 15 | aturan r4(x) = r3(x) + r3(x)
    |                ^~~~~
   = saran: hitung bagian yang dipakai berulang sekali saja, mis. sebagai 'nilai' bernama

--- exit 2
