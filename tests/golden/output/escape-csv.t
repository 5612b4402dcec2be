$ ind eval tests/golden/output/label.ind --data tests/golden/errors/data/ok --period 2024 --format csv
--- stdout
# Capaian Kinerja 2024
No;Indikator;Tingkat;Satuan;Target;Realisasi;Capaian (%);Predikat;Kategori
1;"'=cmd|' /C calc'!A0 [x](javascript:alert(1)) ]0;judul";tujuan;indeks;90,00;81,75;90,8333;-;-

# Perbandingan Realisasi dan Target Renstra
Indikator;Realisasi 2024
"'=cmd|' /C calc'!A0 [x](javascript:alert(1)) ]0;judul";81,75

# Selisih Realisasi 2024 terhadap Target, Tahun Sebelumnya dan Target Renstra
Indikator;Pembanding;Nilai Pembanding;Realisasi 2024;Selisih;Keterangan
"'=cmd|' /C calc'!A0 [x](javascript:alert(1)) ]0;judul";Target 2024;90,00;81,75;-8,25;di bawah target

# Rincian skor
unsur;nilai
Satu;40,50
Dua;41,25
Jumlah;81,75

--- stderr

--- exit 0
