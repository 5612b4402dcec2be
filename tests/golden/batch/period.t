$ ind eval tests/golden/batch/rules --data tests/golden/batch/data --period 2023 --format csv --locale en
--- stdout
Aturan,Instansi,Periode,Indikator,Nama,Besaran,Nilai
baik,Dinas Contoh Baik,2023,indeks,Indeks contoh,target,75.00
baik,Dinas Contoh Baik,2023,indeks,Indeks contoh,realisasi,77.13
baik,Dinas Contoh Baik,2023,indeks,Indeks contoh,capaian,102.84

--- stderr
error[E-DATA-BERKAS]: folder data tests/golden/batch/data/rusak/2023 tidak ada
tests/golden/batch/rules/rusak.ind 2023: gagal, dilewati
1 dari 2 evaluasi gagal

--- exit 2
