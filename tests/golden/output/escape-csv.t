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

# Asal laporan
Unsur;Berkas;Versi atau waktu;SHA-256
program;ind;0.1.0;
waktu hitung;;1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH);
aturan;tests/golden/output/label.ind;;e098b520669dcb882b218b3abe73e134833004f6ca67098231cec4387bc1a943
data;tests/golden/errors/data/ok/skor.csv;;3a9a1e3ca23d1acad37b35e38a28000fade66f01bab8469f0c0f8e134671efe0

--- stderr

--- exit 0
