$ ind audit tests/golden/roster/audit.ind --data tests/golden/roster/data/audit/pegawai.csv --period 2024
--- stdout
Audit Uji audit roster, periode 2024: 2 angka tercetak diperiksa, 2 tidak cocok: 1 kesalahan asal, 1 akibat dari kesalahan lain

1. TIDAK COCOK, kesalahan asal - Bab III (L10): nilai total_skor
   tercetak 330, dihitung 320   (tests/golden/roster/data/audit/tercetak.csv:2:1)
   aturan: jumlah(pegawai.skor) (tests/golden/roster/audit.ind:12:34)
   petunjuk: angka tercetak lebih besar 10

2. TIDAK COCOK, akibat temuan 1 - Bab III (L11): nilai rata_skor
   tercetak 82,50, dihitung 80,00   (tests/golden/roster/data/audit/tercetak.csv:3:1)
   aturan: total_skor / hitung(pegawai) (tests/golden/roster/audit.ind:13:36)
   petunjuk: sama dengan hasil rumus bila dihitung dari nilai total_skor tercetak 330 (temuan 1)

--- stderr

--- exit 1
