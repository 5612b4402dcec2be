$ ind explain tests/golden/periods/literal.ind --data tests/golden/quarterly/data/2024-TW2 --period 2024-TW2 pelatihan_semester_i
--- stdout
pelatihan_semester_i - Pelatihan TW I dan TW II, periode TW II 2024

nilai pelatihan_semester_i 2024-TW2 = 97
  rumus: realisasi(pelatihan; 2024-TW1) + realisasi(pelatihan; 2024-TWII)   (tests/golden/periods/literal.ind:21:3)
  realisasi(pelatihan; 2024-TW1) + realisasi(pelatihan; 2024-TWII) = 97
    realisasi pelatihan 2024-TW1 = 35
      (tests/golden/periods/literal.ind:6:1)
      realisasi tercatat di data = 35   (tests/golden/quarterly/data/2024-TW2/realisasi.csv:2:20)
    realisasi pelatihan 2024-TW2 = 62
      (tests/golden/periods/literal.ind:6:1)
      realisasi tercatat di data = 62   (tests/golden/quarterly/data/2024-TW2/realisasi.csv:3:20)


--- stderr

--- exit 0
