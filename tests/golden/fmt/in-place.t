$ ind fmt $OUT/berantakan.ind
--- given berantakan.ind
instansi "Contoh Berantakan"   renstra 2024 .. 2026
pakai capaian nilai   anggota "Jumlah anggota"=1234567   bulat 0



skala rentang "Rentang capaian"
{
[100..~) "Sangat memuaskan"
   [ 85 .. 100 ) "Sangat Baik"
      (~..85) "Kurang"
}
indikator kepuasan "Indeks kepuasan" {
tingkat sasaran;satuan indeks ;arah naik
    rumus (anggota*2+ 10)/ anggota
target 2024:80 2025:80,5  2026 : 81
target 2024-TW1:70 2024-TW2 : 75
capaian = capaian.naik( realisasi;target ) bulat 1
      predikat rentang
}

--- stdout
dirapikan: $OUT/berantakan.ind

--- stderr

--- file berantakan.ind
instansi "Contoh Berantakan" renstra 2024..2026
pakai capaian
nilai anggota "Jumlah anggota" = 1.234.567 bulat 0

skala rentang "Rentang capaian" {
  [100..~)  "Sangat memuaskan"
  [85..100) "Sangat Baik"
  (~..85)   "Kurang"
}

indikator kepuasan "Indeks kepuasan" {
  tingkat sasaran; satuan indeks; arah naik
  rumus (anggota * 2 + 10) / anggota
  target 2024: 80      2025: 80,5  2026: 81
  target 2024-TW1: 70  2024-TW2: 75
  capaian = capaian.naik(realisasi; target) bulat 1
  predikat rentang
}

--- exit 0
