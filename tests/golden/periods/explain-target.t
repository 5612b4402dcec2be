$ ind explain tests/golden/periods/literal.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2 target_semester_i
--- stdout
target_semester_i - Target semester I (tanpa target sendiri: target tahun), periode TW II 2024

nilai target_semester_i 2024-TW2 = 200
  rumus: target(pelatihan; 2024-S1)   (tests/golden/periods/literal.ind:23:3)
  target pelatihan 2024-S1 = 200   (tests/golden/periods/literal.ind:8:66)
    target 2024 dari berkas aturan (tidak ada target Semester I 2024)


--- stderr

--- exit 0
