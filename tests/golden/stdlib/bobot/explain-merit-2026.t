$ ind explain tests/golden/stdlib/bobot/bobot.ind karier_maksimum --data tests/golden/stdlib/bobot/2022 --period 2026
--- stdout
karier_maksimum - Nilai aspek pengembangan karier tertinggi, periode 2026

nilai karier_maksimum 2026 = tidak tersedia (merit.nilai_maksimum_aspek berlaku sampai 2025, tidak lagi pada periode 2026)
  rumus: merit.nilai_maksimum_aspek(merit.aspek.pengembangan_karier)   (tests/golden/stdlib/bobot/bobot.ind:19:3)
  merit.nilai_maksimum_aspek(merit.aspek.pengembangan_karier) = tidak tersedia (merit.nilai_maksimum_aspek berlaku sampai 2025, tidak lagi pada periode 2026)
    merit.aspek.pengembangan_karier = tidak tersedia (merit.aspek berlaku sampai 2025, tidak lagi pada periode 2026)


--- stderr

--- exit 0
